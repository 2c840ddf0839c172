import { useEffect, useRef } from 'react'
import { useViewState } from '../lib/router/view-state'

/**
 * After following a link to another view, the link is gone and keyboard focus would fall back
 * to the top of the document; screen readers would not notice the new page either. Move focus
 * to <main> instead (its next Tab stop is the new view's first control), unless the new view has
 * already put focus somewhere inside it (the letter focuses the quote one came to see). Only the
 * route counts: changing a filter or the date keeps focus where it is.
 */
export function useFocusMainOnNavigation(): void {
  const { path } = useViewState()
  const previous = useRef(path)
  useEffect(() => {
    if (previous.current === path) return
    previous.current = path
    const main = document.getElementById('main-content')
    if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: true })
  }, [path])
}
