import { illustrativeFiles } from '../../mocks/fixtures/illustrative-dataset'
import type { DataFiles } from '../../mocks/data-handlers'
import { isRated } from '../../src/domain/commitment-kinds'
import { commitmentsFileSchema } from '../../src/domain/schema/commitment'
import { dataIndexSchema } from '../../src/domain/schema/data-index'
import { documentSchema } from '../../src/domain/schema/document'
import { updatesFileSchema } from '../../src/domain/schema/update'
import type { Dataset } from '../../src/lib/data/assemble'
import { buildCommitmentRows, type CommitmentRow } from '../../src/lib/data/commitment-rows'
import {
  DEFAULT_SORT,
  listCommitments,
  parseListParams,
  sortRows,
  splitByRating,
  toUrlParams,
} from '../../src/features/commitments/filter-commitments'
import { realDataFiles } from '../support/real-data'

/**
 * The list's default order, "by urgency": open promises and targets first (overdue first, then
 * due soonest, then due later, then those with no stated deadline, longest open first), then the
 * kept and broken ones, then the commitments that are not promises, in letter order.
 */
const AS_OF = '2025-08-15'

function datasetsFrom(files: DataFiles): Dataset[] {
  const index = dataIndexSchema.parse(files['index.json'])
  return index.datasets.map((entry) => {
    const updates = files[`${entry.id}/updates.json`]
    return {
      entry,
      document: documentSchema.parse(files[`${entry.id}/document.json`]),
      commitments: commitmentsFileSchema.parse(files[`${entry.id}/commitments.json`]).commitments,
      updates: updates ? updatesFileSchema.parse(updates).updates : [],
      funding: [],
    }
  })
}

const ids = (rows: readonly CommitmentRow[]) => rows.map((r) => r.commitment.id)
const realRows = buildCommitmentRows(datasetsFrom(realDataFiles()), AS_OF)
const demoRows = buildCommitmentRows(datasetsFrom(illustrativeFiles), AS_OF)

describe('the urgency order (the list’s default)', () => {
  it('is the default, and the default stays out of the URL', () => {
    expect(DEFAULT_SORT).toBe('urgency')
    expect(parseListParams(new URLSearchParams(''), []).sort).toBe('urgency')
    expect(toUrlParams({ sort: 'urgency' })).toEqual({ sort: null })
    // Letter order is now a choice of its own, and says so in the URL.
    expect(toUrlParams({ sort: 'letter' })).toEqual({ sort: 'letter' })
    expect(parseListParams(new URLSearchParams('sort=letter'), []).sort).toBe('letter')
  })

  it('on the shipped letters: the most days overdue first, then due soonest, then open-ended', () => {
    const sorted = sortRows(realRows, 'urgency', 'zh-CN')
    expect(ids(sorted).slice(0, 5)).toEqual([
      'gd-nynct-2020-1238-c-provincial-parks-2020-funds', // due in 2020: 1,688 days overdue
      'gd-nynct-2020-1238-c-eastern-western-northern-parks-2020', // the same (letter order)
      'km-153005-c-budget-2023', // due in 2023: 593 days overdue
      'hn-jtj-2023-182-c-upgrade-2023-137km', // the same (km- comes first in the index)
      'pb-nkj-2025-99-c-project-pool-2026', // due in 2026: 503 days left
    ])
    expect(sorted.slice(0, 5).map((row) => row.deadline?.days)).toEqual([
      -1688, -1688, -593, -593, 503,
    ])

    // No stated deadline: the promise that has stood longest first (2020's letter, then 2023's).
    const undated = sorted.slice(5).filter((row) => row.openDays !== null)
    expect(undated[0]!.commitment.id).toBe('gd-nynct-2020-1238-c-zhaoqing-pig-park-50m')
    const days = undated.map((row) => row.openDays!)
    expect(days).toEqual([...days].sort((a, b) => b - a))
    expect(days[0]).toBeGreaterThan(days.at(-1)!)
  })

  it('puts every commitment that is not a promise after every promise, in letter order', () => {
    const sorted = sortRows(realRows, 'urgency', 'zh-CN')
    const firstUnrated = sorted.findIndex((row) => !isRated(row.commitment))
    expect(firstUnrated).toBeGreaterThan(0)
    expect(sorted.slice(firstUnrated).every((row) => row.status === null)).toBe(true)
    expect(sorted.slice(0, firstUnrated).every((row) => row.status !== null)).toBe(true)
    const unratedInLetterOrder = realRows.filter((row) => row.status === null)
    expect(ids(sorted.slice(firstUnrated))).toEqual(ids(unratedInLetterOrder))
    // The estimate and the declined request are among them: not promises either.
    expect(sorted.slice(firstUnrated).map((row) => row.kind)).toEqual(
      expect.arrayContaining(['result', 'estimate', 'declined']),
    )
  })

  it('puts kept and broken promises after the open ones (illustrative data)', () => {
    expect(ids(sortRows(demoRows, 'urgency', 'zh-CN'))).toEqual([
      'demo-transit-c-funds-50m', // overdue since 2024-12-31
      'demo-schools-c-places-3000', // due 2025-09-01
      'demo-transit-c-punctuality', // no deadline stated
      'demo-transit-c-lines-20', // kept: closed
      'demo-transit-c-lines-8', // a reported result
    ])
  })

  it('splits the list into its two groups without changing the order', () => {
    const sorted = listCommitments(realRows, parseListParams(new URLSearchParams(''), []), 'zh-CN')
    const { rated, unrated } = splitByRating(sorted)
    expect([...ids(rated), ...ids(unrated)]).toEqual(ids(sorted))
    expect(rated.every((row) => isRated(row.commitment))).toBe(true)
    expect(unrated.some((row) => isRated(row.commitment))).toBe(false)
    expect(rated).toHaveLength(realRows.filter((row) => row.status !== null).length)
  })

  it('does not change the rows it is given', () => {
    const before = ids(realRows)
    sortRows(realRows, 'urgency', 'en')
    expect(ids(realRows)).toEqual(before)
  })
})
