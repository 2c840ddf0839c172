import type { FundingEntry, FundingLine, FundingStage, FundSource } from './schema/funding'
import type { Comparator } from './schema/primitives'
import { compareIso } from './compare-iso'

/**
 * Pure funding arithmetic. Every entry states how much money stood at one stage on one date (a
 * level, "when the amount held", not an increment), so the newest entry of a stage supersedes the
 * older ones and a disbursement series is already cumulative. Nothing here invents a figure:
 * missing stages stay missing, a derived remainder is flagged `derived`, and "no payment evidence"
 * is a state of its own, never 0.
 */

/** The life of money, in order: promised, approved or obtained, paid out. */
export const FUNDING_STAGES = [
  'pledged',
  'allocated',
  'disbursed',
] as const satisfies readonly FundingStage[]

/**
 * Stated beside that life, never part of it: what something would cost or needs ("经测算需投入资金
 * 20万元") and what the source says is not yet covered ("尚有缺口200万元"). Nobody promised or paid
 * these, so they are shown apart and never added to a stage of FUNDING_STAGES.
 */
export const STATED_NEED_STAGES = ['needed', 'unfunded'] as const satisfies readonly FundingStage[]

/** Every stage, each kept on its own: totals and splits never mix two stages. */
export const ALL_FUNDING_STAGES = [
  ...FUNDING_STAGES,
  ...STATED_NEED_STAGES,
] as const satisfies readonly FundingStage[]

/** In the order tables list them: government tiers top down, then the rest. */
export const FUND_SOURCES = [
  'central',
  'provincial',
  'municipal',
  'province-and-city',
  'county',
  'township',
  'special-fund',
  'self-raised',
  'other',
  'unspecified',
] as const satisfies readonly FundSource[]

/** Sources that name one payer: the rest of such a total is the same payer's money. */
const SINGLE_PAYER_SOURCES: readonly FundSource[] = [
  'central',
  'provincial',
  'municipal',
  'county',
  'township',
  'self-raised',
]

/** The document dates that stand in for an entry's unknown `asOf`, by document id. */
export interface FundingContext {
  documentDates: Readonly<Record<string, string | undefined>>
  /** Entries dated later are ignored (time travel filters them already; this is a safety net). */
  asOf?: string
}

/** An entry with the date it is ordered by. */
export interface DatedEntry {
  entry: FundingEntry
  /** `entry.asOf`, or the document's date when the source leaves it unclear ('' if unknown too). */
  date: string
  /** False when `date` stands in for an unclear `asOf`: the UI must say "date unclear". */
  dateStated: boolean
}

export type StageAmounts = Partial<Record<FundingStage, DatedEntry>>

export function datedEntries(line: FundingLine, context: FundingContext): DatedEntry[] {
  const documentDate = context.documentDates[line.documentId] ?? ''
  return line.entries
    .map((entry) => ({
      entry,
      date: entry.asOf ?? documentDate,
      dateStated: entry.asOf !== null,
    }))
    .filter(({ date }) => context.asOf === undefined || date <= context.asOf)
}

/**
 * The newest amount of each stage of a line. Ties keep the later entry in the file, which is
 * where a correction is appended.
 */
export function latestStageAmounts(line: FundingLine, context: FundingContext): StageAmounts {
  const latest: StageAmounts = {}
  for (const dated of datedEntries(line, context)) {
    const current = latest[dated.entry.stage]
    if (!current || dated.date >= current.date) latest[dated.entry.stage] = dated
  }
  return latest
}

// ---------------------------------------------------------------- comparators of sums

const LOWER: readonly Comparator[] = ['>=', '>']
const UPPER: readonly Comparator[] = ['<=', '<']
const NEGATED: Record<Comparator, Comparator> = {
  '>=': '<=',
  '>': '<',
  '=': '=',
  '<=': '>=',
  '<': '>',
}

/**
 * What a sum says when its parts are bounds: "= a" + "≥ b" is "≥ a+b"; a lower bound plus an
 * upper bound bounds nothing (null).
 */
export function addComparators(a: Comparator | null, b: Comparator | null): Comparator | null {
  if (a === null || b === null) return null
  if (a === '=') return b
  if (b === '=') return a
  for (const group of [LOWER, UPPER]) {
    if (group.includes(a) && group.includes(b)) return a === b ? a : group[1]!
  }
  return null
}

