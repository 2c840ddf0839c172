import type { ChangeGist } from '../../domain/change-gist'
import { localized, type Language } from '../../domain/language'
import type { ChangeLogEntry } from '../../domain/schema/change-log'
import type { VerdictStatus } from '../../domain/schema/update'
import type { Translate } from '../i18n/translate'

/**
 * A change log in words, the one wording of the bulletin (page, CSV and JSON) and of a
 * commitment's history: the same change must not read one way in a download and another on the
 * commitment's page.
 */

/** "核定为“部分兑现”", "新增一条进展证据": what a change did. */
export function describeChange(gist: ChangeGist, t: Translate): string {
  if (gist.kind === 'item') return t(`changeLog.${gist.file}.${gist.action}`)
  const status = (s: VerdictStatus) => t(`status.${s}`)
  if (gist.to === null) {
    return gist.from
      ? t('changeLog.verdictWithdrawn', { from: status(gist.from) })
      : t('changeLog.verdictWithdrawnUnknown')
  }
  return gist.from
    ? t('changeLog.verdictMoved', { from: status(gist.from), to: status(gist.to) })
    : t('changeLog.verdictSet', { to: status(gist.to) })
}

/** "理由:…", in English when the record gives an English reason; null without a reason. */
export function describeChangeReason(
  change: { reason?: string | undefined; reasonEn?: string | undefined },
  t: Translate,
  lang: Language,
): string | null {
  if (change.reason === undefined) return null
  return t('changeLog.reason', { reason: localized(lang, change.reason, change.reasonEn) })
}

/** "记录人 张三". */
export function describeRecorder(entry: Pick<ChangeLogEntry, 'recordedBy'>, t: Translate): string {
  return t('changeLog.recordedBy', { name: entry.recordedBy })
}

/** "记录人 张三 · 摘要": who recorded a publish and, when given, what it was about. */
export function describeEntryByline(entry: ChangeLogEntry, t: Translate, lang: Language): string {
  const recorder = describeRecorder(entry, t)
  if (!entry.summary) return recorder
  return `${recorder} · ${localized(lang, entry.summary, entry.summaryEn)}`
}
