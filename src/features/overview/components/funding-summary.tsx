import { useId, useMemo } from 'react'
import { formatPercent } from '../../../domain/figure-format'
import { FUNDING_STAGES, fundingTotals, gapClosure } from '../../../domain/funding'
import { localized } from '../../../domain/language'
import type { Dataset } from '../../../lib/data/assemble'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import { Heading } from '../../../lib/ui/heading'
import { WidgetTools } from '../../../lib/ui/widget-tools'
import { buildFundingModel, formatAmount } from '../../funding/funding-model'
import { StageTotalText } from '../../funding/components/stage-total-text'

const GAP_SHAPES = { unknown: '?', open: '◐', closed: '✓' } as const

/**
 * Pledges listed at a glance. A province's letters carry thousands; the largest come first and
 * the funding page lists every one.
 */
const LISTED_GAPS = 10

/** Pledged / allocated / paid out at a glance, each with its source figures, and the gaps. */
export function FundingSummary({ visible, asOf }: { visible: readonly Dataset[]; asOf: string }) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  const titleId = useId()
  const model = useMemo(() => buildFundingModel(visible, asOf), [visible, asOf])
  const totals = fundingTotals(model.lines, model.context)
  const gaps = model.lines.flatMap((line) => {
    const closure = gapClosure(line, model.context)
    return closure.state === 'no-pledge' ? [] : [{ line, closure }]
  })
  const listed =
    gaps.length <= LISTED_GAPS
      ? gaps
      : [...gaps]
          .sort((a, b) => b.closure.pledged.entry.amount - a.closure.pledged.entry.amount)
          .slice(0, LISTED_GAPS)
  return (
    <section
      className="overview-widget funding-summary"
      data-widget-id="funding-summary"
      aria-labelledby={titleId}
    >
      <Heading level={3} id={titleId}>
        {t('overview.funding.title')}
      </Heading>
      {model.lines.length === 0 ? (
        <p>{t('overview.funding.none')}</p>
      ) : (
        <>
          <p className="chart-summary">{t('overview.funding.summary')}</p>
          <dl className="funding-summary-stages">
            {FUNDING_STAGES.map((stage) => {
              const total = totals.byStage[stage]
              return (
                <div key={stage} data-stage={stage}>
                  <dt>{t(`funding.stage.${stage}`)}</dt>
                  <dd>
                    {total ? (
                      <StageTotalText total={total} />
                    ) : (
                      <span className="no-evidence">
                        {t(stage === 'disbursed' ? 'funding.noPayment' : 'funding.noEvidence')}
                      </span>
                    )}
                  </dd>
                </div>
              )
            })}
          </dl>
          {gaps.length > 0 && (
            <>
              <Heading level={4}>{t('overview.funding.gaps')}</Heading>
              <ul className="funding-summary-gaps">
                {listed.map(({ line, closure }) => {
                  const label = localized(lang, line.label, line.labelEn)
                  const pledge = closure.pledged.entry
                  const pledged = formatAmount(pledge.amount, pledge.comparator, lang)
                  return (
                    <li key={line.id} data-line-id={line.id} data-gap-state={closure.state}>
                      <span aria-hidden="true" className={`gap-shape gap-${closure.state}`}>
                        {GAP_SHAPES[closure.state]}
                      </span>
                      {closure.state === 'unknown'
                        ? t('overview.funding.gap.unknown', { label, pledged })
                        : t(`overview.funding.gap.${closure.state}`, {
                            label,
                            pledged,
                            disbursed: formatAmount(closure.disbursed, '=', lang),
                            percent: formatPercent(closure.fraction, lang),
                          })}{' '}
                      <span className="as-written">
                        ({t('funding.asWritten', { asWritten: pledge.asWritten })})
                      </span>
                    </li>
                  )
                })}
              </ul>
              {listed.length < gaps.length && (
                <p>
                  {t('overview.funding.moreGaps', { shown: listed.length, total: gaps.length })}
                </p>
              )}
            </>
          )}
          <p>
            <a href={href(paths.funding())}>{t('overview.funding.link')}</a>
          </p>
        </>
      )}
      <WidgetTools id="funding-summary" title={t('overview.funding.title')} describedBy={titleId} />
    </section>
  )
}