/** total − part: subtracting "at least" a part leaves "at most" the rest. */
export function subtractComparators(
  total: Comparator | null,
  part: Comparator | null,
): Comparator | null {
  return addComparators(total, part === null ? null : NEGATED[part])
}

// ---------------------------------------------------------------- "of which" splits

export interface SplitPart {
  line: FundingLine
  dated: DatedEntry
}

export type OfWhichSplit =
  | {
      state: 'split'
      stage: FundingStage
      total: DatedEntry
      /** The shares the source states, in file order. */
      parts: SplitPart[]
      /** Part lines that state nothing at this stage: their share is inside the remainder. */
      partsWithoutStage: FundingLine[]
      remainder: {
        amount: number
        comparator: Comparator | null
        /** Always true: the source does not state it, it is the total minus the stated parts. */
        derived: true
        /** Whose money the rest is, when that follows from the total and the parts; else null. */
        fundSource: FundSource | null
      }
    }
  | {
      state: 'inconsistent'
      stage: FundingStage
      total: DatedEntry
      parts: SplitPart[]
      partsSum: number
      /** How much the stated parts exceed the total by. */
      excess: number
    }

/** The lines that say they are a share of `parent` (directly). */
export function partsOf(parent: FundingLine, lines: readonly FundingLine[]): FundingLine[] {
  return lines.filter((line) => line.partOf === parent.id)
}

/**
 * For a line with stated shares ("18700万元,其中省级9350万元"): per stage of the total, the stated
 * shares and the rest, derived as total − shares at the same stage. The rest is never negative:
 * shares larger than the total are reported as an inconsistency.
 */
export function ofWhichSplits(
  parent: FundingLine,
  lines: readonly FundingLine[],
  context: FundingContext,
): OfWhichSplit[] {
  const children = partsOf(parent, lines)
  if (children.length === 0) return []
  const totals = latestStageAmounts(parent, context)
  const splits: OfWhichSplit[] = []
  for (const stage of ALL_FUNDING_STAGES) {
    const total = totals[stage]
    if (!total) continue
    const parts: SplitPart[] = []
    const partsWithoutStage: FundingLine[] = []
    for (const child of children) {
      const dated = latestStageAmounts(child, context)[stage]
      if (dated) parts.push({ line: child, dated })
      else partsWithoutStage.push(child)
    }
    if (parts.length === 0) continue
    const partsSum = parts.reduce((sum, part) => sum + part.dated.entry.amount, 0)
    if (partsSum > total.entry.amount) {
      splits.push({
        state: 'inconsistent',
        stage,
        total,
        parts,
        partsSum,
        excess: partsSum - total.entry.amount,
      })
      continue
    }
    const comparator = parts.reduce<Comparator | null>(
      (acc, part) => subtractComparators(acc, part.dated.entry.comparator),
      total.entry.comparator,
    )
    splits.push({
      state: 'split',
      stage,
      total,
      parts,
      partsWithoutStage,
      remainder: {
        amount: total.entry.amount - partsSum,
        comparator,
        derived: true,
        fundSource: remainderSource(parent, parts, partsWithoutStage),
      },
    })
  }
  return splits
}

/**
 * A joint provincial-and-city total minus its provincial shares is the city's money (and the other
 * way round); with a single-payer total the rest is that payer's. Anything else (a named fund,
 * another source, an unstated one) is not inferred.
 */
function remainderSource(
  parent: FundingLine,
  parts: readonly SplitPart[],
  partsWithoutStage: readonly FundingLine[],
): FundSource | null {
  if (partsWithoutStage.length > 0) return null
  const sources = new Set(parts.map((part) => part.line.fundSource))
  if (parent.fundSource === 'province-and-city') {
    if (sources.size === 1 && sources.has('provincial')) return 'municipal'
    if (sources.size === 1 && sources.has('municipal')) return 'provincial'
    return null
  }
  return SINGLE_PAYER_SOURCES.includes(parent.fundSource) ? parent.fundSource : null
}

// ---------------------------------------------------------------- totals

