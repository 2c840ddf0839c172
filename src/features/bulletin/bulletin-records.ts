import type { Bulletin, BulletinRow, DeadlineItem } from '../../domain/bulletin/bulletin'
import { localized, type Language } from '../../domain/language'
import {
  describeCaveat,
  describeComparability,
  describeEvidenceSource,
  describeKind,
  describeNoEvidence,
} from '../../lib/format/describe-assessment'
import { describeChange, describeEntryByline } from '../../lib/format/describe-change-log'
import { describeDocumentDate } from '../../lib/format/describe-document'
import { describeStatusReason } from '../../lib/format/describe-status'
import type { Status } from '../../domain/status'
import type { ChangeLogReading } from '../../lib/data/use-change-logs'
import type { Translate } from '../../lib/i18n/translate'
import {
  commitmentTitle,
  concernedTitle,
  describeLineReason,
  describeUnreadChangeLog,
  describeDue,
  describeDueDistance,
  describeMoney,
  describeMoneyDate,
  describePreviousMoney,
  fundingLineLabel,
  letterName,
} from './bulletin-words'

/** The bulletin's sections as they are named in a CSV's first column. */
export type RecordKind =
  | 'evidence'
  | 'status'
  | 'new-letter'
  | 'overdue'
  | 'upcoming'
  | 'money'
  | 'no-evidence'
  | 'unreadable'
  | 'change-log'

/** One line of the bulletin, in the screen's words: a CSV row, and an item of the JSON. */
export interface BulletinRecord {
  kind: RecordKind
  letter: string
  commitmentId: string | null
  commitment: string | null
  /** ISO: the evidence's publication, the deadline's last day, the money's date, the record's day. */
  date: string | null
  what: string
  comparability: string | null
  note: string | null
  source: string | null
}

export function bulletinRecords(
  b: Bulletin,
  t: Translate,
  lang: Language,
  changeLogs: readonly ChangeLogReading[] = [],
): BulletinRecord[] {
  const about = (row: BulletinRow) => ({
    letter: letterName(row, t, lang),
    commitmentId: row.commitment.id,
    commitment: commitmentTitle(row.commitment, lang),
  })
  const status = (s: { status: Status }) => t(`status.${s.status}`)
  // A deadline that fell due in the period and one coming up read the same way.
  const deadlineRecord = (kind: 'overdue' | 'upcoming', item: DeadlineItem): BulletinRecord => ({
    kind,
    ...about(item.row),
    date: item.deadline.due,
    what: `${describeDue(item, t, lang)} · ${describeDueDistance(item, b.period.to, t, lang)}`,
    comparability: null,
    note: item.row.status ? status(item.row.status) : null,
    source: null,
  })
  return [
    ...b.evidence.map(({ row, evidence }): BulletinRecord => {
      const { update } = evidence
      const source = describeEvidenceSource(evidence, lang)
      return {
        kind: 'evidence',
        ...about(row),
        date: update.source.date,
        what: localized(lang, update.summary, update.summaryEn),
        comparability: describeComparability(evidence, t),
        note: describeCaveat(evidence, t, lang),
        source: update.source.url ? `${source} · ${update.source.url}` : source,
      }
    }),
    ...b.statusChanges.map(({ row, before, after }): BulletinRecord => ({
      kind: 'status',
      ...about(row),
      date: b.period.to,
      what: t('bulletin.csv.statusChange', { before: status(before), after: status(after) }),
      comparability: null,
      note: describeStatusReason(after.reason, t, lang),
      source: null,
    })),
    ...b.newLetters.flatMap((letter) =>
      letter.rated.map((row): BulletinRecord => ({
        kind: 'new-letter',
        ...about(row),
        date: letter.document?.date ?? null,
        what: row.status
          ? t('bulletin.csv.firstStatus', { status: status(row.status) })
          : describeKind(row, t),
        comparability: null,
        note: row.status ? describeStatusReason(row.status.reason, t, lang) : null,
        source: letter.document ? describeDocumentDate(letter.document, t, lang) : null,
      })),
    ),
    ...b.newlyOverdue.map((item) => deadlineRecord('overdue', item)),
    ...b.upcoming.map((item) => deadlineRecord('upcoming', item)),
    ...b.money.map((item): BulletinRecord => ({
      kind: 'money',
      letter: letterName(item, t, lang),
      commitmentId: item.line.commitmentIds.join(' ') || null,
      commitment: fundingLineLabel(item, lang),
      date: item.dated.date,
      what: `${describeMoney(item, t, lang)} · ${describeMoneyDate(item, t, lang)}`,
      comparability: null,
      note: describePreviousMoney(item, t, lang),
      source: null,
    })),
    ...b.noEvidence.map((row): BulletinRecord => ({
      kind: 'no-evidence',
      ...about(row),
      date: null,
      what: describeNoEvidence(row, t),
      comparability: null,
      note: row.status ? status(row.status) : null,
      source: null,
    })),
    ...b.unreadable.map((row): BulletinRecord => ({
      kind: 'unreadable',
      ...about(row),
      date: null,
      what: describeNoEvidence(row, t),
      comparability: null,
      note: null,
      source: null,
    })),
    ...changeLogRecords(b, t, lang, changeLogs),
  ]
}

