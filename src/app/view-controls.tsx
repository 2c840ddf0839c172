import { useId } from 'react'
import { formatDate } from '../domain/dates'
import { describeDocumentChoice } from '../lib/format/describe-document'
import type { TrackerData } from '../lib/data/use-tracker-data'
import { useI18n } from '../lib/i18n/i18n-context'
import { useViewState } from '../lib/router/view-state'
import { useAsOfDraft } from './use-as-of-draft'

/** The "as of" date (time travel) and the document switcher: they shape every view. */
export function ViewControls({ data }: { data: TrackerData }) {
  const { t, lang } = useI18n()
  const view = useViewState()
  const dateId = useId()
  const docId = useId()
  const [asOfDraft, setAsOfDraft] = useAsOfDraft()
  const documents = data.datasets.flatMap((d) => (d.document ? [d.document] : []))
  const unknownDoc =
    view.doc && data.status === 'ready' && !documents.some((d) => d.id === view.doc)
  return (
    <div className="view-controls">
      <div className="control">
        <label htmlFor={dateId}>{t('asOf.label')}</label>
        <input
          id={dateId}
          type="date"
          value={asOfDraft}
          aria-describedby={`${dateId}-help`}
          onChange={(event) => setAsOfDraft(event.target.value)}
        />
        <span id={`${dateId}-help`} className="visually-hidden">
          {t('asOf.help')}
        </span>
        {!view.isToday && (
          <button type="button" onClick={() => view.setParams({ asOf: null })}>
            {t('asOf.today')}
          </button>
        )}
      </div>
      {documents.length > 1 && (
        <div className="control">
          <label htmlFor={docId}>{t('docSwitcher.label')}</label>
          <select
            id={docId}
            value={view.doc ?? ''}
            onChange={(e) => view.setParams({ doc: e.target.value || null })}
          >
            <option value="">{t('docSwitcher.all')}</option>
            {documents.map((d) => (
              <option key={d.id} value={d.id}>
                {describeDocumentChoice(d, t, lang)}
              </option>
            ))}
          </select>
        </div>
      )}
      {!view.isToday && (
        <p className="as-of-banner" role="status">
          {t('asOf.banner', { date: formatDate(view.asOf, lang) })}
        </p>
      )}
      {view.invalidAsOf && (
        <p className="as-of-banner" role="alert">
          {t('asOf.invalid', { value: view.invalidAsOf })}
        </p>
      )}
      {unknownDoc && (
        <p className="as-of-banner" role="alert">
          {t('docSwitcher.unknown', { id: view.doc ?? '' })}
        </p>
      )}
    </div>
  )
}
