import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

export interface PreloadableLazy<P extends object> {
  Component: LazyExoticComponent<ComponentType<P>>
  /** Downloads and runs the module now; a failed download may be tried again later. */
  preload: () => Promise<void>
}

/**
 * React.lazy whose code can be fetched before its first render, and which then renders at once.
 *
 * A plain lazy component always suspends on its first render, even when its module arrived long
 * ago, because it learns so only from a promise callback. React 19 then holds the Suspense boundary
 * back until 300 ms after it showed its fallback (its fallback throttle): every first visit to a
 * page took about 320 ms on any data. Once preloaded, this one hands React an already-settled
 * thenable, which React reads synchronously: no fallback, no wait.
 */
export function preloadableLazy<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): PreloadableLazy<P> {
  let loaded: { default: ComponentType<P> } | undefined
  let pending: Promise<{ default: ComponentType<P> }> | undefined
  const start = () => {
    pending ??= load().then(
      (module) => (loaded = { default: pick(module) }),
      (error: unknown) => {
        // Not kept: after a network failure the next attempt downloads again.
        pending = undefined
        throw error
      },
    )
    return pending
  }
  const Component = lazy(() => (loaded ? settled(loaded) : start()))
  return { Component, preload: () => start().then(() => undefined) }
}

/** A thenable that calls back synchronously, which React.lazy accepts as a resolved module. */
function settled<T>(value: T): Promise<T> {
  const thenable = { then: (onFulfilled: (value: T) => unknown) => void onFulfilled(value) }
  return thenable as unknown as Promise<T>
}
