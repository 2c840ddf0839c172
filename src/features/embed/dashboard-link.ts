import { useEffect } from 'react'

/** View parameters that an embed shares with the dashboard it links back to. */
const CARRIED = ['asOf', 'doc'] as const

interface PageLocation {
  origin: string
  pathname: string
  search: string
}

/** The full dashboard at `route`, with the embed's language, date and document. */
export function dashboardUrl(
  route: string,
  viewParams: URLSearchParams,
  location: PageLocation = window.location,
): string {
  const url = new URL(location.pathname, location.origin)
  const lang = new URLSearchParams(location.search).get('lang')
  if (lang) url.searchParams.set('lang', lang)
  const carried = new URLSearchParams()
  for (const name of CARRIED) {
    const value = viewParams.get(name)
    if (value) carried.set(name, value)
  }
  const query = carried.toString()
  url.hash = `${route}${query ? `?${query}` : ''}`
  return url.href
}

/**
 * Links inside an embedded widget (a status to the filtered list, a deadline to its commitment)
 * open the full dashboard in the top window, not the widget's own small frame: a `<base>` with the
 * dashboard's address (no `?embed=`) and `target="_top"`. Same origin, so `base-uri 'self'` allows it.
 */
export function useLinksOpenDashboard(): void {
  useEffect(() => {
    const base = document.createElement('base')
    base.href = new URL(window.location.pathname, window.location.origin).href
    base.target = '_top'
    document.head.prepend(base)
    return () => base.remove()
  }, [])
}
