import { assess } from '../../src/domain/assessment/assess'
import {
  buildCappedTimeline,
  buildTimeline,
  capTimeline,
  orderTimeline,
  type TimelineSource,
} from '../../src/domain/assessment/timeline'
import { tickDate, timelineExtent, timelineTicks } from '../../src/domain/assessment/timeline-scale'
import { isRated } from '../../src/domain/commitment-kinds'
import {
  commitmentsFileSchema,
  type Commitment,
  type Deadline,
} from '../../src/domain/schema/commitment'
import { dataIndexSchema } from '../../src/domain/schema/data-index'
import { documentSchema } from '../../src/domain/schema/document'
import { updatesFileSchema, type ProgressUpdate } from '../../src/domain/schema/update'
import type { Dataset } from '../../src/lib/data/assemble'
import { buildCommitmentRows } from '../../src/lib/data/commitment-rows'
import { letterFiles } from '../support/real-data'

const LETTER = '2023-06-19'
const AS_OF = '2025-06-30'

const base = { documentId: 'd', section: '一', category: 'other', quote: 'q' } as const
const promise = (id: string, deadline: Deadline): Commitment =>
  ({ ...base, id, kind: 'promise', title: id, deadline }) as Commitment
const result = (id: string): Commitment =>
  ({ ...base, id, kind: 'result', title: id, asOf: null }) as Commitment
const update = (id: string, commitmentId: string, date: string, over = {}): ProgressUpdate => ({
  id,
  commitmentId,
  asOf: date,
  comparability: 'context',
  summary: 's',
  source: { title: 't', date },
  ...over,
})

/** Rows as the data layer builds them: the one assessment, plus the letter and dataset id. */
function sources(
  commitments: Commitment[],
  updates: ProgressUpdate[] = [],
  letterDate: string | null = LETTER,
  asOf = AS_OF,
): TimelineSource[] {
  return commitments.map((c) => ({
    ...assess(c, updates, asOf, letterDate ? { date: letterDate } : {}),
    datasetId: 'd',
    document: letterDate ? { date: letterDate } : {},
  }))
}

describe('buildTimeline on hand-made commitments', () => {
  const commitments = [
    result('done-already'),
    promise('open', { type: 'none' }),
    promise('by-2024', { type: 'year', year: 2024 }),
    promise('by-2026', { type: 'date', date: '2026-03-31' }),
  ]
  const updates = [
    update('u-late', 'open', '2025-01-10', { comparability: 'related-metric' }),
    update('u-early', 'open', '2023-09-01', { comparability: 'same-metric' }),
    update('u-future', 'open', '2025-12-01'),
  ]
  const timeline = buildTimeline(sources(commitments, updates), AS_OF, '2026-01-15')
  const row = (id: string) => timeline.rows.find((r) => r.id === id)!

  it('gives rated commitments a row and counts results apart', () => {
    expect(timeline.rows.map((r) => r.id)).toEqual(['open', 'by-2024', 'by-2026'])
    expect(timeline.unrated).toBe(1)
    expect(timeline.undated).toBe(0)
  })

  it('draws an open-ended promise from the letter to the view date, flagged', () => {
    expect(row('open')).toMatchObject({
      start: LETTER,
      startBasis: 'letter',
      due: null,
      end: AS_OF,
      openEnded: true,
      overdue: false,
    })
  })

  it('ends a dated promise at its deadline and flags it overdue only once the date has passed', () => {
    expect(row('by-2024')).toMatchObject({ due: '2024-12-31', end: '2024-12-31', overdue: true })
    expect(row('by-2026')).toMatchObject({ due: '2026-03-31', openEnded: false, overdue: false })
  })

  it('marks evidence published by the view date, oldest first, with its comparability', () => {
    expect(row('open').markers).toEqual([
      { id: 'u-early', date: '2023-09-01', comparability: 'same-metric' },
      { id: 'u-late', date: '2025-01-10', comparability: 'related-metric' },
    ])
    expect(row('by-2024').markers).toEqual([])
  })

  it('takes the status from the assessment', () => {
    for (const r of timeline.rows) expect(r.status).toBe(r.source.status!.status)
  })

  it('draws the letter, the view date and today as separate lines when they differ', () => {
    expect(timeline.lines).toEqual([
      { kind: 'letter', date: LETTER },
      { kind: 'as-of', date: AS_OF },
      { kind: 'today', date: '2026-01-15' },
    ])
  })

  it('draws one line when today is the view date', () => {
    const same = buildTimeline(sources(commitments), AS_OF, AS_OF)
    expect(same.lines.map((l) => l.kind)).toEqual(['letter', 'today-as-of'])
  })

  it('starts an undated letter at its earliest evidence, or draws no bar without any', () => {
    const undated = buildTimeline(sources(commitments, updates, null), AS_OF)
    expect(undated.undated).toBe(3)
    expect(undated.rows[0]).toMatchObject({
      id: 'open',
      letterDate: null,
      start: '2023-09-01',
      startBasis: 'evidence',
    })
    expect(undated.rows[1]).toMatchObject({ id: 'by-2024', start: null, startBasis: null })
    // No letter date, no letter line.
    expect(undated.lines.map((l) => l.kind)).toEqual(['today-as-of'])
  })
})

