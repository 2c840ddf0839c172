import type { Bulletin, BulletinRow, DeadlineItem, NewLetter } from '../../domain/bulletin/bulletin'
import { formatDate } from '../../domain/dates'
import { describeKind } from '../../lib/format/describe-assessment'
import { describeDocumentDate } from '../../lib/format/describe-document'
import { describeStatusReason } from '../../lib/format/describe-status'
import { useI18n } from '../../lib/i18n/i18n-context'
import { paths } from '../../lib/router/routes'
import { useViewState } from '../../lib/router/view-state'
import { EvidenceLine } from '../../lib/ui/assessment/latest-evidence'
import type { ChangeLogReading } from '../../lib/data/use-change-logs'
import { Heading, type HeadingLevel } from '../../lib/ui/heading'
import { StatusBadge } from '../../lib/ui/status-badge'
import { ChangeLogSection } from './bulletin-change-log-section'
import { None, Section } from './bulletin-section'
import {
  commitmentTitle,
  describeDue,
  describeDueDistance,
  describeMoney,
  describeMoneyDate,
  describePreviousMoney,
  fundingLineLabel,
  letterName,
} from './bulletin-words'

/**
 * The bulletin's counts and its five sections, each a list that links every commitment to its
 * page, and the record of changes when a letter has one. `level` is the sections' heading level
 * (2 on the page, 3 in the embed under its title); `changeLogs` are the letters' logs as read.
 */
export function BulletinSections({
  bulletin,
  level,
  changeLogs,
}: {
  bulletin: Bulletin
  level: 2 | 3
  changeLogs?: readonly ChangeLogReading[]
}) {
  const sub = (level + 1) as HeadingLevel
  return (
    <>
      <BulletinCounts bulletin={bulletin} />
      <EvidenceSection bulletin={bulletin} level={level} />
      <StatusSection bulletin={bulletin} level={level} sub={sub} />
      <DeadlineSection bulletin={bulletin} level={level} sub={sub} />
      <MoneySection bulletin={bulletin} level={level} />
      <NoEvidenceSection bulletin={bulletin} level={level} sub={sub} />
      <ChangeLogSection bulletin={bulletin} level={level} readings={changeLogs} />
    </>
  )
}

function BulletinCounts({ bulletin }: { bulletin: Bulletin }) {
  const { t } = useI18n()
  const { counts, upcomingDays } = bulletin
  const items: Array<[string, number, string]> = [
    ['evidence', counts.evidence, t('bulletin.count.evidence', { count: counts.evidence })],
    [
      'status-changes',
      counts.statusChanges,
      t('bulletin.count.statusChanges', { count: counts.statusChanges }),
    ],
    [
      'new-letters',
      counts.newLetters,
      t('bulletin.count.newLetters', { count: counts.newLetters }),
    ],
    [
      'newly-overdue',
      counts.newlyOverdue,
      t('bulletin.count.newlyOverdue', { count: counts.newlyOverdue }),
    ],
    [
      'upcoming',
      counts.upcoming,
      t('bulletin.count.upcoming', { count: counts.upcoming, days: upcomingDays }),
    ],
    ['money', counts.money, t('bulletin.count.money', { count: counts.money })],
    [
      'no-evidence',
      counts.noEvidence,
      t('bulletin.count.noEvidence', { count: counts.noEvidence }),
    ],
  ]
  // Said only when it happens: an unreadable file is a fault, not a part of every bulletin.
  if (counts.unreadable > 0)
    items.push([
      'unreadable',
      counts.unreadable,
      t('bulletin.count.unreadable', { count: counts.unreadable }),
    ])
  // Only for letters that keep a record of changes, and only once every one has been read: an
  // unread log is said in its section, never counted as "no entries".
  const changeLog = bulletin.changeLog
  if (changeLog && changeLog.unread.length === 0)
    items.push([
      'change-log',
      changeLog.items.length,
      t('bulletin.count.changeLog', { count: changeLog.items.length }),
    ])
  return (
    <ul className="bulletin-counts" aria-label={t('bulletin.counts.label')}>
      {items.map(([name, count, text]) => (
        <li key={name} data-count-of={name} data-count={count}>
          {text}
        </li>
      ))}
    </ul>
  )
}

