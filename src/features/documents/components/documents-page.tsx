import { useId, useMemo } from 'react'
import { rowsByLetter } from '../../../lib/data/rows-by-letter'
import { useDashboard } from '../../../lib/data/use-dashboard'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { useViewState } from '../../../lib/router/view-state'
import { DataGate } from '../../../lib/ui/data-gate'
import { RevealList } from '../../../lib/ui/reveal-list'
import { localized } from '../../../domain/language'
import { groupDocuments, type DocumentGrouping } from '../group-documents'
import { DocumentCard } from './document-card'
import './documents.css'

/** Every letter, grouped by deputy or by responding body: the way a session's replies are read. */
export function DocumentsPage() {
  const { t, lang } = useI18n()
  const data = useDashboard()
  const { params, setParams } = useViewState()
  const selectId = useId()
  const grouping: DocumentGrouping = params.get('group') === 'respondent' ? 'respondent' : 'deputy'
  const documents = useMemo(
    () => data.visible.flatMap((d) => (d.document ? [d.document] : [])),
    [data.visible],
  )
  const groups = useMemo(() => groupDocuments(documents, grouping), [documents, grouping])
  // One pass over the rows, not one per letter: a province's intranet lists a thousand letters.
  const rowsByDocument = rowsByLetter(data.rows)
  return (
    <DataGate data={data}>
      <h1>{t('documents.title')}</h1>
      <p>{t('documents.summary', { count: documents.length, commitments: data.rows.length })}</p>
      <div className="documents-controls">
        <label htmlFor={selectId}>{t('documents.groupBy')}</label>
        <select
          id={selectId}
          value={grouping}
          onChange={(event) =>
            setParams({ group: event.target.value === 'respondent' ? 'respondent' : null })
          }
        >
          <option value="deputy">{t('documents.group.deputy')}</option>
          <option value="respondent">{t('documents.group.respondent')}</option>
        </select>
      </div>
      {groups.length === 0 && <p>{t('documents.empty')}</p>}
      {/* Groups appear slice by slice too: grouped by deputy, a province has a thousand. */}
      <RevealList
        items={groups}
        deps={[lang, rowsByDocument]}
        render={(group) => (
          <section
            key={group.key}
            className="document-group"
            aria-labelledby={`group-${group.key}`}
          >
            <h2 id={`group-${group.key}`}>{localized(lang, group.label, group.labelEn)}</h2>
            <ul className="document-cards">
              <RevealList
                items={group.documents}
                deps={[rowsByDocument]}
                render={(document) => (
                  <li key={document.id}>
                    <DocumentCard
                      document={document}
                      rows={rowsByDocument.get(document.id) ?? []}
                    />
                  </li>
                )}
              />
            </ul>
          </section>
        )}
      />
    </DataGate>
  )
}
