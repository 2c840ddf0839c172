import { useState } from 'react'
import type { DataSnapshot } from '../../../domain/draft/snapshot'
import type { PublishedFile } from '../../../lib/draft/publish-files'
import {
  directoryPicker,
  publishToFolder,
  type FolderHandleLike,
  type FolderPublishResult,
} from '../../../lib/draft/publish-to-folder'
import { useI18n } from '../../../lib/i18n/i18n-context'

type Translate = ReturnType<typeof useI18n>['t']

/** Chromium asks again for write access to a remembered folder; other handles have no such call. */
interface PermissionHandle {
  requestPermission?: (options: { mode: 'readwrite' }) => Promise<'granted' | 'denied' | 'prompt'>
}

/**
 * "Publish to a folder": where the browser has the File System Access API, the official picks
 * the site's data folder (kept for the rest of the session) and the desk writes the files there
 * itself, after checking nobody else published in between. Elsewhere this renders nothing and
 * the zip is the way to publish.
 */
export function FolderPublish({
  published,
  files,
  disabled,
}: {
  published: DataSnapshot
  files: PublishedFile[]
  disabled: boolean
}) {
  const { t } = useI18n()
  const [folder, setFolder] = useState<FolderHandleLike | undefined>()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<FolderPublishResult | undefined>()
  const [failure, setFailure] = useState<string | undefined>()
  const picker = directoryPicker()
  if (!picker) return null

  const pick = async (): Promise<FolderHandleLike | undefined> => {
    try {
      const picked = await picker({ id: 'commitment-tracker-data', mode: 'readwrite' })
      setFolder(picked)
      return picked
    } catch (error) {
      // Closing the picker is not an error worth a message.
      if ((error as { name?: unknown }).name !== 'AbortError') setFailure(messageOf(error))
      return undefined
    }
  }

  const publish = async (choose: boolean) => {
    setFailure(undefined)
    setOutcome(undefined)
    const target = choose || !folder ? await pick() : folder
    if (!target) return
    setBusy(true)
    try {
      const permission = await (target as PermissionHandle).requestPermission?.({
        mode: 'readwrite',
      })
      if (permission && permission !== 'granted') {
        setFailure(t('desk.folder.denied'))
        return
      }
      const result = await publishToFolder(target, published, files)
      // A folder that is not the data folder is not kept: the next click asks again.
      if (!result.ok && result.kind === 'not-data-folder') setFolder(undefined)
      setOutcome(result)
    } catch (error) {
      setFailure(messageOf(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="desk-folder">
      <p className="desk-actions">
        <button
          type="button"
          className="desk-primary"
          disabled={disabled || busy}
          onClick={() => void publish(false)}
        >
          {folder ? t('desk.folder.publishTo', { folder: folder.name }) : t('desk.folder.publish')}
        </button>
        {folder && (
          <button type="button" disabled={busy} onClick={() => void publish(true)}>
            {t('desk.folder.change')}
          </button>
        )}
      </p>
      <p className="desk-hint">{t('desk.folder.hint')}</p>
      <div role="status" aria-live="polite">
        {busy && <p>{t('desk.folder.busy')}</p>}
        {failure && <p className="desk-problems">{t('desk.folder.error', { problem: failure })}</p>}
        {outcome && <FolderOutcome outcome={outcome} folderName={folder?.name ?? ''} t={t} />}
      </div>
    </div>
  )
}

function FolderOutcome({
  outcome,
  folderName,
  t,
}: {
  outcome: FolderPublishResult
  folderName: string
  t: Translate
}) {
  if (outcome.ok) {
    return (
      <div className="desk-folder-done">
        <p className="desk-ok">{t('desk.folder.done', { count: outcome.written.length })}</p>
        <PathList paths={outcome.written} label={t('desk.folder.written')} />
        {outcome.backups.length > 0 && (
          <PathList paths={outcome.backups} label={t('desk.folder.backups')} />
        )}
      </div>
    )
  }
  if (outcome.kind === 'not-data-folder') {
    return <p className="desk-problems">{t('desk.folder.notDataFolder', { folder: folderName })}</p>
  }
  if (outcome.kind === 'changed-since') {
    return (
      <div className="desk-problems">
        <p>{t('desk.folder.changedSince', { count: outcome.changed.length })}</p>
        <ul>
          {outcome.changed.map((file) => (
            <li key={file.path}>
              {t(`desk.folder.file.${file.how}`, { path: `data/${file.path}` })}
            </li>
          ))}
        </ul>
        <p>{t('desk.folder.reload')}</p>
      </div>
    )
  }
  return (
    <div className="desk-problems">
      <p>{t('desk.folder.failed', { path: `data/${outcome.path}`, problem: outcome.message })}</p>
      {outcome.written.length > 0 && (
        <PathList paths={outcome.written} label={t('desk.folder.written')} />
      )}
      {outcome.backups.length > 0 && (
        <PathList paths={outcome.backups} label={t('desk.folder.backups')} />
      )}
    </div>
  )
}

function PathList({ paths, label }: { paths: string[]; label: string }) {
  return (
    <>
      <p>{label}</p>
      <ul className="desk-files">
        {paths.map((path) => (
          <li key={path}>
            <code>data/{path}</code>
          </li>
        ))}
      </ul>
    </>
  )
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error)
}
