import { deadlineOf, isMeasured } from '../../domain/commitment-kinds'
import { describeNoEvidence } from '../../lib/format/describe-assessment'
import type { QualifiedEvidence } from '../../domain/assessment/assess'
import type { ReadingBasis } from '../../domain/assessment/readings'
import { formatDate } from '../../domain/dates'
import { localized, type Language } from '../../domain/language'
import type { CommitmentRow } from '../../lib/data/commitment-rows'
import { comparableBehindProgress } from '../../lib/export/comparable-evidence'
import type { CsvCell } from '../../lib/export/csv'
import { describeFigure } from '../../lib/export/describe-figure'
import type { ViewDates } from '../../lib/export/view-dates'
import {
  describeCaveat,
  describeComparability,
  describeDerivation,
  describeEvidenceSource,
  describeFreshness,
  describeKind,
  describeProgress,
  describeQuoteCheck,
  describeReading,
  describeTwoReadingsWhy,
} from '../../lib/format/describe-assessment'
import { describeDeadline } from '../../lib/format/describe-deadline'
import { describeStatusReason } from '../../lib/format/describe-status'
import type { Translate } from '../../lib/i18n/translate'

/**
 * One commitment as exported: machine-readable codes (status, kind, category, light, basis,
 * comparability) beside the words the reader saw on the screen, made by the same describe*
 * functions, so a spreadsheet says exactly what the list, the report and the embeds say.
 */
export interface CommitmentRecord {
  id: string
  documentId: string
  document: string
  section: string
  title: string
  kind: string
  kindLabel: string
  category: string
  categoryLabel: string
  /** Null for reported results: they are not promises and have no status anywhere. */
  status: string | null
  statusLabel: string | null
  statusReason: string | null
  deadline: string | null
  deadlineDue: string | null
  deadlineLight: string | null
  deadlineLightLabel: string | null
  /** Open with no deadline stated: days since the letter, and the words for it. */
  openDays: number | null
  openDaysText: string | null
  figure: {
    comparator: string
    value: number
    unit: string
    /** For a unit of measure: its name as the letter writes it (公里, 平方米). */
    unitName: string | null
    /** In words ("不少于 20 个省市一体化项目"), never "≥ 20". */
    text: string
    asWritten: string
  } | null
  /** What it waits on, in the letter's words; null when it states no condition. */
  condition: string | null
  /** Who carries it out, when the letter names a body other than the respondent. */
  implementer: string | null
  /** A declined request: the reason the letter gives. */
  declinedReason: string | null
  /** Targets and forecasts: the progress line as shown, or that there is no like-for-like value. */
  progress: string | null
  /** Every reading with its basis; two when the letter does not say whether a baseline counts. */
  readings: ExportedReading[]
  /** Why there are two readings and no single percent; null with one or none. */
  readingsWhy: string | null
  /** A percent only when there is exactly one reading. */
  percent: number | null
  /** How long an open commitment has gone without news (from its evidence or from the letter). */
  freshness: {
    since: string
    basis: string
    days: number
    quiet: boolean
    text: string
  } | null
  quote: string
  quoteEn: string | null
  /** found · not-found · unchecked, and the words the surfaces show above the quote. */
  quoteCheck: string
  quoteCheckText: string
  evidenceCount: number
  /** The comparability label of the latest evidence, or that none is published. */
  evidenceLabel: string
  latestEvidence: ExportedEvidence | null
  /** The like-for-like evidence the progress is read from, when the latest is something else. */
  comparableEvidence: ExportedEvidence | null
  newestEvidenceDate: string | null
}

export interface ExportedReading {
  basis: ReadingBasis
  basisLabel: string
  value: number
  fraction: number
  met: boolean
  /** The reading in words, with its arithmetic when the figure is derived. */
  text: string
  /** "推算值,原文未写明:12加3" when the letter does not state this figure; else null. */
  derived: string | null
}

export interface ExportedEvidence {
  published: string
  asOf: string
  summary: string
  value: number | null
  comparability: string
  comparabilityLabel: string
  /** Always present for a related metric or context; null for like-for-like evidence. */
  caveat: string | null
  source: {
    title: string
    publisher: string | null
    url: string | null
    date: string
    text: string
  }
}

