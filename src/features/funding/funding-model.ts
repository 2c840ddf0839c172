import { formatDate } from '../../domain/dates'
import { comparatorSymbol } from '../../domain/figure-format'
import type { FundingContext } from '../../domain/funding'
import type { Language } from '../../domain/language'
import { formatYuan, formatYuanExact } from '../../domain/money'
import type { Commitment } from '../../domain/schema/commitment'
import type { FundingLine } from '../../domain/schema/funding'
import type { Comparator } from '../../domain/schema/primitives'
import type { ProgressUpdate } from '../../domain/schema/update'
import type { Dataset } from '../../lib/data/assemble'
import type { Translate } from '../../lib/i18n/translate'

/** Everything the funding widgets look things up in, built once from the visible datasets. */
export interface FundingModel {
  lines: FundingLine[]
  context: FundingContext
  commitments: ReadonlyMap<string, Commitment>
  updates: ReadonlyMap<string, ProgressUpdate>
  /** Each commitment's own dataset updates, for target progress. */
  updatesByDocument: ReadonlyMap<string, readonly ProgressUpdate[]>
  asOf: string
}

export function buildFundingModel(visible: readonly Dataset[], asOf: string): FundingModel {
  const documentDates: Record<string, string | undefined> = {}
  for (const dataset of visible) documentDates[dataset.entry.id] = dataset.document?.date
  return {
    lines: visible.flatMap((dataset) => dataset.funding),
    context: { documentDates, asOf },
    commitments: new Map(visible.flatMap((d) => d.commitments.map((c) => [c.id, c] as const))),
    updates: new Map(visible.flatMap((d) => d.updates.map((u) => [u.id, u] as const))),
    updatesByDocument: new Map(visible.map((d) => [d.entry.id, d.updates] as const)),
    asOf,
  }
}

/** "≥ 3亿元" · "1.87亿元": the rounded figure, read literally with its comparator. */
export function formatAmount(
  amount: number,
  comparator: Comparator | null,
  lang: Language,
): string {
  const prefix = comparator === null || comparator === '=' ? '' : `${comparatorSymbol(comparator)} `
  return `${prefix}${formatYuan(amount, lang)}`
}

/** The exact figure of a computed sum, in the unit documents use ("≥ 35334万元"). */
export function formatAmountExact(
  amount: number,
  comparator: Comparator | null,
  lang: Language,
): string {
  const prefix = comparator === null || comparator === '=' ? '' : `${comparatorSymbol(comparator)} `
  return `${prefix}${formatYuanExact(amount, lang)}`
}

/** A date for reading, or "date unclear" when the source does not give one. */
export function formatEntryDate(
  date: string,
  dateStated: boolean,
  t: Translate,
  lang: Language,
): string {
  return dateStated && date ? formatDate(date, lang) : t('funding.dateUnknown')
}

/** The list separator of the reader's language. */
export function joinList(items: readonly string[], lang: Language): string {
  return items.join(lang === 'en' ? ', ' : '、')
}

export function joinSum(items: readonly string[]): string {
  return items.join(' + ')
}
