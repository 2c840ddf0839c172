import { useEffect } from 'react'
import { afterNextPaint } from '../lib/ui/after-next-paint'
import { preloadPages } from './lazy-pages'

/** Once the first view shows its data (and has painted), fetch the other views' code. */
export function usePreloadPages(firstViewReady: boolean): void {
  useEffect(() => {
    if (!firstViewReady) return
    return afterNextPaint(preloadPages)
  }, [firstViewReady])
}
