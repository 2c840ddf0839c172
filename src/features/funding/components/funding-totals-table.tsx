import { useId } from 'react'
import {
  FUND_SOURCES,
  FUNDING_STAGES,
  fundingTotals,
  type StageTotals,
} from '../../../domain/funding'
import { useI18n } from '../../../lib/i18n/i18n-context'
import type { FundingModel } from '../funding-model'
import { StageItems } from './stage-items'

/**
 * The source's amounts per source of funds and stage, shares listed once (inside their total),
 * each traced to its words. Not added up: no total row, since the letter states no such sum.
 */
export function FundingTotalsTable({ model }: { model: FundingModel }) {
  const { t } = useI18n()
  const headingId = useId()
  const totals = fundingTotals(model.lines, model.context)
  const sources = FUND_SOURCES.filter((source) => totals.bySource[source])
  return (
    // Only the scrolling table is a named region: two landmarks with one name would be ambiguous.
    <section className="funding-section">
      <h2 id={headingId}>{t('funding.totals.title')}</h2>
      <p className="note">{t('funding.totals.note')}</p>
      <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
        <table className="funding-totals">
          <thead>
            <tr>
              <th scope="col">{t('funding.totals.source')}</th>
              {FUNDING_STAGES.map((stage) => (
                <th key={stage} scope="col">
                  {t(`funding.stage.${stage}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <TotalsRow
                key={source}
                label={t(`funding.source.${source}`)}
                totals={totals.bySource[source] ?? {}}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function TotalsRow({ label, totals }: { label: string; totals: StageTotals }) {
  const { t } = useI18n()
  return (
    <tr>
      <th scope="row">{label}</th>
      {FUNDING_STAGES.map((stage) => {
        const total = totals[stage]
        return (
          <td key={stage}>
            {total ? (
              <StageItems total={total} />
            ) : (
              <span className="no-evidence">{t('funding.noEvidence')}</span>
            )}
          </td>
        )
      })}
    </tr>
  )
}
