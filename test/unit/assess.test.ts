import { assess, newestEvidenceDate } from '../../src/domain/assessment/assess'
import { QUIET_AFTER_DAYS } from '../../src/domain/assessment/freshness'
import type {
  BaselineRelation,
  Commitment,
  CommitmentsFile,
} from '../../src/domain/schema/commitment'
import type { ProgressUpdate, UpdatesFile, ValueCounting } from '../../src/domain/schema/update'
import { readShipped, readShippedText } from '../support/real-data'

const shipped = readShipped<CommitmentsFile>('km-153005/commitments.json').commitments
const shippedUpdates = readShipped<UpdatesFile>('km-153005/updates.json').updates
const letterText = readShippedText('km-153005/source.txt')
const LETTER = { date: '2023-06-19', text: letterText }
const byId = <K extends Commitment['kind']>(id: string) =>
  shipped.find((c) => c.id === `km-153005-c-${id}`) as Extract<Commitment, { kind: K }>

type Target = Extract<Commitment, { kind: 'target' }>

const target: Target = {
  id: 't',
  documentId: 'd',
  kind: 'target',
  section: '三',
  category: 'projects',
  title: '立项20个以上',
  quote: '积极争取立项20个以上',
  figure: { comparator: '>=', value: 20, unit: 'count', label: '个', asWritten: '20个以上' },
  baseline: { value: 12, asOf: null },
  deadline: { type: 'none' },
}
const { baseline: _baseline, ...plain } = target
const withRelation = (relation: BaselineRelation | undefined): Target => ({
  ...target,
  baseline: { value: 12, asOf: null, ...(relation ? { relation } : {}) },
})
const update = (over: Partial<ProgressUpdate> = {}): ProgressUpdate => ({
  id: 'u',
  commitmentId: 't',
  asOf: '2023-12-31',
  comparability: 'same-metric',
  summary: 's',
  source: { title: 'src', date: '2024-02-22' },
  ...over,
})
const valued = (value: number, counting?: ValueCounting) =>
  update({ value, ...(counting ? { counting } : {}) })

describe('assess: the readings of 20+ projects on the shipped data', () => {
  const a = assess(byId<'target'>('projects-20'), shippedUpdates, '2025-06-01', LETTER)

  it('reads 3 not counting the 12 earlier projects and 15 counting them, with no percent', () => {
    expect(a.kind).toBe('target')
    expect(a.progress).toMatchObject({
      percent: null,
      readings: [
        { basis: 'excluding-baseline', value: 3, fraction: 0.15, met: false },
        { basis: 'including-baseline', value: 15, fraction: 0.75, met: false },
      ],
    })
    // 3 is the source's figure; 15 is not, and carries its sum: 12 + 3.
    expect(a.progress!.readings[0]!.derived).toBeUndefined()
    expect(a.progress!.readings[1]!.derived).toEqual({ op: '+', left: 12, right: 3 })
    expect(a.progress!.update.id).toBe('km-153005-u-2023-new-projects')
  })

  it('rates from both readings, and shows the newer related report with its caveat', () => {
    expect(a.status).toMatchObject({
      status: 'in-progress',
      reason: { code: 'below-open', params: { value: 3, valueAlt: 15 } },
    })
    expect(a.latestComparable?.id).toBe('km-153005-u-2023-new-projects')
    expect(a.latestEvidence).toMatchObject({
      update: { id: 'km-153005-u-2024-projects-with-results' },
      comparability: 'related-metric',
      caveat: { zh: expect.stringContaining('不作为“立项20个以上”的进度值') },
    })
    expect(a.latestEvidence!.caveat!.en).toEqual(expect.any(String))
    expect(a.latestRelated?.update.id).toBe('km-153005-u-2024-projects-with-results')
    expect(a.newestEvidenceDate).toBe('2025-02-20')
  })
})

