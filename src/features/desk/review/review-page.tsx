import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { PREVIEW_DRAFT, useViewState } from '../../../lib/router/view-state'
import type { Desk } from '../use-desk'
import { DiffView } from './diff-view'
import { DraftFileActions } from './draft-file-actions'
import { MergeReport } from './merge-report'
import { PublishPanel } from './publish-panel'

/** Review and publish: the change against the published data, the check, the download. */
export function ReviewPage({ desk }: { desk: Desk }) {
  const { t } = useI18n()
  const { href } = useViewState()
  return (
    <>
      <p className="desk-intro">{t('desk.review.intro')}</p>
      <p className="desk-actions">
        <a className="desk-button-link" href={href(paths.overview(), { preview: PREVIEW_DRAFT })}>
          {t('desk.review.preview')}
        </a>
      </p>
      <MergeReport desk={desk} />
      <DiffView desk={desk} />
      <PublishPanel desk={desk} />
      <DraftFileActions desk={desk} />
    </>
  )
}
