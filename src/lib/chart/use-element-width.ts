import { useLayoutEffect, useRef, useState } from 'react'

/**
 * The rendered width of an element, kept current with a ResizeObserver, for charts drawn in
 * plain SVG that lay themselves out in pixels. `fallback` is used until the first measurement
 * (and where nothing is laid out, as in jsdom).
 */
export function useElementWidth<T extends Element>(fallback: number) {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(fallback)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => {
      const measured = Math.round(element.getBoundingClientRect().width)
      if (measured > 0) setWidth(measured)
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, width] as const
}
