import { useId, useMemo } from 'react'
import { datedEntries, type OfWhichSplit } from '../../../domain/funding'
import { localized } from '../../../domain/language'
import type { FundingLine } from '../../../domain/schema/funding'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import { Heading } from '../../../lib/ui/heading'
import {
  formatAmount,
  formatEntryDate,
  joinList,
  lineSourceLabel,
  type FundingModel,
} from '../funding-model'
import { FundingEvidence } from './funding-evidence'
import { RevealList } from '../../../lib/ui/reveal-list'
import { useLandmarkLabel } from './body-label'
import { splitsByLine } from './split-lookup'

/** Every funding line with every entry, the figure as written and its evidence: the record. */
export function FundingLinesTable({ model }: { model: FundingModel }) {
  const { t } = useI18n()
  const headingId = useId()
  const labelledBy = useLandmarkLabel(headingId)
  // Looked up once for the whole table, not once per line across all lines.
  const lookup = useMemo(
    () => ({
      byId: new Map(model.lines.map((line) => [line.id, line])),
      splits: splitsByLine(model.lines, model.context),
    }),
    [model],
  )
  return (
    // Only the scrolling table is a named region: two landmarks with one name would be ambiguous.
    <section className="funding-section">
      <Heading level={2} id={headingId}>
        {t('funding.lines.title')}
      </Heading>
      {/* Wide tables scroll inside their own box so a phone page never scrolls sideways. */}
      <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
        <table className="funding-lines">
          <caption>{t('funding.lines.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('funding.lines.line')}</th>
              <th scope="col">{t('funding.lines.stage')}</th>
              <th scope="col">{t('funding.lines.amount')}</th>
              <th scope="col">{t('funding.lines.asWritten')}</th>
              <th scope="col">{t('funding.lines.asOf')}</th>
              <th scope="col">{t('funding.lines.evidence')}</th>
            </tr>
          </thead>
          <RevealList
            items={model.lines}
            render={(line) => <LineRows key={line.id} line={line} model={model} lookup={lookup} />}
            deps={[model, lookup]}
          />
        </table>
      </div>
    </section>
  )
}

interface Lookup {
  byId: ReadonlyMap<string, FundingLine>
  splits: ReadonlyMap<string, OfWhichSplit[]>
}

function LineRows({
  line,
  model,
  lookup,
}: {
  line: FundingLine
  model: FundingModel
  lookup: Lookup
}) {
  const { t, lang } = useI18n()
  const entries = datedEntries(line, model.context).sort((a, b) => a.date.localeCompare(b.date))
  const lineCell = (
    <th scope="rowgroup" rowSpan={Math.max(entries.length, 1)} className="funding-line-cell">
      <LineFacts line={line} model={model} lookup={lookup} />
    </th>
  )
  if (entries.length === 0) {
    return (
      <tbody data-line-id={line.id}>
        <tr>
          {lineCell}
          <td colSpan={5}>{t('funding.lines.noEntries')}</td>
        </tr>
      </tbody>
    )
  }
  return (
    <tbody data-line-id={line.id}>
      {entries.map(({ entry, date, dateStated }, i) => (
        <tr key={i} data-stage={entry.stage}>
          {i === 0 && lineCell}
          <td data-label={t('funding.lines.stage')}>{t(`funding.stage.${entry.stage}`)}</td>
          <td className="amount" data-label={t('funding.lines.amount')}>
            {formatAmount(entry.amount, entry.comparator, lang)}
          </td>
          <td className="as-written-cell" data-label={t('funding.lines.asWritten')}>
            {entry.asWritten}
          </td>
          <td data-label={t('funding.lines.asOf')}>
            {dateStated ? (
              <time dateTime={date}>{formatEntryDate(date, dateStated, t, lang)}</time>
            ) : (
              <strong className="date-unknown">{t('funding.dateUnknown')}</strong>
            )}
            {(entry.note || entry.noteEn) && (
              <p className="note">{localized(lang, entry.note ?? '', entry.noteEn)}</p>
            )}
          </td>
          <td data-label={t('funding.lines.evidence')}>
            <FundingEvidence evidence={entry.evidence} updates={model.updates} />
          </td>
        </tr>
      ))}
    </tbody>
  )
}

/** The line itself: name, whose money, what it belongs to and which promises it funds. */
function LineFacts({
  line,
  model,
  lookup,
}: {
  line: FundingLine
  model: FundingModel
  lookup: Lookup
}) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  const parent = line.partOf ? lookup.byId.get(line.partOf) : undefined
  const splits = lookup.splits.get(line.id) ?? []
  return (
    <div className="funding-line-facts">
      <div className="funding-line-label">{localized(lang, line.label, line.labelEn)}</div>
      <div>{t('funding.lines.source', { source: lineSourceLabel(line, t, lang) })}</div>
      {parent && (
        <div>
          {t('funding.lines.partOf', { label: localized(lang, parent.label, parent.labelEn) })}
        </div>
      )}
      {splits.map((split) =>
        split.state === 'split' ? (
          <div key={split.stage} className="derived-text">
            {t('funding.lines.split', {
              stated: joinList(
                split.parts.map(
                  (p) =>
                    `${lineSourceLabel(p.line, t, lang)} ${formatAmount(p.dated.entry.amount, p.dated.entry.comparator, lang)}`,
                ),
                lang,
              ),
              remainder: formatAmount(split.remainder.amount, split.remainder.comparator, lang),
            })}
          </div>
        ) : null,
      )}
      {line.commitmentIds.length > 0 && (
        <div>
          {t('funding.lines.commitments')}
          <ul className="funding-line-commitments">
            {line.commitmentIds.map((id) => {
              const commitment = model.commitments.get(id)
              return (
                <li key={id}>
                  <a href={href(paths.commitment(id))}>
                    {commitment ? localized(lang, commitment.title, commitment.titleEn) : id}
                  </a>
                </li>
              )
            })}
          </ul>
        </div>
      )}
      {(line.note || line.noteEn) && (
        <div className="note">{localized(lang, line.note ?? '', line.noteEn)}</div>
      )}
    </div>
  )
}
