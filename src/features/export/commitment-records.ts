import { formatDate } from '../../domain/dates'
import { formatFigure } from '../../domain/figure-format'
import { localized, type Language } from '../../domain/language'
import type { CommitmentRow } from '../../lib/data/commitment-rows'
import type { CsvCell } from '../../lib/export/csv'
import { describeDeadline } from '../../lib/format/describe-deadline'
import { describeStatusReason } from '../../lib/format/describe-status'
import type { Translate } from '../../lib/i18n/translate'

/**
 * One commitment as exported: machine-readable codes (status, kind, category, light) beside the
 * words the reader saw, the verbatim quote, and the newest evidence published by the as-of date.
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
  status: string
  statusLabel: string
  statusReason: string
  deadline: string | null
  deadlineDue: string | null
  deadlineLight: string | null
  deadlineLightLabel: string | null
  figure: string | null
  figureAsWritten: string | null
  quote: string
  quoteEn: string | null
  evidenceCount: number
  latestEvidence: {
    published: string
    asOf: string
    summary: string
    value: number | null
    comparability: string
    source: { title: string; publisher: string | null; url: string | null; date: string }
  } | null
}

export function commitmentRecord(
  row: CommitmentRow,
  documentLabel: string,
  t: Translate,
  lang: Language,
): CommitmentRecord {
  const c = row.commitment
  const figure = 'figure' in c ? c.figure : undefined
  const latest = row.evidence[0]
  return {
    id: c.id,
    documentId: row.datasetId,
    document: documentLabel,
    section: c.section,
    title: localized(lang, c.title, c.titleEn),
    kind: c.kind,
    kindLabel: t(`kind.${c.kind}`),
    category: c.category,
    categoryLabel: t(`category.${c.category}`),
    status: row.status.status,
    statusLabel: t(`status.${row.status.status}`),
    statusReason: describeStatusReason(row.status.reason, t, lang),
    deadline: c.kind === 'result' ? null : describeDeadline(c.deadline, t, lang),
    deadlineDue: row.deadline?.due ?? null,
    deadlineLight: row.deadline?.light ?? null,
    deadlineLightLabel: row.deadline ? t(`light.${row.deadline.light}`) : null,
    figure: figure ? formatFigure(figure, lang) : null,
    figureAsWritten: figure?.asWritten ?? null,
    quote: c.quote,
    quoteEn: c.quoteEn ?? null,
    evidenceCount: row.evidence.length,
    latestEvidence: latest
      ? {
          published: latest.source.date,
          asOf: latest.asOf,
          summary: localized(lang, latest.summary, latest.summaryEn),
          value: latest.value ?? null,
          comparability: latest.comparability,
          source: {
            title: localized(lang, latest.source.title, latest.source.titleEn),
            publisher: latest.source.publisher
              ? localized(lang, latest.source.publisher, latest.source.publisherEn)
              : null,
            url: latest.source.url ?? null,
            date: latest.source.date,
          },
        }
      : null,
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
    t('export.column.deadline'),
    t('export.column.light'),
    t('export.column.figure'),
    t('export.column.quote'),
    t('export.column.evidenceDate'),
    t('export.column.evidence'),
    t('export.column.evidenceSource'),
    t('export.column.evidenceUrl'),
  ]
}

export function commitmentCsvRow(record: CommitmentRecord, lang: Language): CsvCell[] {
  const evidence = record.latestEvidence
  return [
    record.id,
    record.document,
    record.section,
    record.title,
    record.kindLabel,
    record.categoryLabel,
    record.statusLabel,
    record.statusReason,
    record.deadline ?? '',
    record.deadlineLightLabel ?? '',
    record.figure ? `${record.figure}(${record.figureAsWritten ?? ''})` : '',
    record.quote,
    evidence ? formatDate(evidence.published, lang) : '',
    evidence?.summary ?? '',
    evidence ? [evidence.source.title, evidence.source.publisher].filter(Boolean).join(' · ') : '',
    evidence?.source.url ?? '',
  ]
}
