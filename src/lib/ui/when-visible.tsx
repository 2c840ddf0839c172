import { useEffect, useRef, useState, type ReactNode } from 'react'

/** Start drawing a little before the chart scrolls into view, so it is there when it arrives. */
const AHEAD = '600px 0px'

/**
 * Renders a chart only once its place on the page comes near the viewport; until then an empty
 * box of the chart's height keeps the layout still. A page with a chart per funding line (two
 * thousand at 1000× data) would otherwise draw every one of them at once. The chart's figures are
 * in its frame's table all along. Without IntersectionObserver (jsdom) it renders at once.
 */
export function WhenVisible({ minHeight, children }: { minHeight: number; children: ReactNode }) {
  const placeholder = useRef<HTMLDivElement>(null)
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const element = placeholder.current
    if (visible || !element) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        setVisible(true)
        observer.disconnect()
      },
      { rootMargin: AHEAD },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [visible])
  return visible ? children : <div ref={placeholder} style={{ minHeight }} aria-hidden="true" />
}