/**
 * One record per line of each entry dated in the period (newest entry first), in the page's
 * words; then one per letter whose log could not be read. None when no letter keeps a log.
 */
function changeLogRecords(
  b: Bulletin,
  t: Translate,
  lang: Language,
  changeLogs: readonly ChangeLogReading[],
): BulletinRecord[] {
  const log = b.changeLog
  if (!log) return []
  const readings = new Map(changeLogs.map((r) => [r.datasetId, r]))
  const separator = t('bulletin.changeLog.separator')
  return [
    ...log.items.flatMap(({ entry, lines, ...letter }) => {
      const byline = describeEntryByline(entry, t, lang)
      return lines.map((line): BulletinRecord => ({
        kind: 'change-log',
        letter: letterName(letter, t, lang),
        commitmentId: line.commitments.map((c) => c.id).join(' ') || null,
        commitment: line.commitments.map((c) => concernedTitle(c, t, lang)).join(separator) || null,
        date: entry.date,
        what: describeChange(line, t),
        comparability: null,
        note: describeLineReason(line, t, lang),
        source: byline,
      }))
    }),
    ...log.unread.map((letter): BulletinRecord => ({
      kind: 'change-log',
      letter: letterName(letter, t, lang),
      commitmentId: null,
      commitment: null,
      date: null,
      what: describeUnreadChangeLog(letter, readings.get(letter.datasetId), t, lang),
      comparability: null,
      note: null,
      source: null,
    })),
  ]
}

export function bulletinCsvHeader(t: Translate): string[] {
  return [
    t('bulletin.csv.section'),
    t('bulletin.csv.letter'),
    t('bulletin.csv.commitmentId'),
    t('bulletin.csv.commitment'),
    t('bulletin.csv.date'),
    t('bulletin.csv.what'),
    t('bulletin.csv.comparability'),
    t('bulletin.csv.note'),
    t('bulletin.csv.source'),
    t('bulletin.csv.from'),
    t('bulletin.csv.to'),
  ]
}

/** Dates stay ISO in the file (a spreadsheet sorts them); the texts carry the read forms. */
export function bulletinCsvRow(
  record: BulletinRecord,
  b: Bulletin,
  t: Translate,
): Array<string | null> {
  return [
    t(`bulletin.csv.kind.${record.kind}`),
    record.letter,
    record.commitmentId,
    record.commitment,
    record.date,
    record.what,
    record.comparability,
    record.note,
    record.source,
    b.period.from,
    b.period.to,
  ]
}
