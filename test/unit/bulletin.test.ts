import { assess } from '../../src/domain/assessment/assess'
import { buildBulletin, type BulletinRow } from '../../src/domain/bulletin/bulletin'
import {
  dayBefore,
  matchingPreset,
  presetPeriod,
  readPeriod,
} from '../../src/domain/bulletin/period'
import type { Commitment } from '../../src/domain/schema/commitment'
import type { SourceDocument } from '../../src/domain/schema/document'
import type { FundingEntry, FundingLine } from '../../src/domain/schema/funding'
import type { ProgressUpdate } from '../../src/domain/schema/update'

/** A hand-made letter: its document, commitments, evidence and money. */
interface Letter {
  id: string
  document: SourceDocument
  commitments: Commitment[]
  updates: ProgressUpdate[]
  funding: FundingLine[]
  unreadable?: boolean
}

const doc = (id: string, date: string): SourceDocument => ({
  id,
  kind: 'reply-letter',
  deputies: [{ name: '王某' }],
  respondent: { name: '某局' },
  date,
  sourceText: `${id}/source.txt`,
})

const common = (id: string, documentId: string) => ({
  id,
  documentId,
  section: '三',
  category: 'projects' as const,
  title: `承诺 ${id}`,
  quote: `原文 ${id}`,
})

const target = (id: string, documentId: string): Commitment => ({
  ...common(id, documentId),
  kind: 'target',
  figure: { comparator: '>=', value: 20, unit: 'count', label: '个', asWritten: '20个以上' },
  deadline: { type: 'none' },
})
type Deadline = Extract<Commitment, { kind: 'promise' }>['deadline']
const promise = (id: string, documentId: string, deadline: Deadline): Commitment =>
  ({ ...common(id, documentId), kind: 'promise', deadline }) as Commitment
const result = (id: string, documentId: string): Commitment => ({
  ...common(id, documentId),
  kind: 'result',
  asOf: null,
})

const update = (
  id: string,
  commitmentId: string,
  published: string,
  over: Partial<ProgressUpdate> = {},
): ProgressUpdate => ({
  id,
  commitmentId,
  asOf: published,
  comparability: 'same-metric',
  summary: `进展 ${id}`,
  source: { title: '来源', date: published },
  ...over,
})

const entry = (
  stage: FundingEntry['stage'],
  amount: number,
  asOf: string | null,
): FundingEntry => ({
  stage,
  comparator: '=',
  amount,
  asWritten: `${amount / 10_000}万元`,
  asOf,
  evidence: { type: 'document', documentId: 'a', quote: '原文' },
})

const line = (id: string, documentId: string, entries: FundingEntry[]): FundingLine => ({
  id,
  documentId,
  commitmentIds: [],
  label: `资金 ${id}`,
  fundSource: 'municipal',
  entries,
})

/** The assessment of every commitment on `date`, as lib/data's buildCommitmentRows makes it. */
function rowsOn(letters: readonly Letter[], date: string): BulletinRow[] {
  return letters
    .filter((letter) => letter.document.date! <= date)
    .flatMap((letter) =>
      letter.commitments.map((commitment) => ({
        ...assess(
          commitment,
          letter.unreadable ? [] : letter.updates.filter((u) => u.source.date <= date),
          date,
          { date: letter.document.date, evidenceUnavailable: letter.unreadable === true },
        ),
        datasetId: letter.id,
        document: letter.document,
      })),
    )
}

function bulletinOf(letters: readonly Letter[], from: string, to: string) {
  return buildBulletin({
    period: { from, to },
    before: rowsOn(letters, dayBefore(from)),
    after: rowsOn(letters, to),
    letters: letters
      .filter((letter) => letter.document.date! <= to)
      .map((letter) => ({ id: letter.id, document: letter.document, funding: letter.funding })),
  })
}

const ids = (items: ReadonlyArray<{ row: BulletinRow } | BulletinRow>) =>
  items.map((item) => ('row' in item ? item.row : item).commitment.id)

