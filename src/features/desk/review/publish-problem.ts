import { printable } from '../../../domain/schema/text-safety'
import type { PublishProblem } from '../../../lib/draft/check-snapshot'
import { describeIssue } from '../../../lib/i18n/describe-issue'
import type { Translate } from '../../../lib/i18n/translate'

/** Why the draft cannot be published yet, in the reader's language, naming file and path. */
export function describePublishProblem(problem: PublishProblem, t: Translate): string {
  switch (problem.kind) {
    case 'data':
      return describeIssue(problem.issue, t)
    case 'quote-not-in-source':
      return t('desk.review.problem.quote', {
        file: printable(problem.file),
        path: printable(problem.path),
        id: printable(problem.id),
      })
    case 'nothing-changed':
      return t('desk.review.problem.nothing')
    case 'conflict':
      return t('desk.merge.problem.conflict', {
        where: t('desk.merge.conflictWhere', {
          letter: problem.conflict.datasetId,
          file: t(`desk.merge.file.${problem.conflict.file}`),
          id: printable(problem.conflict.itemId),
        }),
      })
    case 'change-log-incomplete':
      return t('desk.changeLog.problem.incomplete')
    case 'letter-gone':
      return t('desk.merge.problem.letterGone', { letter: problem.datasetId, count: problem.edits })
  }
}