export interface StageTotal {
  amount: number
  /** '=' when every figure is exact, '>=' when some are "at least", null when bounds conflict. */
  comparator: Comparator | null
  /** The source figures added up, so each can be shown exactly as written. */
  items: Array<{ line: FundingLine; dated: DatedEntry }>
}

export type StageTotals = Partial<Record<FundingStage, StageTotal>>

export interface FundingTotals {
  byStage: StageTotals
  bySource: Partial<Record<FundSource, StageTotals>>
}

/**
 * Totals per stage, overall and per fund source. A share (`partOf`) is inside its parent, so it is
 * added only at a stage where no ancestor states an amount; otherwise it would be counted twice.
 * Each stage is its own total: a need or an unfunded remainder is never added to money pledged,
 * allocated or paid. Callers pass one responding body's lines: two bodies' money is never summed.
 */
export function fundingTotals(
  lines: readonly FundingLine[],
  context: FundingContext,
): FundingTotals {
  const byId = new Map(lines.map((line) => [line.id, line]))
  const latest = new Map(lines.map((line) => [line.id, latestStageAmounts(line, context)]))
  const totals: FundingTotals = { byStage: {}, bySource: {} }
  for (const line of lines) {
    for (const stage of ALL_FUNDING_STAGES) {
      const dated = latest.get(line.id)?.[stage]
      if (!dated || ancestorStates(line, stage, byId, latest)) continue
      const item = { line, dated }
      addTo(totals.byStage, stage, item)
      addTo((totals.bySource[line.fundSource] ??= {}), stage, item)
    }
  }
  return totals
}

function ancestorStates(
  line: FundingLine,
  stage: FundingStage,
  byId: ReadonlyMap<string, FundingLine>,
  latest: ReadonlyMap<string, StageAmounts>,
): boolean {
  const seen = new Set<string>([line.id])
  let parentId = line.partOf
  while (parentId !== undefined && !seen.has(parentId)) {
    const parent = byId.get(parentId)
    if (!parent) return false
    if (latest.get(parent.id)?.[stage]) return true
    seen.add(parentId)
    parentId = parent.partOf
  }
  return false
}

function addTo(
  totals: StageTotals,
  stage: FundingStage,
  item: { line: FundingLine; dated: DatedEntry },
) {
  const current = totals[stage]
  const { amount, comparator } = item.dated.entry
  totals[stage] = current
    ? {
        amount: current.amount + amount,
        comparator: addComparators(current.comparator, comparator),
        items: [...current.items, item],
      }
    : { amount, comparator, items: [item] }
}

// ---------------------------------------------------------------- closing a pledged gap

export interface ClosurePoint {
  date: string
  dateStated: boolean
  /** Paid out in total by `date` (entries are levels, so this is the entry's amount). */
  cumulative: number
  entry: FundingEntry
}

export type GapClosure =
  | { state: 'no-pledge' }
  /** Pledged, and nothing published says any of it was paid: unknown, never 0. */
  | { state: 'unknown'; pledged: DatedEntry }
  | {
      state: 'open' | 'closed'
      pledged: DatedEntry
      points: ClosurePoint[]
      disbursed: number
      /** Pledged minus paid, never below 0. */
      remaining: number
      /** Paid as a share of the pledge (0.6 = 60 %); not capped. */
      fraction: number
    }

/** Cumulative disbursements over time against the latest pledge of a line. */
export function gapClosure(line: FundingLine, context: FundingContext): GapClosure {
  const pledged = latestStageAmounts(line, context).pledged
  if (!pledged) return { state: 'no-pledge' }
  const points = datedEntries(line, context)
    .filter(({ entry }) => entry.stage === 'disbursed')
    .sort((a, b) => compareIso(a.date, b.date))
    .map(({ entry, date, dateStated }) => ({ date, dateStated, cumulative: entry.amount, entry }))
  const last = points.at(-1)
  if (!last) return { state: 'unknown', pledged }
  const target = pledged.entry.amount
  return {
    state: last.cumulative >= target ? 'closed' : 'open',
    pledged,
    points,
    disbursed: last.cumulative,
    remaining: Math.max(target - last.cumulative, 0),
    fraction: target === 0 ? 1 : last.cumulative / target,
  }
}
