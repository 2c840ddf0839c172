import { useEffect } from 'react'
import { RESIZE_MESSAGE } from '../../lib/ui/embed-code'
import { parentOriginOf, resizeTargetOrigin } from './resize-target'

/**
 * Inside an iframe, tells the host page how tall the widget is whenever that changes (charts
 * arrive late, text wraps differently at another width), so public/embed.js can size the iframe
 * to fit and the reader never scrolls inside it. Does nothing when not framed.
 */
export function useAutoHeight(id: string, allowedOrigins: readonly string[]): void {
  useEffect(() => {
    if (window.parent === window) return
    const targetOrigin = resizeTargetOrigin(
      allowedOrigins,
      window.location.origin,
      parentOriginOf(window),
    )
    if (!targetOrigin) return
    let last = -1
    const post = () => {
      // The root element's own height is the content's: it does not stretch to the viewport.
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height)
      if (height === last || height <= 0) return
      last = height
      window.parent.postMessage({ type: RESIZE_MESSAGE, id, height }, targetOrigin)
    }
    const observer = new ResizeObserver(post)
    observer.observe(document.documentElement)
    post()
    return () => observer.disconnect()
  }, [id, allowedOrigins])
}