/** The commitment's title as a link to its page, and the letter it is from. */
function CommitmentLink({ row }: { row: BulletinRow }) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  return (
    <>
      <a className="bulletin-commitment" href={href(paths.commitment(row.commitment.id))}>
        {commitmentTitle(row.commitment, lang)}
      </a>{' '}
      <span className="bulletin-kind">{describeKind(row, t)}</span>
      <span className="bulletin-letter">
        {t('bulletin.letter', { letter: letterName(row, t, lang) })}
      </span>
    </>
  )
}

function EvidenceSection({ bulletin, level }: { bulletin: Bulletin; level: HeadingLevel }) {
  const { t } = useI18n()
  return (
    <Section
      name="evidence"
      title={t('bulletin.section.evidence')}
      level={level}
      intro={t('bulletin.evidence.intro')}
    >
      {bulletin.evidence.length === 0 ? (
        <None>{t('bulletin.evidence.none')}</None>
      ) : (
        <ol className="bulletin-list">
          {bulletin.evidence.map(({ row, evidence }) => (
            <li
              key={evidence.update.id}
              className="bulletin-item"
              data-commitment-id={row.commitment.id}
              data-update-id={evidence.update.id}
            >
              <p className="bulletin-item-title">
                <CommitmentLink row={row} />
              </p>
              <p className="bulletin-item-body">
                <EvidenceLine evidence={evidence} showUrl />
              </p>
            </li>
          ))}
        </ol>
      )}
    </Section>
  )
}

