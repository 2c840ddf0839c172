import { useQuery } from '@tanstack/react-query'
import { Fragment, useMemo, type ReactNode } from 'react'
import { DataSourceProvider, useDataSource } from '../../../lib/data/data-source'
import { useDraftState } from '../../../lib/draft/draft-context'
import { publishedSnapshotQuery } from '../../../lib/draft/published-snapshot'
import { describeError } from '../../../lib/i18n/describe-issue'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import { draftDataSource } from './draft-source'
import './preview.css'

/**
 * `?preview=draft`: the whole dashboard runs on the draft. The children read it from the
 * DataSourceProvider and are remounted under the source's key, so no view ever mixes published
 * and drafted data (nor keeps state from another revision); the query keys carry the same key
 * for the cache.
 */
export function DraftPreview({ children }: { children: ReactNode }) {
  const { preview } = useViewState()
  const { draft } = useDraftState()
  const outer = useDataSource()
  const published = useQuery({ ...publishedSnapshotQuery(outer), enabled: preview })
  const source = useMemo(
    () =>
      preview && published.data ? draftDataSource(published.data, draft, outer.location) : null,
    [preview, published.data, draft, outer.location],
  )
  if (preview && !source) return <PreviewPending error={published.error} />
  const current = source ?? outer
  return (
    <>
      <DataSourceProvider source={current}>
        <Fragment key={current.key}>{children}</Fragment>
      </DataSourceProvider>
      {/* After the page in the DOM (the skip link stays first), fixed to the viewport's foot, so
          it is on screen on every page and at every scroll position. */}
      {source && <PreviewBanner />}
    </>
  )
}

function PreviewBanner() {
  const { t } = useI18n()
  const { href, path } = useViewState()
  return (
    <div className="desk-preview-banner" role="region" aria-label={t('desk.preview.label')}>
      <p>
        <strong>{t('desk.preview.banner')}</strong> {t('desk.preview.explain')}
      </p>
      <p className="desk-preview-links">
        <a href={href(paths.desk('review'), { preview: null })}>{t('desk.preview.backToDesk')}</a>
        <a href={href(path, { preview: null })}>{t('desk.preview.leave')}</a>
      </p>
    </div>
  )
}

function PreviewPending({ error }: { error: unknown }) {
  const { t } = useI18n()
  const { href, path } = useViewState()
  return (
    <div className="desk-preview-banner" role="region" aria-label={t('desk.preview.label')}>
      <p role={error ? 'alert' : 'status'}>
        {error
          ? t('desk.preview.failed', { problem: describeError(error, t) })
          : t('desk.preview.loading')}
      </p>
      <p className="desk-preview-links">
        <a href={href(path, { preview: null })}>{t('desk.preview.leave')}</a>
      </p>
    </div>
  )
}