describe('assess: readings follow from how the baseline relates and how the value counts', () => {
  const readings = (
    relation: BaselineRelation | undefined,
    value: number,
    counting?: ValueCounting,
  ) => assess(withRelation(relation), [valued(value, counting)], '2024-06-01').progress!

  it('gives one reading, and its percent, when the data says the baseline counts', () => {
    // "3 added" counted on top of the 12: 15, a derived figure.
    expect(readings('counts', 3, 'new')).toMatchObject({
      percent: 0.75,
      readings: [
        { basis: 'including-baseline', value: 15, derived: { op: '+', left: 12, right: 3 } },
      ],
    })
    // "15 in all" already counts them: read as it stands.
    const cumulative = readings('counts', 15, 'cumulative')
    expect(cumulative).toMatchObject({
      percent: 0.75,
      readings: [{ basis: 'including-baseline', value: 15 }],
    })
    expect(cumulative.readings[0]!.derived).toBeUndefined()
  })

  it('gives one reading, and its percent, when the data says the baseline does not count', () => {
    const added = readings('does-not-count', 3, 'new')
    expect(added).toMatchObject({
      percent: 0.15,
      readings: [{ basis: 'excluding-baseline', value: 3 }],
    })
    expect(added.readings[0]!.derived).toBeUndefined()
    // A cumulative 15 less the 12: 3, derived.
    expect(readings('does-not-count', 15)).toMatchObject({
      percent: 0.15,
      readings: [
        { basis: 'excluding-baseline', value: 3, derived: { op: '-', left: 15, right: 12 } },
      ],
    })
  })

  it('gives both readings and no percent when the relation is not stated (or absent)', () => {
    for (const relation of ['not-stated', undefined] as const) {
      expect(readings(relation, 15)).toMatchObject({
        percent: null,
        readings: [
          { basis: 'excluding-baseline', value: 3, derived: { op: '-', left: 15, right: 12 } },
          { basis: 'including-baseline', value: 15 },
        ],
      })
    }
  })

  it('counts a cumulative value as cumulative by default, never below zero without the baseline', () => {
    expect(readings('not-stated', 10).readings.map((r) => r.value)).toEqual([0, 10])
  })

  it('reads a value as reported when there is no baseline', () => {
    expect(assess(plain, [valued(21)], '2024-06-01').progress).toMatchObject({
      percent: 1.05,
      readings: [{ basis: 'as-reported', value: 21, met: true }],
    })
  })

  it('has no progress without a like-for-like value, and none for promises', () => {
    const related = update({ value: 231, comparability: 'related-metric' })
    expect(assess(target, [related], '2024-06-01').progress).toBeNull()
    const promise = byId<'promise'>('adopt-all')
    expect(assess(promise, [], '2024-06-01').progress).toBeNull()
  })
})

describe('assess: reported results', () => {
  it('have no status, progress, deadline, freshness or open days, but keep their evidence', () => {
    const result = byId<'result'>('key-labs-9')
    const a = assess(result, shippedUpdates, '2025-06-01', LETTER)
    expect(a).toMatchObject({
      kind: 'result',
      status: null,
      progress: null,
      deadline: null,
      freshness: null,
      openDays: null,
      quote: 'found',
    })
    expect(a.evidence.map((u) => u.id)).toEqual([
      'km-153005-u-2024-key-labs',
      'km-153005-u-2023-key-labs',
    ])
    expect(a.latestEvidence).toMatchObject({
      comparability: 'context',
      caveat: { zh: expect.stringContaining('不能看作这9项的结果') },
    })
  })
})

describe('assess: freshness and open days', () => {
  it('counts from the newest evidence when there is some', () => {
    const a = assess(target, [valued(3)], '2024-06-01', { date: '2023-06-19' })
    expect(a.freshness).toEqual({ since: '2024-02-22', basis: 'evidence', days: 100, quiet: false })
  })

  it('counts from the letter when there is no evidence, for every open commitment alike', () => {
    const a = assess(target, [], '2024-06-01', { date: '2023-06-19' })
    expect(a.freshness).toEqual({ since: '2023-06-19', basis: 'letter', days: 348, quiet: false })
    // Quiet is a fact beside the status, never a status: still not rated.
    const later = assess(target, [], '2025-06-01', { date: '2023-06-19' })
    expect(later.freshness).toMatchObject({ basis: 'letter', days: 713, quiet: true })
    expect(later.status?.status).toBe('not-rated')
  })

  it('is quiet after more than a year exactly', () => {
    const at = (asOf: string) => assess(target, [], asOf, { date: '2023-01-01' }).freshness!
    expect(QUIET_AFTER_DAYS).toBe(365)
    expect(at('2024-01-01')).toMatchObject({ days: 365, quiet: false })
    expect(at('2024-01-02')).toMatchObject({ days: 366, quiet: true })
  })

  it('has nothing to say without a date to count from, or for a closed commitment', () => {
    expect(assess(target, [], '2024-06-01').freshness).toBeNull()
    const kept = assess(plain, [valued(25)], '2024-06-01', { date: '2023-06-19' })
    expect(kept.status?.status).toBe('kept')
    expect(kept.freshness).toBeNull()
    expect(kept.openDays).toBeNull()
  })

  it('says how long an open commitment without a deadline has been open since the letter', () => {
    const gap = byId<'target'>('gap-5334')
    expect(assess(gap, shippedUpdates, '2026-06-19', LETTER).openDays).toBe(1096)
    // A stated deadline has its own light; open days are for "no deadline" only.
    const dated: Target = { ...target, deadline: { type: 'year', year: 2025 } }
    expect(assess(dated, [], '2024-06-01', { date: '2023-06-19' }).openDays).toBeNull()
    // Without the letter's date there is nothing to count from.
    expect(assess(gap, [], '2026-06-19').openDays).toBeNull()
  })
})

