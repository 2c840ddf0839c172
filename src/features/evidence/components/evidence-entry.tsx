import { formatDate } from '../../../domain/dates'
import { localized } from '../../../domain/language'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { AssessmentStatus } from '../../../lib/ui/assessment/assessment-status'
import { EvidenceLine } from '../../../lib/ui/assessment/latest-evidence'
import { ExternalLink } from '../../../lib/ui/external-link'
import type { ChangeLogEntry } from '../../../domain/schema/change-log'
import type { MessageKey } from '../../../lib/i18n/translate'
import type { EvidenceItem } from '../model/evidence-items'
import type { RecordedBy } from '../model/recorded-by'

/**
 * One piece of evidence: the shared evidence line (comparability label, publication date, what
 * it says, its caveat whenever it is not a same-metric figure), the day the reported state held,
 * the source's own words, the source with its link, and the commitment it bears on with that
 * commitment's status (a reported result shows its kind and no badge, as everywhere).
 * The commitment's element carries `data-commitment-id` with its status only: the evidence line
 * sits outside it, since this item is not necessarily the commitment's latest evidence.
 * When its letter's change log records it: the day it was recorded and by whom, and its last
 * change; when the log says nothing of it, nothing is said.
 */
export function EvidenceEntry({
  item,
  recorded,
  commitmentHref,
}: {
  item: EvidenceItem
  recorded?: RecordedBy | undefined
  commitmentHref: (id: string) => string
}) {
  const { t, lang } = useI18n()
  const { evidence, row } = item
  const u = evidence.update
  const source = u.source
  const c = row.commitment
  const title = localized(lang, c.title, c.titleEn)
  return (
    <li className="evidence-entry" data-evidence-id={u.id}>
      <p className="evidence-entry-line">
        <EvidenceLine evidence={evidence} />
      </p>
      <p className="evidence-entry-meta">
        {t('evidence.item.stateAsOf', { date: formatDate(u.asOf, lang) })}
      </p>
      {recorded && (recorded.added || recorded.lastChanged) && (
        <p className="evidence-entry-meta evidence-entry-recorded" data-field="recorded">
          {recorded.added && <RecordLine entry={recorded.added} label="evidence.item.recorded" />}
          {recorded.added && recorded.lastChanged && ' · '}
          {recorded.lastChanged && (
            <RecordLine
              entry={recorded.lastChanged}
              label={recorded.added ? 'evidence.item.lastChanged' : 'evidence.item.changedOnly'}
            />
          )}
        </p>
      )}
      {u.quote && (
        <figure className="evidence-entry-quote">
          <figcaption>{t('evidence.item.quote')}</figcaption>
          <blockquote lang="zh-CN">“{u.quote}”</blockquote>
        </figure>
      )}
      <p className="evidence-entry-source">
        {/* The line above names the publisher and title; here is where to read it, and on
            which site (a reprint's host is not the publisher's). */}
        {t('evidence.item.source')}:{' '}
        {source.url ? (
          <ExternalLink href={source.url}>{hostOf(source.url)}</ExternalLink>
        ) : (
          <span className="evidence-muted">{t('evidence.item.noUrl')}</span>
        )}
      </p>
      <div className="evidence-entry-bears-on">
        <span className="evidence-bears-on-label">{t('evidence.item.bearsOn')}:</span>
        <ul>
          <li data-commitment-id={c.id}>
            <a href={commitmentHref(c.id)} lang={lang === 'en' && !c.titleEn ? 'zh-CN' : undefined}>
              {title}
            </a>{' '}
            <AssessmentStatus row={row} reason={false} />
          </li>
        </ul>
      </div>
    </li>
  )
}

/** "记录于 2024年3月1日 · 记录人 李四": one publish of the change log, its day and recorder. */
function RecordLine({ entry, label }: { entry: ChangeLogEntry; label: MessageKey }) {
  const { t, lang } = useI18n()
  return (
    <>
      <time dateTime={entry.date}>{t(label, { date: formatDate(entry.date, lang) })}</time>
      {' · '}
      {t('evidence.item.recordedBy', { name: entry.recordedBy })}
    </>
  )
}

/** "yn.yunnan.cn": the site the source is on; the whole address when it does not parse. */
function hostOf(url: string): string {
  try {
    return new URL(url).host || url
  } catch {
    return url
  }
}
