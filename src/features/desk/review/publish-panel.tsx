import { useMemo } from 'react'
import { sameJson } from '../../../domain/draft/diff-datasets'
import { publishFiles } from '../../../lib/draft/publish-files'
import { zipPublishedFiles } from '../../../lib/draft/zip-files'
import { downloadBlob, downloadText, JSON_TYPE } from '../../../lib/export/download'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { todayIso } from '../../../domain/dates'
import { useAnnouncer } from '../../../lib/ui/use-announcer'
import type { Desk } from '../use-desk'
import { ChangeLogFields } from './change-log-fields'
import { FolderPublish } from './folder-publish'
import { describePublishProblem } from './publish-problem'
import { useChangeLogForm } from './use-change-log-form'

/**
 * The files to copy to the server, each changed letter's change log with them. Offered only
 * when the change-log form is complete and the whole drafted folder passes the dashboard's
 * checks; otherwise the button is disabled and the reasons are listed beside it.
 */
export function PublishPanel({ desk }: { desk: Desk }) {
  const { t } = useI18n()
  const [message, announce] = useAnnouncer()
  const changeLog = useChangeLogForm(desk)
  const { meta } = changeLog
  const result = useMemo(
    () => publishFiles(desk.published, desk.draft, meta),
    [desk.published, desk.draft, meta],
  )
  const problems = result.ok ? [] : result.problems
  const nothingToPublish =
    !result.ok && problems.every((problem) => problem.kind === 'nothing-changed')
  const zipName = `data-${todayIso()}.zip`
  const downloadZip = async () => {
    if (!result.ok) return
    // Replayed onto the server's files as they are at this moment, not as first read.
    const fresh = await desk.recheck()
    if (fresh && !sameJson(fresh, desk.published)) {
      announce(t('desk.merge.changedBeforeDownload'))
      return
    }
    const bytes = zipPublishedFiles(result.files)
    downloadBlob(new Blob([bytes as BlobPart], { type: 'application/zip' }), zipName)
    announce(t('export.done', { file: zipName }))
  }
  return (
    <section className="desk-panel" aria-labelledby="desk-publish-heading">
      <h2 id="desk-publish-heading">{t('desk.review.publish')}</h2>
      {!nothingToPublish && (
        <ChangeLogFields
          value={changeLog.value}
          onChange={changeLog.onChange}
          verdictChanges={changeLog.verdictChanges}
        />
      )}
      {result.ok ? (
        <p className="desk-ok">{t('desk.review.valid', { count: result.files.length })}</p>
      ) : nothingToPublish ? (
        // An empty draft is not a mistake: said plainly, not as an error.
        <p id="desk-publish-problems">{t('desk.review.problem.nothing')}</p>
      ) : (
        <div id="desk-publish-problems" className="desk-problems" role="alert">
          <p>{t('desk.review.blocked', { count: problems.length })}</p>
          <ul>
            {problems.map((problem, i) => (
              <li key={i}>{describePublishProblem(problem, t)}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="desk-actions">
        <button
          type="button"
          className="desk-primary"
          disabled={!result.ok}
          aria-describedby={result.ok ? undefined : 'desk-publish-problems'}
          onClick={() => void downloadZip()}
        >
          {t('desk.review.downloadZip')}
        </button>
      </p>
      {/* Beside the zip where the browser can write to a folder (Chromium); absent elsewhere. */}
      <FolderPublish published={desk.published} files={result.files} disabled={!result.ok} />
      {result.ok && (
        <>
          <p className="desk-hint">{t('desk.review.howToPublish')}</p>
          <ul className="desk-files">
            {result.files.map((file) => (
              <li key={file.path}>
                <code>data/{file.path}</code>{' '}
                <button
                  type="button"
                  onClick={() => {
                    const name = file.path.split('/').pop() ?? file.path
                    downloadText(
                      file.text,
                      name,
                      file.path.endsWith('.txt') ? 'text/plain;charset=utf-8' : JSON_TYPE,
                    )
                    announce(t('export.done', { file: name }))
                  }}
                  aria-label={t('desk.review.downloadOneLabel', { path: file.path })}
                >
                  {t('desk.review.downloadOne')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p role="status" className="desk-announce">
        {message}
      </p>
    </section>
  )
}