const letterA: Letter = {
  id: 'a',
  document: doc('a', '2023-06-19'),
  commitments: [
    target('a-target', 'a'),
    promise('a-due-mar', 'a', { type: 'date', date: '2024-03-15' }),
    promise('a-due-dec31', 'a', { type: 'year', year: 2023 }),
    promise('a-due-apr', 'a', { type: 'date', date: '2024-04-20' }),
    promise('a-due-later', 'a', { type: 'date', date: '2024-09-01' }),
    promise('a-open', 'a', { type: 'none' }),
    result('a-result', 'a'),
  ],
  updates: [
    update('u-old', 'a-open', '2023-09-01'),
    update('u-target', 'a-target', '2024-02-01', { value: 5 }),
    update('u-related', 'a-result', '2024-02-10', {
      comparability: 'related-metric',
      value: 231,
      note: '各类知识产权,不等于发明专利',
      noteEn: 'All kinds of IP, not invention patents',
    }),
    update('u-after', 'a-open', '2024-05-01'),
  ],
  funding: [
    line('f-paid', 'a', [
      entry('disbursed', 10_000_000, '2023-12-01'),
      entry('disbursed', 30_000_000, '2024-03-01'),
      entry('allocated', 50_000_000, '2024-02-15'),
      entry('pledged', 60_000_000, '2024-02-01'),
      entry('needed', 5_000_000, '2024-02-01'),
      entry('unfunded', 2_000_000, '2024-02-01'),
      entry('disbursed', 40_000_000, '2024-04-02'),
    ]),
  ],
}

/** Out in the middle of the quarter: its promises are new, not changed. */
const letterB: Letter = {
  id: 'b',
  document: doc('b', '2024-02-20'),
  commitments: [promise('b-promise', 'b', { type: 'none' }), result('b-result', 'b')],
  updates: [],
  funding: [line('f-b', 'b', [entry('allocated', 7_000_000, null)])],
}

const letterC: Letter = {
  id: 'c',
  document: doc('c', '2023-01-01'),
  commitments: [promise('c-promise', 'c', { type: 'none' })],
  updates: [],
  funding: [],
  unreadable: true,
}

const Q1 = ['2024-01-01', '2024-03-31'] as const

describe('the bulletin for a quarter', () => {
  const b = bulletinOf([letterA, letterB, letterC], ...Q1)

  it('lists the evidence published in the period, newest first, related metrics with their caveat', () => {
    expect(b.evidence.map((e) => e.evidence.update.id)).toEqual(['u-related', 'u-target'])
    const related = b.evidence[0]!.evidence
    expect(related.comparability).toBe('related-metric')
    expect(related.caveat).toEqual({
      zh: '各类知识产权,不等于发明专利',
      en: 'All kinds of IP, not invention patents',
    })
    expect(b.evidence[1]!.evidence).toMatchObject({ comparability: 'same-metric', caveat: null })
    expect(b.evidence[0]!.row.commitment.id).toBe('a-result')
  })

  it('reports a status change before → after with the reason of the status after', () => {
    expect(ids(b.statusChanges)).toEqual(['a-target'])
    const change = b.statusChanges[0]!
    expect(change.before.status).toBe('not-rated')
    expect(change.after.status).toBe('in-progress')
    expect(change.after.reason.code).toBe('below-open')
  })

  it('calls a letter out mid-period a new letter, its promises first rated, not changed', () => {
    expect(b.newLetters).toHaveLength(1)
    expect(b.newLetters[0]).toMatchObject({ datasetId: 'b', commitments: 2 })
    expect(ids(b.newLetters[0]!.rated)).toEqual(['b-promise'])
    expect(ids(b.statusChanges)).not.toContain('b-promise')
  })

  it('finds deadlines that passed in the period, and those due in the 30 days after it', () => {
    // 31 Dec 2023 is the day before the period: overdue from its first day, so it counts.
    expect(ids(b.newlyOverdue)).toEqual(['a-due-dec31', 'a-due-mar'])
    expect(b.newlyOverdue[1]!.deadline).toMatchObject({ due: '2024-03-15', days: -16 })
    expect(ids(b.upcoming)).toEqual(['a-due-apr'])
    expect(b.upcomingDays).toBe(30)
    expect(b.upcoming[0]!.deadline.days).toBe(20)
  })

  it('lists money allocated or paid with a date in the period as levels, never pledges or needs', () => {
    expect(b.money.map((m) => [m.line.id, m.dated.entry.stage, m.dated.date])).toEqual([
      ['f-paid', 'allocated', '2024-02-15'],
      ['f-paid', 'disbursed', '2024-03-01'],
      // No date in the source: dated by its letter (20 Feb 2024), and said to be so.
      ['f-b', 'allocated', '2024-02-20'],
    ])
    const paid = b.money[1]!
    expect(paid.previous?.entry.amount).toBe(10_000_000)
    expect(paid.previous?.date).toBe('2023-12-01')
    expect(b.money[0]!.previous).toBeNull()
    expect(b.money[2]!.dated.dateStated).toBe(false)
    expect(b.money.some((m) => m.dated.date === '2024-04-02')).toBe(false)
  })

  it('lists rated commitments with no evidence at all, and an unreadable file apart', () => {
    expect(ids(b.noEvidence)).toEqual([
      'a-due-mar',
      'a-due-dec31',
      'a-due-apr',
      'a-due-later',
      'b-promise',
    ])
    // a-open has evidence from before the period; a result is never rated.
    expect(ids(b.noEvidence)).not.toContain('a-open')
    expect(ids(b.unreadable)).toEqual(['c-promise'])
    expect(ids(b.noEvidence)).not.toContain('c-promise')
  })

  it('counts every section', () => {
    expect(b.counts).toEqual({
      evidence: 2,
      statusChanges: 1,
      newLetters: 1,
      newlyOverdue: 2,
      upcoming: 1,
      money: 3,
      noEvidence: 5,
      unreadable: 1,
    })
  })
})

