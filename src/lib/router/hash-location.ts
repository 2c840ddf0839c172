import { useCallback, useSyncExternalStore } from 'react'

/**
 * Routing lives in the URL hash (`#/commitments?status=kept`): the built files work from any
 * sub-path of a static server, and deep links survive reloads without server rewrites.
 */
export interface HashLocation {
  path: string
  params: URLSearchParams
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const readHash = () => window.location.hash

export function parseHash(hash: string): HashLocation {
  const raw = hash.replace(/^#/, '')
  const [pathPart = '', query = ''] = raw.split('?', 2)
  let path = pathPart.startsWith('/') ? pathPart : `/${pathPart}`
  try {
    path = decodeURIComponent(path)
  } catch {
    // A malformed escape in a hand-typed URL: keep it raw, the router shows "not found".
  }
  return { path: path.replace(/\/+$/, '') || '/', params: new URLSearchParams(query) }
}

export function useHashLocation(): HashLocation & { navigate: (to: string) => void } {
  const hash = useSyncExternalStore(subscribe, readHash, () => '')
  const navigate = useCallback((to: string) => {
    window.location.hash = to.startsWith('#') ? to : `#${to}`
  }, [])
  return { ...parseHash(hash), navigate }
}
