import { publishedBy } from '../../domain/dates'
import { formatDate } from '../../domain/dates'
import type { Language } from '../../domain/language'
import type { Dataset } from '../data/assemble'
import type { Translate } from '../i18n/translate'

/**
 * The two dates every page, embed, export and print states, never one for the other: the view
 * date (`?asOf=`, the day the view shows) and the newest evidence published by then (the data's
 * own date). "数据截至 <view date>" would claim the data is as fresh as the day one looks at it.
 */
export interface ViewDates {
  asOf: string
  newestEvidence: string | null
  /** 查看日期 2025年6月30日 */
  asOfText: string
  /** 最新证据发布于 2025年2月20日, or that nothing was published by the view date. */
  newestEvidenceText: string
  /** Both, in one line (PNG captions, CSV). */
  line: string
}

export function describeViewDates(
  asOf: string,
  newestEvidence: string | null,
  t: Translate,
  lang: Language,
): ViewDates {
  const asOfText = t('assessment.dates.asOf', { date: formatDate(asOf, lang) })
  const newestEvidenceText = newestEvidence
    ? t('assessment.dates.newestEvidence', { date: formatDate(newestEvidence, lang) })
    : t('assessment.dates.noEvidence')
  return {
    asOf,
    newestEvidence,
    asOfText,
    newestEvidenceText,
    line: `${asOfText} · ${newestEvidenceText}`,
  }
}

/**
 * The newest evidence published by `asOf` in the letters a view shows (narrowed to `doc` like
 * every view; an unknown `doc` shows all): the same date as useDashboard's `newestEvidence`,
 * for places that have the loaded data but no rows (a chart's PNG caption), without assessing
 * every commitment to get it.
 */
export function newestEvidenceShown(
  datasets: readonly Dataset[],
  asOf: string,
  doc: string | null,
): string | null {
  const known = datasets.filter((d) => !d.document || publishedBy(d.document, asOf))
  const narrowed = doc ? known.filter((d) => d.entry.id === doc) : []
  let newest: string | null = null
  for (const dataset of narrowed.length > 0 ? narrowed : known) {
    const ids = new Set(dataset.commitments.map((c) => c.id))
    for (const update of dataset.updates) {
      const date = update.source.date
      if (date <= asOf && ids.has(update.commitmentId) && (newest === null || date > newest))
        newest = date
    }
  }
  return newest
}
