import { useId } from 'react'
import {
  FUND_SOURCES,
  FUNDING_STAGES,
  fundingTotals,
  STATED_NEED_STAGES,
  type StageTotal,
  type StageTotals,
} from '../../../domain/funding'
import type { FundingStage } from '../../../domain/schema/funding'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { Heading } from '../../../lib/ui/heading'
import { lineSourceLabel, sourceLabel, type FundingModel } from '../funding-model'
import { useLandmarkLabel } from './body-label'
import { StageItems } from './stage-items'

type Items = StageTotal['items']

interface SourceRow {
  key: string
  label: string
  /** The amounts listed per stage; their sum is never shown (see StageItems). */
  items: Partial<Record<FundingStage, Items>>
}

/**
 * The source's amounts per source of funds and stage, shares listed once (inside their total),
 * each traced to its words. Not added up: no total row, since the letter states no such sum. A
 * stated need or unfunded remainder has its own column, only when some line states one.
 */
export function FundingTotalsTable({ model }: { model: FundingModel }) {
  const { t, lang } = useI18n()
  const headingId = useId()
  const labelledBy = useLandmarkLabel(headingId)
  const totals = fundingTotals(model.lines, model.context)
  const apart = STATED_NEED_STAGES.filter((stage) => totals.byStage[stage])
  const stages: FundingStage[] = [...FUNDING_STAGES, ...apart]
  const rows: SourceRow[] = FUND_SOURCES.flatMap((source) => {
    const bySource = totals.bySource[source]
    if (!bySource) return []
    // Two named special funds are two sources: one row each, under the fund's own name.
    if (source === 'special-fund') {
      return splitByLabel(bySource, (line) => lineSourceLabel(line, t, lang))
    }
    return [{ key: source, label: sourceLabel(source, t), items: itemsOf(bySource) }]
  })
  return (
    // Only the scrolling table is a named region: two landmarks with one name would be ambiguous.
    <section className="funding-section">
      <Heading level={2} id={headingId}>
        {t('funding.totals.title')}
      </Heading>
      <p className="note">{t('funding.totals.note')}</p>
      {apart.length > 0 && <p className="note funding-apart-note">{t('funding.apartNote')}</p>}
      <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
        <table className="funding-totals">
          <thead>
            <tr>
              <th scope="col">{t('funding.totals.source')}</th>
              {stages.map((stage) => (
                <th key={stage} scope="col" data-stage={stage}>
                  {t(`funding.stage.${stage}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <TotalsRow key={row.key} row={row} stages={stages} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function itemsOf(totals: StageTotals): SourceRow['items'] {
  const items: SourceRow['items'] = {}
  for (const [stage, total] of stageEntries(totals)) items[stage] = total.items
  return items
}

function stageEntries(totals: StageTotals): Array<[FundingStage, StageTotal]> {
  return Object.entries(totals) as Array<[FundingStage, StageTotal]>
}

/** One source's items regrouped by a label of their line (a special fund's name). */
function splitByLabel(totals: StageTotals, labelOf: (line: Items[number]['line']) => string) {
  const rows = new Map<string, SourceRow>()
  for (const [stage, total] of stageEntries(totals)) {
    for (const item of total.items) {
      const label = labelOf(item.line)
      let row = rows.get(label)
      if (!row) {
        row = { key: `special-fund:${label}`, label, items: {} }
        rows.set(label, row)
      }
      ;(row.items[stage] ??= []).push(item)
    }
  }
  return [...rows.values()]
}

function TotalsRow({ row, stages }: { row: SourceRow; stages: readonly FundingStage[] }) {
  const { t } = useI18n()
  return (
    <tr>
      <th scope="row">{row.label}</th>
      {stages.map((stage) => {
        const items = row.items[stage]
        return (
          <td key={stage} data-stage={stage}>
            {items ? (
              <StageItems items={items} />
            ) : (
              <span className="no-evidence">{t('funding.noEvidence')}</span>
            )}
          </td>
        )
      })}
    </tr>
  )
}