function StatusSection({
  bulletin,
  level,
  sub,
}: {
  bulletin: Bulletin
  level: HeadingLevel
  sub: HeadingLevel
}) {
  const { t, lang } = useI18n()
  return (
    <Section
      name="status"
      title={t('bulletin.section.status')}
      level={level}
      intro={t('bulletin.status.intro', {
        before: formatDate(bulletin.baseline, lang),
        after: formatDate(bulletin.period.to, lang),
      })}
    >
      {bulletin.statusChanges.length === 0 ? (
        <None>{t('bulletin.status.none')}</None>
      ) : (
        <ul className="bulletin-list">
          {bulletin.statusChanges.map(({ row, before, after }) => (
            <li
              key={row.commitment.id}
              className="bulletin-item"
              data-commitment-id={row.commitment.id}
              data-before={before.status}
              data-after={after.status}
            >
              <p className="bulletin-item-title">
                <CommitmentLink row={row} />
              </p>
              <p className="bulletin-item-body bulletin-change">
                <StatusBadge status={before.status} />{' '}
                <span className="bulletin-arrow">{t('bulletin.status.changedTo')}</span>{' '}
                <StatusBadge status={after.status} />
              </p>
              <p className="bulletin-reason">
                {t('bulletin.status.reason', {
                  reason: describeStatusReason(after.reason, t, lang),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {bulletin.newLetters.length > 0 && (
        <div className="bulletin-subsection" data-section="new-letters">
          <Heading level={sub}>{t('bulletin.newLetters.title')}</Heading>
          <p className="bulletin-section-intro">{t('bulletin.newLetters.note')}</p>
          {bulletin.newLetters.map((letter) => (
            <NewLetterItem key={letter.datasetId} letter={letter} />
          ))}
        </div>
      )}
    </Section>
  )
}

function NewLetterItem({ letter }: { letter: NewLetter }) {
  const { t, lang } = useI18n()
  return (
    <div className="bulletin-new-letter" data-dataset-id={letter.datasetId}>
      <p className="bulletin-item-title">
        {t('bulletin.newLetters.item', {
          letter: letterName(letter, t, lang),
          date: letter.document ? describeDocumentDate(letter.document, t, lang) : '',
          rated: letter.rated.length,
          count: letter.commitments,
        })}
      </p>
      {letter.rated.length === 0 ? (
        <None>{t('bulletin.newLetters.noRated')}</None>
      ) : (
        <ul className="bulletin-list">
          {letter.rated.map((row) => (
            <li
              key={row.commitment.id}
              className="bulletin-item"
              data-commitment-id={row.commitment.id}
              data-after={row.status?.status}
            >
              <p className="bulletin-item-title">
                <CommitmentLink row={row} />
              </p>
              {row.status && (
                <p className="bulletin-item-body">
                  <StatusBadge status={row.status.status} />{' '}
                  <span className="bulletin-reason">
                    {t('bulletin.status.reason', {
                      reason: describeStatusReason(row.status.reason, t, lang),
                    })}
                  </span>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function DeadlineSection({
  bulletin,
  level,
  sub,
}: {
  bulletin: Bulletin
  level: HeadingLevel
  sub: HeadingLevel
}) {
  const { t, lang } = useI18n()
  const days = bulletin.upcomingDays
  return (
    <Section name="deadlines" title={t('bulletin.section.deadlines')} level={level}>
      <div className="bulletin-subsection" data-section="newly-overdue">
        <Heading level={sub}>{t('bulletin.deadlines.overdue')}</Heading>
        <DeadlineList
          items={bulletin.newlyOverdue}
          to={bulletin.period.to}
          none={t('bulletin.deadlines.overdue.none')}
        />
      </div>
      <div className="bulletin-subsection" data-section="upcoming">
        <Heading level={sub}>
          {t('bulletin.deadlines.upcoming', {
            days,
            date: formatDate(bulletin.period.to, lang),
          })}
        </Heading>
        <DeadlineList
          items={bulletin.upcoming}
          to={bulletin.period.to}
          none={t('bulletin.deadlines.upcoming.none', { days })}
        />
      </div>
    </Section>
  )
}

function DeadlineList({
  items,
  to,
  none,
}: {
  items: readonly DeadlineItem[]
  to: string
  none: string
}) {
  const { t, lang } = useI18n()
  if (items.length === 0) return <None>{none}</None>
  return (
    <ul className="bulletin-list">
      {items.map((item) => (
        <li
          key={item.row.commitment.id}
          className="bulletin-item"
          data-commitment-id={item.row.commitment.id}
          data-due={item.deadline.due}
        >
          <p className="bulletin-item-title">
            <CommitmentLink row={item.row} />
          </p>
          <p className="bulletin-item-body">
            {item.row.status && <StatusBadge status={item.row.status.status} />}{' '}
            {describeDue(item, t, lang)} · {describeDueDistance(item, to, t, lang)}
          </p>
        </li>
      ))}
    </ul>
  )
}

function MoneySection({ bulletin, level }: { bulletin: Bulletin; level: HeadingLevel }) {
  const { t, lang } = useI18n()
  return (
    <Section
      name="money"
      title={t('bulletin.section.money')}
      level={level}
      intro={t('bulletin.money.intro')}
    >
      {bulletin.money.length === 0 ? (
        <None>{t('bulletin.money.none')}</None>
      ) : (
        <ul className="bulletin-list">
          {bulletin.money.map((item) => (
            <li
              key={`${item.line.id}-${item.dated.entry.stage}-${item.dated.date}`}
              className="bulletin-item"
              data-line-id={item.line.id}
              data-stage={item.dated.entry.stage}
            >
              <p className="bulletin-item-title">
                {fundingLineLabel(item, lang)}{' '}
                <span className="bulletin-letter">
                  {t('bulletin.letter', { letter: letterName(item, t, lang) })}
                </span>
              </p>
              <p className="bulletin-item-body">
                {describeMoney(item, t, lang)} · {describeMoneyDate(item, t, lang)} ·{' '}
                {describePreviousMoney(item, t, lang)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}

function NoEvidenceSection({
  bulletin,
  level,
  sub,
}: {
  bulletin: Bulletin
  level: HeadingLevel
  sub: HeadingLevel
}) {
  const { t, lang } = useI18n()
  const date = formatDate(bulletin.period.to, lang)
  return (
    <Section
      name="no-evidence"
      title={t('bulletin.section.noEvidence')}
      level={level}
      intro={t('bulletin.noEvidence.intro', { date })}
    >
      {bulletin.noEvidence.length === 0 ? (
        <None>{t('bulletin.noEvidence.none', { date })}</None>
      ) : (
        <RowList rows={bulletin.noEvidence} />
      )}
      {bulletin.unreadable.length > 0 && (
        <div className="bulletin-subsection" data-section="unreadable">
          <Heading level={sub}>{t('bulletin.unreadable.title')}</Heading>
          <p className="bulletin-section-intro">{t('bulletin.unreadable.intro')}</p>
          <RowList rows={bulletin.unreadable} />
        </div>
      )}
    </Section>
  )
}

function RowList({ rows }: { rows: readonly BulletinRow[] }) {
  return (
    <ul className="bulletin-list bulletin-compact">
      {rows.map((row) => (
        <li
          key={row.commitment.id}
          className="bulletin-item"
          data-commitment-id={row.commitment.id}
        >
          <CommitmentLink row={row} />
        </li>
      ))}
    </ul>
  )
}
