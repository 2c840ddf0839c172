import { useMemo } from 'react'
import {
  diffDatasets,
  type FieldChange,
  type ItemChange,
} from '../../../domain/draft/diff-datasets'
import { formatYuan } from '../../../domain/money'
import type { JsonObject } from '../../../domain/draft/snapshot'
import { useI18n } from '../../../lib/i18n/i18n-context'
import type { MessageKey } from '../../../lib/i18n/translate'
import { deskLetterName } from '../letter-name'
import type { Desk } from '../use-desk'
import { changeValue } from './change-value'
import { changesByCommitment } from './commitment-changes'

/** What publishing would change, letter by letter and commitment by commitment. */
export function DiffView({ desk }: { desk: Desk }) {
  const { t, lang } = useI18n()
  const diffs = useMemo(
    () => diffDatasets(desk.published, desk.drafted),
    [desk.published, desk.drafted],
  )
  if (diffs.length === 0) return <p className="desk-panel">{t('desk.review.noChanges')}</p>
  return (
    <div className="desk-diff">
      {diffs.map((diff) => {
        const dataset = desk.drafted.datasets.find((item) => item.entry.id === diff.id)
        const title = deskLetterName(dataset?.document, diff.id, t, lang)
        return (
          <section
            key={diff.id}
            className="desk-panel"
            aria-labelledby={`desk-diff-${diff.id}`}
            data-dataset-id={diff.id}
          >
            <h2 id={`desk-diff-${diff.id}`}>
              {title}{' '}
              {diff.isNew && <span className="desk-badge">{t('desk.review.newLetter')}</span>}
            </h2>
            {diff.document.length > 0 && !diff.isNew && <Fields fields={diff.document} />}
            {diff.isNew && <p>{t('desk.review.newLetterFiles', { id: diff.id })}</p>}
            {changesByCommitment(diff, desk.drafted, desk.published).map((changes) => (
              <article key={changes.id} className="desk-diff-item" data-commitment-id={changes.id}>
                <h3>
                  {String(changes.commitment?.title ?? changes.id)}{' '}
                  {changes.own && (
                    <span className={`desk-badge is-${changes.own.change}`}>
                      {t(`desk.review.change.${changes.own.change}`)}
                    </span>
                  )}
                </h3>
                <p className="desk-id">{changes.id}</p>
                {changes.own?.change === 'changed' && <Fields fields={changes.own.fields} />}
                {changes.updates.map((update) => (
                  <UpdateChange key={update.id} change={update} />
                ))}
                {changes.funding
                  .filter((line) => line.change === 'added')
                  .map((line) => (
                    <LineAdded key={`${line.id}-line`} line={line.item} />
                  ))}
                {changes.funding.map((line) =>
                  [
                    ...line.entriesAdded.map((entry) => ['added', entry] as const),
                    ...line.entriesRemoved.map((entry) => ['removed', entry] as const),
                  ].map(([kind, entry], i) => (
                    <EntryChange
                      key={`${line.id}-${kind}-${i}`}
                      kind={kind}
                      line={line.item}
                      entry={entry}
                    />
                  )),
                )}
              </article>
            ))}
          </section>
        )
      })}
    </div>
  )
}

function Fields({ fields }: { fields: FieldChange[] }) {
  const { t } = useI18n()
  return (
    <table className="desk-fields-table">
      <caption className="visually-hidden">{t('desk.review.fieldsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('desk.review.field')}</th>
          <th scope="col">{t('desk.review.before')}</th>
          <th scope="col">{t('desk.review.after')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.field}>
            <th scope="row">
              <code>{field.field}</code>
            </th>
            <td>{changeValue(field.before)}</td>
            <td>{changeValue(field.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function UpdateChange({ change }: { change: ItemChange }) {
  const { t } = useI18n()
  const update = change.item
  const verdict = update.verdict as { status?: string; rationale?: string } | undefined
  return (
    <div className="desk-diff-update">
      <p>
        <span className={`desk-badge is-${change.change}`}>
          {t(`desk.review.update.${change.change}`)}
        </span>{' '}
        <strong>{String(update.asOf ?? '')}</strong> {String(update.summary ?? '')}
      </p>
      {verdict?.status && (
        <p>
          {t('desk.review.verdict', {
            status: t(`status.${verdict.status}` as MessageKey),
            rationale: String(verdict.rationale ?? ''),
          })}
        </p>
      )}
      {change.change === 'changed' && <Fields fields={change.fields} />}
    </div>
  )
}

function EntryChange({
  kind,
  line,
  entry,
}: {
  kind: 'added' | 'removed'
  line: JsonObject
  entry: JsonObject
}) {
  const { t, lang } = useI18n()
  const amount = typeof entry.amount === 'number' ? formatYuan(entry.amount, lang) : '—'
  return (
    <p className="desk-diff-entry">
      <span className={`desk-badge is-${kind}`}>{t(`desk.review.entry.${kind}`)}</span>{' '}
      {t('desk.review.entry', {
        line: String(line.label ?? line.id),
        stage: t(`desk.stage.${String(entry.stage)}` as MessageKey),
        amount,
        asWritten: String(entry.asWritten ?? ''),
        date: String(entry.asOf ?? '—'),
      })}
    </p>
  )
}

/** A funding line the draft adds: its name and where its money comes from. */
function LineAdded({ line }: { line: JsonObject }) {
  const { t } = useI18n()
  const source = t(`desk.fundSource.${String(line.fundSource)}` as MessageKey)
  return (
    <p className="desk-diff-entry" data-line-id={String(line.id ?? '')}>
      <span className="desk-badge is-added">{t('desk.review.line.added')}</span>{' '}
      {t('desk.review.line', {
        line: String(line.label ?? line.id),
        source: line.fundName ? `${source} · ${String(line.fundName)}` : source,
      })}
    </p>
  )
}
