import { useCallback, useMemo } from 'react'
import { isRealIsoDate } from '../../domain/iso-day'
import { todayIso } from '../../domain/dates'
import { useHashLocation } from './hash-location'

/**
 * Parameters that travel with every link: the time-travel date, the document filter and the
 * desk's draft preview (so moving around the previewed dashboard stays in the preview).
 */
const GLOBAL_PARAMS = ['asOf', 'doc', 'preview'] as const

/** `?preview=draft`: the dashboard shows the desk's draft applied, not the published data. */
export const PREVIEW_DRAFT = 'draft'

export interface ViewState {
  path: string
  params: URLSearchParams
  /** The "as of" date every view shows; today unless `?asOf=` says otherwise. */
  asOf: string
  isToday: boolean
  /** A valid `asOf` that was asked for, or the raw value when it was not a real date. */
  invalidAsOf: string | null
  /** One document's id when the reader narrowed the view to it. */
  doc: string | null
  /** The dashboard shows the desk's draft (`?preview=draft`). */
  preview: boolean
  /** Builds a hash link that keeps the global parameters (and sets `params`). */
  href: (path: string, params?: Record<string, string | null | undefined>) => string
  /** Replaces query parameters on the current route (filters, sort, search). */
  setParams: (params: Record<string, string | null | undefined>) => void
  navigate: (to: string) => void
}

export function useViewState(): ViewState {
  const { path, params, navigate } = useHashLocation()
  const rawAsOf = params.get('asOf')
  const validAsOf = rawAsOf && isRealIsoDate(rawAsOf) ? rawAsOf : null
  const asOf = validAsOf ?? todayIso()
  const doc = params.get('doc') || null
  const preview = params.get('preview') === PREVIEW_DRAFT

  const href = useCallback(
    (to: string, extra: Record<string, string | null | undefined> = {}) => {
      const next = new URLSearchParams()
      for (const name of GLOBAL_PARAMS) {
        const value = params.get(name)
        if (value) next.set(name, value)
      }
      for (const [name, value] of Object.entries(extra)) {
        if (value) next.set(name, value)
        else next.delete(name)
      }
      const query = next.toString()
      return `#${to}${query ? `?${query}` : ''}`
    },
    [params],
  )

  const setParams = useCallback(
    (extra: Record<string, string | null | undefined>) => {
      const next = new URLSearchParams(params)
      for (const [name, value] of Object.entries(extra)) {
        if (value) next.set(name, value)
        else next.delete(name)
      }
      const query = next.toString()
      // replaceState keeps typing in a search box from flooding the back button.
      const url = `#${path}${query ? `?${query}` : ''}`
      window.history.replaceState(window.history.state, '', url)
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    },
    [params, path],
  )

  return useMemo(
    () => ({
      path,
      params,
      asOf,
      isToday: validAsOf === null || validAsOf === todayIso(),
      invalidAsOf: rawAsOf && !validAsOf ? rawAsOf : null,
      doc,
      preview,
      href,
      setParams,
      navigate,
    }),
    [path, params, asOf, validAsOf, rawAsOf, doc, preview, href, setParams, navigate],
  )
}
