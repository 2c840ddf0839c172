import { parseHash } from '../../lib/router/hash-location'

/**
 * The view parameters an embed also takes from its query string. An embed's address is
 * `?embed=<id>&lang=…#/?asOf=…`, and a web team writing one by hand puts every parameter before
 * the hash (`?embed=targets&asOf=2024-01-01`), as the README says every view takes `?asOf`.
 */
const VIEW_PARAMS = ['asOf', 'doc'] as const
export type QueryViewParam = (typeof VIEW_PARAMS)[number]

/** A parameter given twice with different values: the hash's is shown, and the page says so. */
export interface ParamConflict {
  name: QueryViewParam
  query: string
  hash: string
}

/**
 * The hash with the query string's view parameters added where the hash has none (null: nothing
 * to add). The dashboard reads its view from the hash, so this is the one place an embed's query
 * parameters need to go. An invalid date is carried over as it is: the view then falls back to
 * today and says why, exactly as for an invalid date after the hash.
 */
export function adoptQueryParams(
  search: string,
  hash: string,
): { hash: string | null; conflicts: ParamConflict[] } {
  const query = new URLSearchParams(search)
  const { path, params } = parseHash(hash)
  const next = new URLSearchParams(params)
  const conflicts: ParamConflict[] = []
  let changed = false
  for (const name of VIEW_PARAMS) {
    const value = query.get(name)?.trim()
    if (!value) continue
    const inHash = params.get(name)
    if (!inHash) {
      next.set(name, value)
      changed = true
    } else if (inHash !== value) {
      conflicts.push({ name, query: value, hash: inHash })
    }
  }
  if (!changed) return { hash: null, conflicts }
  const rest = next.toString()
  return { hash: `#${path}${rest ? `?${rest}` : ''}`, conflicts }
}

/**
 * Moves the query's view parameters into the hash before the widget first reads its view, and
 * returns the conflicts to show. Replaces the history entry (no new one) and is idempotent, so
 * calling it again (React's strict mode renders twice) changes nothing.
 */
export function adoptQueryParamsIntoHash(win: Window = window): ParamConflict[] {
  const { hash, conflicts } = adoptQueryParams(win.location.search, win.location.hash)
  if (hash) win.history.replaceState(win.history.state, '', hash)
  return conflicts
}
