/*
 * Commitment Tracker embed helper for host pages. Include it once, anywhere on the page:
 *
 *   <iframe data-commitment-tracker src="https://…/apps/commitments/?embed=targets" title="…"
 *           width="100%" height="480"></iframe>
 *   <script src="https://…/apps/commitments/embed.js" defer></script>
 *
 * Each embedded widget posts { type: 'commitment-tracker:resize', id, height } to its parent.
 * This script sets the matching iframe's height so the widget never scrolls inside its frame.
 * A message is trusted only when it comes from one of our iframes (event.source is that iframe's
 * window) and from that iframe's own origin. Plain ES5-style JS, no inline code: it works on host
 * pages with a strict Content-Security-Policy.
 */
;(function () {
  'use strict'

  var MESSAGE_TYPE = 'commitment-tracker:resize'
  var MAX_HEIGHT = 20000
  var SELECTOR = 'iframe[data-commitment-tracker]'

  if (window.__commitmentTrackerEmbed) return
  window.__commitmentTrackerEmbed = true

  function originOf(iframe) {
    try {
      return new URL(iframe.getAttribute('src') || '', document.baseURI).origin
    } catch (error) {
      return null
    }
  }

  function prepare(iframe) {
    // Set through the CSSOM, which a strict style-src on the host page still allows.
    iframe.style.border = '0'
    iframe.style.display = 'block'
    iframe.style.width = '100%'
  }

  function onMessage(event) {
    var data = event.data
    if (!data || typeof data !== 'object' || data.type !== MESSAGE_TYPE) return
    var height = Number(data.height)
    if (!isFinite(height) || height <= 0 || height > MAX_HEIGHT) return
    var frames = document.querySelectorAll(SELECTOR)
    for (var i = 0; i < frames.length; i++) {
      var iframe = frames[i]
      if (event.source !== iframe.contentWindow) continue
      if (event.origin !== originOf(iframe)) continue
      prepare(iframe)
      iframe.style.height = Math.ceil(height) + 'px'
      iframe.setAttribute('data-commitment-tracker-height', String(Math.ceil(height)))
    }
  }

  window.addEventListener('message', onMessage)
})()
