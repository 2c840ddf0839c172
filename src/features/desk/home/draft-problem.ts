import type { DraftProblem } from '../../../lib/draft/draft-store'
import type { Translate } from '../../../lib/i18n/translate'
import { printable } from '../../../domain/schema/text-safety'

/** Why a stored or imported text is not a draft, in the reader's language. */
export function describeDraftProblem(problem: DraftProblem, t: Translate): string {
  switch (problem.kind) {
    case 'not-json':
      return t('desk.draftProblem.notJson', { detail: printable(problem.detail) })
    case 'not-a-draft':
      return t('desk.draftProblem.notDraft', {
        path: printable(problem.path || '—'),
        detail: printable(problem.detail),
      })
    case 'too-large':
      return t('desk.draftProblem.tooLarge', { megabytes: Math.ceil(problem.bytes / 1_000_000) })
  }
}