describe('orderTimeline and capTimeline', () => {
  const commitments = [
    promise('open-a', { type: 'none' }),
    promise('due-late', { type: 'date', date: '2027-01-01' }),
    promise('overdue-recent', { type: 'date', date: '2025-05-01' }),
    promise('open-b', { type: 'none' }),
    promise('due-soon', { type: 'date', date: '2025-08-01' }),
    promise('overdue-old', { type: 'year', year: 2023 }),
  ]
  const rows = buildTimeline(sources(commitments), AS_OF).rows

  it('puts overdue first (oldest deadline first), then by deadline, then open-ended in input order', () => {
    expect(orderTimeline(rows).map((r) => r.id)).toEqual([
      'overdue-old',
      'overdue-recent',
      'due-soon',
      'due-late',
      'open-a',
      'open-b',
    ])
  })

  it('is stable: the same rows in the same order give the same order', () => {
    expect(orderTimeline(orderTimeline(rows)).map((r) => r.id)).toEqual(
      orderTimeline(rows).map((r) => r.id),
    )
  })

  it('caps to the first rows of that order and counts the rest', () => {
    const { shown, more } = capTimeline(rows, 4)
    expect(shown.map((r) => r.id)).toEqual([
      'overdue-old',
      'overdue-recent',
      'due-soon',
      'due-late',
    ])
    expect(more).toBe(2)
    expect(capTimeline(rows, 50)).toMatchObject({ more: 0 })
    expect(capTimeline(rows, 50).shown).toHaveLength(6)
  })
})

describe('buildCappedTimeline: only the rows drawn are built', () => {
  const commitments = [
    result('a-result'),
    promise('open-a', { type: 'none' }),
    promise('due-late', { type: 'date', date: '2027-01-01' }),
    promise('overdue-recent', { type: 'date', date: '2025-05-01' }),
    promise('open-b', { type: 'none' }),
    promise('due-soon', { type: 'date', date: '2025-08-01' }),
    promise('overdue-old', { type: 'year', year: 2023 }),
  ]
  const updates = [
    update('u-2', 'open-b', '2024-05-01'),
    update('u-1', 'open-b', '2023-09-01'),
    update('u-3', 'open-a', '2025-01-10'),
  ]
  const cases: Array<[string, TimelineSource[]]> = [
    ['a dated letter', sources(commitments, updates)],
    // Undated: open-ended rows start at their earliest evidence, or have no bar at all.
    ['an undated letter', sources(commitments, updates, null)],
    ['two letters', [...sources(commitments, updates), ...sources(commitments, [], '2022-03-01')]],
    // A province: many sources with equal keys, kept in their own order past the cap.
    [
      'forty letters',
      Array.from({ length: 40 }, (_, i) =>
        sources(commitments, i % 3 ? updates : [], i % 4 ? '2023-06-19' : null),
      ).flat(),
    ],
  ]

  it.each(cases)('gives what capTimeline(buildTimeline(…)) gives, for %s', (_, rows) => {
    for (const limit of [0, 1, 3, 5, 12, 150, Infinity]) {
      for (const today of [AS_OF, '2026-01-15']) {
        const full = buildTimeline(rows, AS_OF, today)
        const { shown, more } = capTimeline(full.rows, limit)
        const { lines } = buildTimeline(
          shown.map((row) => row.source),
          AS_OF,
          today,
        )
        expect(buildCappedTimeline(rows, AS_OF, today, limit)).toEqual({
          timeline: { ...full, rows: shown, lines },
          more,
        })
      }
    }
  })

  it('draws a line only for the letters of the rows drawn', () => {
    const [, twoLetters] = cases[2]!
    const letterLines = (limit: number) =>
      buildCappedTimeline(twoLetters, AS_OF, AS_OF, limit)
        .timeline.lines.filter((line) => line.kind === 'letter')
        .map((line) => line.date)
    // The most urgent row is the first letter's overdue-old (end of 2023, the earliest deadline,
    // tied with the second letter's and first in order): the 2022 letter has no row drawn.
    expect(letterLines(1)).toEqual([LETTER])
    expect(letterLines(Infinity)).toEqual(['2022-03-01', LETTER])
  })
})