describe('the bulletin for an empty period', () => {
  const b = bulletinOf([letterA], '2024-06-01', '2024-06-30')

  it('has nothing to report but the silence, and says how many have no evidence', () => {
    expect(b.evidence).toEqual([])
    expect(b.statusChanges).toEqual([])
    expect(b.newLetters).toEqual([])
    expect(b.newlyOverdue).toEqual([])
    expect(b.money).toEqual([])
    expect(b.upcoming).toEqual([])
    expect(b.counts.noEvidence).toBe(4)
  })
})

describe('a kept promise is not overdue', () => {
  it('leaves a deadline met by a verdict out of the overdue list', () => {
    const kept: Letter = {
      ...letterA,
      commitments: [promise('k', 'a', { type: 'date', date: '2024-02-01' })],
      updates: [
        update('v', 'k', '2024-01-20', {
          verdict: { status: 'kept', date: '2024-01-20', rationale: '已完成' },
        }),
      ],
      funding: [],
    }
    const b = bulletinOf([kept], ...Q1)
    expect(b.newlyOverdue).toEqual([])
    expect(ids(b.statusChanges)).toEqual(['k'])
    expect(b.statusChanges[0]!.after.status).toBe('kept')
  })
})

describe('periods', () => {
  it('reads two real days, and says what is wrong otherwise', () => {
    expect(readPeriod('2024-01-01', '2024-12-31', '2025-06-30')).toEqual({
      state: 'ok',
      period: { from: '2024-01-01', to: '2024-12-31' },
    })
    expect(readPeriod('2024-02-30', '2024-12-31', '2025-06-30')).toEqual({
      state: 'invalid',
      problem: { code: 'invalid-from', value: '2024-02-30' },
    })
    expect(readPeriod('2024-01-01', 'soon', '2025-06-30')).toMatchObject({
      problem: { code: 'invalid-to' },
    })
    expect(readPeriod('2024-12-31', '2024-01-01', '2025-06-30')).toMatchObject({
      problem: { code: 'reversed' },
    })
    expect(readPeriod('', '2024-01-01', '2025-06-30')).toMatchObject({
      problem: { code: 'missing-from' },
    })
    expect(readPeriod(null, null, '2025-06-30')).toEqual({
      state: 'default',
      period: { from: '2025-05-01', to: '2025-05-31' },
    })
  })

  it('counts presets back from the view date in whole calendar periods', () => {
    // 30 June 2025 is a Monday.
    expect(presetPeriod('week', '2025-06-30', null)).toEqual({
      from: '2025-06-23',
      to: '2025-06-29',
    })
    expect(presetPeriod('week', '2025-06-29', null)).toEqual({
      from: '2025-06-16',
      to: '2025-06-22',
    })
    expect(presetPeriod('month', '2025-03-31', null)).toEqual({
      from: '2025-02-01',
      to: '2025-02-28',
    })
    expect(presetPeriod('quarter', '2025-05-31', null)).toEqual({
      from: '2025-01-01',
      to: '2025-03-31',
    })
    expect(presetPeriod('quarter', '2025-02-10', null)).toEqual({
      from: '2024-10-01',
      to: '2024-12-31',
    })
    expect(presetPeriod('year', '2025-06-30', null)).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
    })
    expect(presetPeriod('since-letter', '2025-06-30', '2023-06-19')).toEqual({
      from: '2023-06-19',
      to: '2025-06-30',
    })
    expect(presetPeriod('since-letter', '2025-06-30', null)).toBeNull()
    expect(
      matchingPreset({ from: '2024-01-01', to: '2024-12-31' }, '2025-06-30', '2023-06-19'),
    ).toBe('year')
  })
})
