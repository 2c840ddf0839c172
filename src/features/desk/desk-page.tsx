import { DraftStoreProvider } from '../../lib/draft/draft-context'
import { describeError } from '../../lib/i18n/describe-issue'
import { useI18n } from '../../lib/i18n/i18n-context'
import '../../lib/i18n/desk-messages'
import type { DeskTask } from '../../lib/router/routes'
import { DraftStatus } from './home/draft-status'
import { DeskHome } from './home/desk-home'
import { DeskNav } from './desk-nav'
import { EvidencePage } from './evidence/evidence-page'
import { LetterPage } from './letter/letter-page'
import { ReviewPage } from './review/review-page'
import { useDesk, type Desk } from './use-desk'
import './desk.css'

/**
 * The data desk: officials record evidence and add letters in the browser; the draft stays in
 * this browser until the review step downloads the files to publish. Nothing is sent anywhere.
 */
export function DeskPage({ task }: { task: DeskTask }) {
  return (
    <DraftStoreProvider>
      <DeskContent task={task} />
    </DraftStoreProvider>
  )
}

function DeskContent({ task }: { task: DeskTask }) {
  const { t } = useI18n()
  const load = useDesk()
  return (
    <div className="desk">
      <h1>{t(`desk.title.${task}`)}</h1>
      <DeskNav task={task} />
      {load.status === 'loading' && <p role="status">{t('desk.loading')}</p>}
      {load.status === 'error' && (
        <div className="page-error" role="alert">
          <p>{t('desk.loadFailed', { problem: describeError(load.error, t) })}</p>
          <button type="button" onClick={load.retry}>
            {t('error.retry')}
          </button>
        </div>
      )}
      {load.status === 'ready' && (
        <>
          <DraftStatus desk={load.desk} />
          <Task task={task} desk={load.desk} />
        </>
      )}
    </div>
  )
}

function Task({ task, desk }: { task: DeskTask; desk: Desk }) {
  switch (task) {
    case 'home':
      return <DeskHome desk={desk} />
    case 'evidence':
      return <EvidencePage desk={desk} />
    case 'letter':
      return <LetterPage desk={desk} />
    case 'review':
      return <ReviewPage desk={desk} />
  }
}