describe('assess: whether the quote stands in the letter', () => {
  const gap = byId<'target'>('gap-5334')

  it('is found when the words occur verbatim in the letter', () => {
    expect(assess(gap, [], '2024-06-01', LETTER).quote).toBe('found')
  })

  it('is not found for a hand edit the letter does not say, or words across a line break', () => {
    const edited = { ...gap, quote: '确保市级第二批一体化项目缺口资金5334万元已于2023年全部拨付' }
    expect(assess(edited, [], '2024-06-01', LETTER).quote).toBe('not-found')
    const split = { ...gap, quote: '纳入资金预算管理。\n' }
    expect(assess(split, [], '2024-06-01', LETTER).quote).toBe('not-found')
  })

  it('is unchecked until the letter’s text is there, never claimed either way', () => {
    expect(assess(gap, [], '2024-06-01', { date: LETTER.date }).quote).toBe('unchecked')
  })
})

describe('assess: the latest evidence and what it is worth', () => {
  it('carries the comparability and the data’s own caveat of a related metric', () => {
    const a = assess(byId<'forecast'>('patents-60'), shippedUpdates, '2025-06-01', LETTER)
    expect(a.latestComparable).toBeUndefined()
    expect(a.latestEvidence).toMatchObject({
      update: { id: 'km-153005-u-2024-ip-applications', value: 231 },
      comparability: 'related-metric',
      caveat: {
        zh: expect.stringContaining('“各类知识产权”包括发明专利以外的类型'),
        en: expect.any(String),
      },
    })
    expect(a.latestRelated).toEqual(a.latestEvidence)
    expect(a.status).toMatchObject({
      status: 'not-rated',
      reason: { code: 'no-comparable-evidence' },
    })
  })

  it('has no caveat for a same-metric item, and keeps the older related item beside it', () => {
    const related = update({
      id: 'r',
      value: 231,
      comparability: 'related-metric',
      asOf: '2023-06-30',
      source: { title: 'src', date: '2023-07-10' },
      note: '口径不同',
      noteEn: 'a different measure',
    })
    const a = assess(target, [related, valued(3)], '2024-06-01')
    expect(a.latestEvidence).toMatchObject({ update: { id: 'u' }, comparability: 'same-metric' })
    expect(a.latestEvidence!.caveat).toBeNull()
    expect(a.latestRelated).toMatchObject({
      update: { id: 'r' },
      caveat: { zh: '口径不同', en: 'a different measure' },
    })
  })

  it('reads only the commitment’s own evidence published by the as-of date', () => {
    const other = update({ id: 'o', commitmentId: 'x', value: 99 })
    const late = update({ id: 'l', value: 30, source: { title: 'src', date: '2024-07-01' } })
    const a = assess(target, [other, late, valued(3)], '2024-06-01')
    expect(a.evidence.map((u) => u.id)).toEqual(['u'])
    expect(a.latestComparable?.value).toBe(3)
    expect(a.newestEvidenceDate).toBe('2024-02-22')
    expect(assess(target, [], '2024-06-01')).toMatchObject({
      latestEvidence: null,
      latestRelated: null,
      newestEvidenceDate: null,
    })
  })

  it('gives the newest evidence date among assessments: the data’s own date', () => {
    const rows = shipped.map((c) => assess(c, shippedUpdates, '2024-06-01', LETTER))
    expect(newestEvidenceDate(rows)).toBe('2024-02-22')
    expect(newestEvidenceDate([])).toBeNull()
  })
})