export function commitmentRecord(
  row: CommitmentRow,
  documentLabel: string,
  t: Translate,
  lang: Language,
): CommitmentRecord {
  const c = row.commitment
  const figure = 'figure' in c ? c.figure : undefined
  const measured = isMeasured(c)
  const stated = deadlineOf(c)
  const progress = row.progress
  const comparable = comparableBehindProgress(row)
  return {
    id: c.id,
    documentId: row.datasetId,
    document: documentLabel,
    section: c.section,
    title: localized(lang, c.title, c.titleEn),
    kind: c.kind,
    kindLabel: describeKind(row, t),
    category: c.category,
    categoryLabel: t(`category.${c.category}`),
    status: row.status?.status ?? null,
    statusLabel: row.status ? t(`status.${row.status.status}`) : null,
    statusReason: row.status ? describeStatusReason(row.status.reason, t, lang) : null,
    deadline: stated ? describeDeadline(stated, t, lang) : null,
    deadlineDue: row.deadline?.due ?? null,
    deadlineLight: row.deadline?.light ?? null,
    deadlineLightLabel: row.deadline ? t(`light.${row.deadline.light}`) : null,
    openDays: row.openDays,
    openDaysText: row.openDays === null ? null : t('assessment.openDays', { days: row.openDays }),
    figure: figure
      ? {
          comparator: figure.comparator,
          value: figure.value,
          unit: figure.unit,
          unitName: figure.unitName ?? null,
          text: describeFigure(figure, t, lang),
          asWritten: figure.asWritten,
        }
      : null,
    condition: c.condition ? localized(lang, c.condition, c.conditionEn) : null,
    implementer: c.implementer ? localized(lang, c.implementer.name, c.implementer.nameEn) : null,
    declinedReason: c.kind === 'declined' ? localized(lang, c.reason, c.reasonEn) : null,
    progress: measured ? (describeProgress(row, t, lang) ?? t('assessment.progress.none')) : null,
    readings: progress
      ? progress.readings.map((reading) => ({
          basis: reading.basis,
          basisLabel: t(`export.basis.${reading.basis}`),
          value: reading.value,
          fraction: reading.fraction,
          met: reading.met,
          text: describeReading(reading, progress, c, t, lang),
          derived: reading.derived ? describeDerivation(reading, progress.target, t, lang) : null,
        }))
      : [],
    readingsWhy: describeTwoReadingsWhy(row, t, lang),
    percent: progress?.percent ?? null,
    freshness: row.freshness
      ? { ...row.freshness, text: describeFreshness(row.freshness, t, lang) }
      : null,
    quote: c.quote,
    quoteEn: c.quoteEn ?? null,
    quoteCheck: row.quote,
    quoteCheckText: describeQuoteCheck(row, t),
    evidenceCount: row.evidence.length,
    evidenceLabel: row.latestEvidence
      ? describeComparability(row.latestEvidence, t)
      : describeNoEvidence(row, t),
    latestEvidence: row.latestEvidence ? exportEvidence(row.latestEvidence, t, lang) : null,
    comparableEvidence: comparable ? exportEvidence(comparable, t, lang) : null,
    newestEvidenceDate: row.newestEvidenceDate,
  }
}

function exportEvidence(e: QualifiedEvidence, t: Translate, lang: Language): ExportedEvidence {
  const { update } = e
  const s = update.source
  return {
    published: s.date,
    asOf: update.asOf,
    summary: localized(lang, update.summary, update.summaryEn),
    value: update.value ?? null,
    comparability: e.comparability,
    comparabilityLabel: describeComparability(e, t),
    caveat: describeCaveat(e, t, lang),
    source: {
      title: localized(lang, s.title, s.titleEn),
      publisher: s.publisher ? localized(lang, s.publisher, s.publisherEn) : null,
      url: s.url ?? null,
      date: s.date,
      text: describeEvidenceSource(e, lang),
    },
  }
}

/** The spreadsheet's columns, in the reader's language. */
export function commitmentCsvHeader(t: Translate): string[] {
  return [
    t('export.column.id'),
    t('export.column.document'),
    t('export.column.section'),
    t('export.column.title'),
    t('export.column.kind'),
    t('export.column.category'),
    t('export.column.status'),
    t('export.column.statusReason'),
    t('export.column.progress'),
    t('export.column.readings'),
    t('export.column.readingsWhy'),
    t('export.column.deadline'),
    t('export.column.light'),
    t('export.column.openDays'),
    t('export.column.freshness'),
    t('export.column.figure'),
    t('export.column.quote'),
    t('export.column.quoteCheck'),
    t('export.column.evidenceLabel'),
    t('export.column.evidenceDate'),
    t('export.column.evidence'),
    t('export.column.caveat'),
    t('export.column.evidenceSource'),
    t('export.column.evidenceUrl'),
    t('export.column.viewDate'),
    t('export.column.newestEvidence'),
  ]
}

/**
 * One row of the spreadsheet. Every cell is words a reader can take at face value: the status is
 * empty for a reported result (its kind says what it is), a related metric's caveat sits beside
 * it, and each row carries both dates, since a spreadsheet row is often read on its own.
 */
export function commitmentCsvRow(
  record: CommitmentRecord,
  dates: ViewDates,
  lang: Language,
): CsvCell[] {
  const evidence = record.latestEvidence
  return [
    record.id,
    record.document,
    record.section,
    record.title,
    record.kindLabel,
    record.categoryLabel,
    record.statusLabel ?? '',
    record.statusReason ?? '',
    record.progress ?? '',
    record.readings.map((r) => r.text).join(lang === 'en' ? '; ' : ';'),
    record.readingsWhy ?? '',
    record.deadline ?? '',
    record.deadlineLightLabel ?? '',
    record.openDaysText ?? '',
    record.freshness?.text ?? '',
    record.figure ? `${record.figure.text}(${record.figure.asWritten})` : '',
    record.quote,
    record.quoteCheckText,
    record.evidenceLabel,
    evidence ? formatDate(evidence.published, lang) : '',
    evidence?.summary ?? '',
    evidence?.caveat ?? '',
    evidence?.source.text ?? '',
    evidence?.source.url ?? '',
    dates.asOfText,
    dates.newestEvidenceText,
  ]
}