describe('the time scale', () => {
  const timeline = buildTimeline(
    sources([promise('open', { type: 'none' })], [update('u', 'open', '2024-02-22')]),
    AS_OF,
    '2026-01-15',
  )

  it('covers every bar, mark and line, with room either side', () => {
    const { from, to } = timelineExtent(timeline.rows, timeline.lines)
    expect(from < LETTER).toBe(true)
    expect(to > '2026-01-15').toBe(true)
  })

  it('puts ticks on round dates inside the span, never more than asked', () => {
    const { from, to } = timelineExtent(timeline.rows, timeline.lines)
    for (const max of [3, 5, 8, 30]) {
      const { ticks, years } = timelineTicks(from, to, max)
      expect(ticks.length).toBeGreaterThan(0)
      expect(ticks.length).toBeLessThanOrEqual(max)
      for (const tick of ticks) {
        expect(tickDate(tick) >= from && tickDate(tick) <= to).toBe(true)
        if (years) expect(tick).toMatch(/^\d{4}$/)
        else expect(tick).toMatch(/^\d{4}-(01|04|07|10)$|^\d{4}-\d{2}$/)
      }
    }
    expect(timelineTicks(from, to, 3)).toEqual({ ticks: ['2024', '2025', '2026'], years: true })
  })
})

describe('the timeline of the shipped 153005 letter', () => {
  const files = letterFiles()
  const id = 'km-153005'
  const index = dataIndexSchema.parse(files['index.json'])
  const dataset: Dataset = {
    entry: index.datasets.find((d) => d.id === id)!,
    document: documentSchema.parse(files[`${id}/document.json`]),
    commitments: commitmentsFileSchema.parse(files[`${id}/commitments.json`]).commitments,
    updates: updatesFileSchema.parse(files[`${id}/updates.json`]).updates,
    funding: [],
  }
  const rows = buildCommitmentRows([dataset], AS_OF)
  const timeline = buildTimeline(rows, AS_OF, AS_OF)
  const rated = dataset.commitments.filter(isRated)
  const row = (slug: string) => timeline.rows.find((r) => r.id === `${id}-c-${slug}`)!

  it('has a row for every rated commitment and leaves the results out', () => {
    expect(timeline.rows).toHaveLength(rated.length)
    expect(timeline.unrated).toBe(dataset.commitments.length - rated.length)
    expect(timeline.rows.some((r) => r.id === `${id}-c-reserve-60`)).toBe(false)
  })

  it('starts every row at the letter date 2023-06-19', () => {
    expect(new Set(timeline.rows.map((r) => r.start))).toEqual(new Set([LETTER]))
    expect(timeline.lines).toEqual([
      { kind: 'letter', date: LETTER },
      { kind: 'today-as-of', date: AS_OF },
    ])
  })

  it('draws the 20-projects target to the view date with both pieces of evidence', () => {
    expect(row('projects-20')).toMatchObject({ openEnded: true, end: AS_OF, due: null })
    expect(row('projects-20').markers).toEqual([
      { id: `${id}-u-2023-new-projects`, date: '2024-02-22', comparability: 'same-metric' },
      {
        id: `${id}-u-2024-projects-with-results`,
        date: '2025-02-20',
        comparability: 'related-metric',
      },
    ])
  })

  it('ends the 2023 budget promise at the end of 2023, overdue as its assessment says', () => {
    const budget = row('budget-2023')
    expect(budget).toMatchObject({ due: '2023-12-31', end: '2023-12-31', openEnded: false })
    expect(budget.overdue).toBe(budget.source.deadline!.light === 'red')
    expect(budget.overdue).toBe(true)
    expect(orderTimeline(timeline.rows)[0]!.id).toBe(budget.id)
  })

  it('shows evidence only as published by the view date', () => {
    const early = buildTimeline(buildCommitmentRows([dataset], '2024-06-30'), '2024-06-30')
    const projects = early.rows.find((r) => r.id === `${id}-c-projects-20`)!
    expect(projects.markers.map((m) => m.date)).toEqual(['2024-02-22'])
    expect(projects.end).toBe('2024-06-30')
  })
})
