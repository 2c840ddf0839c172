/**
 * The app's routes, all in the URL hash so they survive reloads on any static server:
 *   #/                      overview
 *   #/commitments           the list (filters in the query: status, category, doc, deadline, kind, q, sort)
 *   #/commitments/<id>      one commitment (permalink)
 *   #/evidence              every piece of dated evidence, newest first (comparability, doc, q)
 *   #/funding               the funding picture
 *   #/documents             all documents, grouped by deputy and responding body
 *   #/documents/<id>        one letter's full text with every commitment highlighted
 *   #/report                every commitment on one printable page (A4, black and white)
 *   #/bulletin              the periodic bulletin for a period (`from`, `to`: YYYY-MM-DD)
 *   #/desk                  the data desk: what the draft holds, links to its three tasks
 *   #/desk/evidence         record a progress update, a verdict or a disbursement
 *   #/desk/letter           add a reply letter and its commitments
 *   #/desk/review           the draft against the published data; download the files
 * Global query parameters on every route: `asOf` (YYYY-MM-DD, time travel), `doc` (one document)
 * and `preview=draft` (the dashboard with the desk's draft applied).
 */
export const DESK_TASKS = ['evidence', 'letter', 'review'] as const
export type DeskTask = 'home' | (typeof DESK_TASKS)[number]

export type Route =
  | { name: 'overview' }
  | { name: 'commitments' }
  | { name: 'commitment'; id: string }
  | { name: 'evidence' }
  | { name: 'funding' }
  | { name: 'documents' }
  | { name: 'document'; id: string }
  | { name: 'report' }
  | { name: 'bulletin' }
  | { name: 'desk'; task: DeskTask }
  | { name: 'not-found'; path: string }

export function matchRoute(path: string): Route {
  const parts = path.split('/').filter(Boolean)
  const [first, second, ...rest] = parts
  if (rest.length > 0) return { name: 'not-found', path }
  if (first === undefined) return { name: 'overview' }
  if (first === 'commitments')
    return second ? { name: 'commitment', id: second } : { name: 'commitments' }
  if (first === 'evidence' && !second) return { name: 'evidence' }
  if (first === 'funding' && !second) return { name: 'funding' }
  if (first === 'report' && !second) return { name: 'report' }
  if (first === 'bulletin' && !second) return { name: 'bulletin' }
  if (first === 'desk') {
    if (!second) return { name: 'desk', task: 'home' }
    const task = DESK_TASKS.find((name) => name === second)
    if (task) return { name: 'desk', task }
  }
  if (first === 'documents')
    return second ? { name: 'document', id: second } : { name: 'documents' }
  return { name: 'not-found', path }
}

export const paths = {
  overview: () => '/',
  commitments: () => '/commitments',
  commitment: (id: string) => `/commitments/${encodeURIComponent(id)}`,
  evidence: () => '/evidence',
  funding: () => '/funding',
  documents: () => '/documents',
  document: (id: string) => `/documents/${encodeURIComponent(id)}`,
  report: () => '/report',
  /**
   * The bulletin, for a period when one is given. With a period this is a whole hash target
   * (`/bulletin?from=…&to=…`); links built with useViewState's `href` pass the period as its
   * parameters instead (`href(paths.bulletin(), { from, to })`), which keeps `asOf` and `doc`.
   */
  bulletin: (from?: string, to?: string) => {
    const query = new URLSearchParams()
    if (from) query.set('from', from)
    if (to) query.set('to', to)
    const rest = query.toString()
    return `/bulletin${rest ? `?${rest}` : ''}`
  },
  desk: (task: DeskTask = 'home') => (task === 'home' ? '/desk' : `/desk/${task}`),
}
