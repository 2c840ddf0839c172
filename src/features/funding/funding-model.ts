import { datasetsByBody } from '../../lib/data/datasets-by-body'
import { formatPartialDate } from '../../domain/dates'
import { withComparator } from '../../domain/figure-format'
import type { FundingContext } from '../../domain/funding'
import { localized, type Language } from '../../domain/language'
import { formatYuan, formatYuanExact } from '../../domain/money'
import type { Commitment } from '../../domain/schema/commitment'
import type { FundingLine, FundSource } from '../../domain/schema/funding'
import type { Comparator } from '../../domain/schema/primitives'
import type { ProgressUpdate } from '../../domain/schema/update'
import type { Dataset } from '../../lib/data/assemble'
import type { Dashboard } from '../../lib/data/use-dashboard'
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

/**
 * One responding body's money: the letters it answered that carry funding lines, and a model of
 * those lines only. The funding page draws one section per body and never adds two bodies'
 * amounts together: a township's 20万元 and a province's 3亿元 are not one budget.
 */
export interface FundingBody {
  /** The body's first letter's dataset id: stable, and valid in a widget id. */
  key: string
  /** `document.respondent.name`; null when the letter's document file could not be read. */
  name: string | null
  nameEn?: string
  datasets: Dataset[]
  model: FundingModel
}

/**
 * The visible letters' money grouped by responding body (`document.respondent.name`, as
 * written), bodies in the order their first letter comes. Letters without funding lines are left
 * out; so is a body with none.
 */
export function fundingBodies(visible: readonly Dataset[], asOf: string): FundingBody[] {
  const withMoney = visible.filter((dataset) => dataset.funding.length > 0)
  return datasetsByBody(withMoney).map((body) => ({
    ...body,
    model: buildFundingModel(body.datasets, asOf),
  }))
}

export interface BodyChartIds {
  stages: string
  split: string
}

/**
 * The ids of one body's charts: the view's own widget ids when it is the only body (so a copied
 * embed code and every existing link mean what they meant), else `<widget>-<body key>`.
 */
export function bodyChartIds(body: FundingBody, only: boolean): BodyChartIds {
  return {
    stages: only ? 'funding-stages' : `funding-stages-${body.key}`,
    split: only ? 'funding-split' : `funding-split-${body.key}`,
  }
}

/** The body's name in the reader's language, or what is known when it is not. */
export function bodyName(body: FundingBody, t: Translate, lang: Language): string {
  return body.name === null ? t('funding.body.unknown') : localized(lang, body.name, body.nameEn)
}

/**
 * Whose money a line is, in words: a named special fund by its name ("专项资金:车购税资金"), and
 * self-raised money always said to be the applicant's own, never the government's.
 */
export function lineSourceLabel(line: FundingLine, t: Translate, lang: Language): string {
  if (line.fundSource === 'special-fund' && line.fundName) {
    return t('funding.source.specialFundNamed', {
      name: localized(lang, line.fundName, line.fundNameEn),
    })
  }
  return sourceLabel(line.fundSource, t)
}

export function sourceLabel(source: FundSource, t: Translate): string {
  return t(`funding.source.${source}`)
}

/** "不少于 3亿元" · "1.87亿元": the rounded figure, read literally with its comparator in words. */
export function formatAmount(
  amount: number,
  comparator: Comparator | null,
  lang: Language,
): string {
  return withComparator(formatYuan(amount, lang), comparator, lang)
}

/** The exact figure of a computed sum, in the unit documents use ("不少于 35334万元"). */
export function formatAmountExact(
  amount: number,
  comparator: Comparator | null,
  lang: Language,
): string {
  return withComparator(formatYuanExact(amount, lang), comparator, lang)
}

/**
 * A date for reading, or "date unclear" when the source does not give one. Baselines may be a
 * year or a month ("2023", "2023-06"), read as written.
 */
export function formatEntryDate(
  date: string,
  dateStated: boolean,
  t: Translate,
  lang: Language,
): string {
  return dateStated && date ? formatPartialDate(date, lang) : t('funding.dateUnknown')
}

/** The list separator of the reader's language. */
export function joinList(items: readonly string[], lang: Language): string {
  return items.join(lang === 'en' ? ', ' : '、')
}

export function joinSum(items: readonly string[]): string {
  return items.join(' + ')
}

/**
 * The widgets look things up in one model of the visible letters, and in its bodies. Kept per
 * visible array (the dashboard keeps that array per data and day), so a re-render hands the
 * sections the same model and their memos hold; weak, so dropped data takes its model with it.
 */
const models = new WeakMap<readonly Dataset[], FundingModel>()
const bodies = new WeakMap<readonly Dataset[], { asOf: string; bodies: FundingBody[] }>()

export function viewModel(data: Pick<Dashboard, 'visible' | 'asOf'>): FundingModel {
  const cached = models.get(data.visible)
  if (cached?.asOf === data.asOf) return cached
  const model = buildFundingModel(data.visible, data.asOf)
  models.set(data.visible, model)
  return model
}

export function viewBodies(data: Pick<Dashboard, 'visible' | 'asOf'>): FundingBody[] {
  const cached = bodies.get(data.visible)
  if (cached?.asOf === data.asOf) return cached.bodies
  const grouped = fundingBodies(data.visible, data.asOf)
  bodies.set(data.visible, { asOf: data.asOf, bodies: grouped })
  return grouped
}
