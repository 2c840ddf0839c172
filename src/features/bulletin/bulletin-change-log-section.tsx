import { Fragment } from 'react'
import type { Bulletin } from '../../domain/bulletin/bulletin'
import type { BulletinChangeLog, ChangeLine } from '../../domain/bulletin/change-log'
import { formatDate } from '../../domain/dates'
import type { ChangeLogReading } from '../../lib/data/use-change-logs'
import { describeChange, describeEntryByline } from '../../lib/format/describe-change-log'
import { useI18n } from '../../lib/i18n/i18n-context'
import { paths } from '../../lib/router/routes'
import { useViewState } from '../../lib/router/view-state'
import type { HeadingLevel } from '../../lib/ui/heading'
import { None, Section } from './bulletin-section'
import {
  concernedTitle,
  describeLineReason,
  describeUnreadChangeLog,
  letterName,
} from './bulletin-words'

/**
 * "修改记录 / Record of changes": the letters' public change-log entries dated in the period,
 * newest first, each with its day, letter, recorder and what it changed (a verdict with why).
 * Not shown at all when no letter lists a change log; a log not read is said apart, never taken
 * for "nothing changed".
 */
export function ChangeLogSection({
  bulletin,
  level,
  readings = [],
}: {
  bulletin: Bulletin
  level: HeadingLevel
  readings?: readonly ChangeLogReading[]
}) {
  const { t } = useI18n()
  const log = bulletin.changeLog
  if (!log) return null
  const readCount = readings.filter((r) => r.entries !== undefined).length
  return (
    <Section
      name="change-log"
      title={t('bulletin.section.changeLog')}
      level={level}
      intro={t('bulletin.changeLog.intro')}
    >
      {log.items.length > 0 ? (
        <ol className="bulletin-list">
          {log.items.map((item) => (
            <ChangeLogEntryItem key={`${item.datasetId}-${item.entry.id}`} item={item} />
          ))}
        </ol>
      ) : log.unread.length === 0 ? (
        <None>{t('bulletin.changeLog.none')}</None>
      ) : readCount > 0 ? (
        <None>{t('bulletin.changeLog.noneOfRead')}</None>
      ) : null}
      <ChangeLogProblems log={log} readings={readings} />
    </Section>
  )
}

function ChangeLogEntryItem({ item }: { item: BulletinChangeLog['items'][number] }) {
  const { t, lang } = useI18n()
  const { entry } = item
  return (
    <li
      className="bulletin-item"
      data-dataset-id={item.datasetId}
      data-entry-id={entry.id}
      data-date={entry.date}
    >
      <p className="bulletin-item-title">
        <time dateTime={entry.date}>{formatDate(entry.date, lang)}</time>
        {' · '}
        {letterName(item, t, lang)}
        {' · '}
        {/* The CSV's "source" column says the same: one byline for both. */}
        {describeEntryByline(entry, t, lang)}
      </p>
      <ul className="bulletin-change-lines">
        {item.lines.map((line, i) => (
          <ChangeLineItem key={i} line={line} />
        ))}
      </ul>
    </li>
  )
}

function ChangeLineItem({ line }: { line: ChangeLine }) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  const reason = describeLineReason(line, t, lang)
  return (
    <li className="bulletin-change-line" data-kind={line.kind} data-item-id={line.itemId}>
      {describeChange(line, t)}
      {line.commitments.length > 0 && (
        <>
          {' · '}
          {t('bulletin.changeLog.concerns')}{' '}
          {line.commitments.map((commitment, i) => (
            <Fragment key={commitment.id}>
              {i > 0 && t('bulletin.changeLog.separator')}
              {commitment.row ? (
                <a
                  className="bulletin-commitment"
                  href={href(paths.commitment(commitment.id))}
                  data-commitment-id={commitment.id}
                >
                  {concernedTitle(commitment, t, lang)}
                </a>
              ) : (
                <span data-commitment-id={commitment.id}>
                  {concernedTitle(commitment, t, lang)}
                </span>
              )}
            </Fragment>
          ))}
        </>
      )}
      {reason && (
        <>
          {' · '}
          <span className="bulletin-reason">{reason}</span>
        </>
      )}
    </li>
  )
}

/** The letters whose log is still being read or could not be read, and entries left out. */
function ChangeLogProblems({
  log,
  readings,
}: {
  log: BulletinChangeLog
  readings: readonly ChangeLogReading[]
}) {
  const { t, lang } = useI18n()
  const byId = new Map(readings.map((r) => [r.datasetId, r]))
  const unread = log.unread.map((letter) => ({ letter, reading: byId.get(letter.datasetId) }))
  const loading = unread.filter(({ reading }) => reading?.loading)
  const failed = unread.filter(({ reading }) => !reading?.loading)
  const partial = readings.filter((r) => r.entries !== undefined && r.issues.length > 0)
  return (
    <>
      {loading.length > 0 && (
        <p className="bulletin-section-intro" aria-busy="true">
          {t('bulletin.changeLog.loading', {
            letters: loading
              .map(({ letter }) => letterName(letter, t, lang))
              .join(t('bulletin.changeLog.separator')),
          })}
        </p>
      )}
      {failed.length > 0 && (
        <ul className="bulletin-list bulletin-compact" data-section="change-log-unread">
          {failed.map(({ letter, reading }) => (
            <li key={letter.datasetId} className="bulletin-item" data-dataset-id={letter.datasetId}>
              {describeUnreadChangeLog(letter, reading, t, lang)}
            </li>
          ))}
        </ul>
      )}
      {partial.map((reading) => (
        <p
          key={reading.datasetId}
          className="bulletin-section-intro"
          data-dataset-id={reading.datasetId}
        >
          {t('bulletin.changeLog.partial', { letter: letterName(reading, t, lang) })}
        </p>
      ))}
    </>
  )
}
