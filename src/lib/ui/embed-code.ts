import type { Language } from '../../domain/language'

/** The message an embedded widget posts to its host page, read by public/embed.js. */
export const RESIZE_MESSAGE = 'commitment-tracker:resize'

/** The query parameter that turns the app into one widget. */
export const EMBED_PARAM = 'embed'

/** The view parameters an embed keeps from the page it was copied on (hash query). */
const CARRIED_VIEW_PARAMS = ['asOf', 'doc'] as const

interface PageLocation {
  origin: string
  /** The app's path on its server, whatever the sub-path: "/apps/commitments/" or ".../index.html". */
  pathname: string
}

export interface EmbedCodeInput {
  id: string
  title: string
  lang: Language
  /** The current route's query (asOf, doc are carried over; the rest is the widget's own). */
  viewParams?: URLSearchParams
  location?: PageLocation
}

/** The widget's own address: `<app>/?embed=<id>&lang=…#/?asOf=…`. */
export function embedUrl({
  id,
  lang,
  viewParams,
  location = window.location,
}: EmbedCodeInput): string {
  const url = new URL(location.pathname, location.origin)
  url.searchParams.set(EMBED_PARAM, id)
  url.searchParams.set('lang', lang)
  const carried = new URLSearchParams()
  for (const name of CARRIED_VIEW_PARAMS) {
    const value = viewParams?.get(name)
    if (value) carried.set(name, value)
  }
  const query = carried.toString()
  url.hash = query ? `/?${query}` : ''
  return url.href
}

/** public/embed.js next to index.html, wherever the app is hosted. */
export function embedScriptUrl(location: PageLocation = window.location): string {
  return new URL('embed.js', new URL(location.pathname, location.origin)).href
}

/**
 * What a host page pastes: the iframe (marked for embed.js, which sets its height) and the script.
 * No inline script or style, so it works on host pages with a strict CSP as well.
 */
export function embedCode(input: EmbedCodeInput): string {
  const src = escapeAttribute(embedUrl(input))
  const title = escapeAttribute(input.title)
  const script = escapeAttribute(embedScriptUrl(input.location))
  return [
    `<iframe data-commitment-tracker src="${src}" title="${title}" width="100%" height="480" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`,
    `<script src="${script}" defer></script>`,
  ].join('\n')
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}
