import { lazy, Suspense, useMemo } from 'react'
import { formatPercent } from '../../../domain/figure-format'
import { gapClosure, type GapClosure } from '../../../domain/funding'
import { localized } from '../../../domain/language'
import type { FundingLine } from '../../../domain/schema/funding'
import { ChartFrame } from '../../../lib/chart/chart-frame'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { ErrorBoundary } from '../../../lib/ui/error-boundary'
import { formatAmount, formatEntryDate, type FundingModel } from '../funding-model'
import { RevealList } from '../../../lib/ui/reveal-list'
import { WhenVisible } from '../../../lib/ui/when-visible'
import { SectionShell, type SectionPlacement } from './section-shell'

const FundingGapChart = lazy(() => import('./funding-gap-chart'))
/** The drawn chart's height (funding-gap-chart.tsx), for the box that waits for it. */
const GAP_CHART_HEIGHT = 260

export type Pledged = Exclude<GapClosure, { state: 'no-pledge' }>

/** Every pledge and how much of it has been paid out over time, or that nobody has said. */
export function FundingGapSection({
  model,
  widgetId = 'funding-gap',
  headless,
}: { model: FundingModel } & SectionPlacement) {
  const { t } = useI18n()
  const pledges = useMemo(
    () =>
      model.lines.flatMap((line) => {
        const closure = gapClosure(line, model.context)
        return closure.state === 'no-pledge' ? [] : [{ line, closure }]
      }),
    [model],
  )
  if (pledges.length === 0) return null
  return (
    <SectionShell title={t('funding.gap.heading')} widgetId={widgetId} headless={headless}>
      <RevealList
        items={pledges}
        render={({ line, closure }) => (
          <ErrorBoundary key={line.id}>
            <GapFrame line={line} closure={closure} asOf={model.asOf} />
          </ErrorBoundary>
        )}
        deps={[model.asOf]}
      />
    </SectionShell>
  )
}

/** One pledge's chart (`funding-gap-<lineId>`), also embedded on its own. */
export function GapFrame({
  line,
  closure,
  asOf,
}: {
  line: FundingLine
  closure: Pledged
  asOf: string
}) {
  const { t, lang } = useI18n()
  const pledge = closure.pledged.entry
  const pledgedText = formatAmount(pledge.amount, pledge.comparator, lang)
  const pledgeDate = formatEntryDate(closure.pledged.date, closure.pledged.dateStated, t, lang)
  const points = closure.state === 'unknown' ? [] : closure.points
  const summary =
    closure.state === 'unknown'
      ? t('funding.gap.summary.unknown', { pledged: pledgedText, date: pledgeDate })
      : t(`funding.gap.summary.${closure.state}`, {
          pledged: pledgedText,
          // The arithmetic divides amounts: "÷ 不少于 5000万元" would not be a sum anyone does.
          pledgedAmount: formatAmount(pledge.amount, '=', lang),
          date: formatEntryDate(points.at(-1)!.date, points.at(-1)!.dateStated, t, lang),
          disbursed: formatAmount(closure.disbursed, '=', lang),
          // What is left of an "at least" pledge is at least the difference.
          remaining: formatAmount(closure.remaining, pledge.comparator, lang),
          percent: formatPercent(closure.fraction, lang),
        })
  return (
    <div className="funding-gap" data-line-id={line.id} data-gap-state={closure.state}>
      {closure.state === 'unknown' && (
        <p className="no-payment">
          <span aria-hidden="true" className="no-payment-shape">
            ?
          </span>
          {localized(lang, line.label, line.labelEn)}:{t('funding.noPayment')}
        </p>
      )}
      <ChartFrame
        id={`funding-gap-${line.id}`}
        title={t('funding.gap.title', { label: localized(lang, line.label, line.labelEn) })}
        summary={summary}
        table={{
          columns: [
            t('funding.gap.date'),
            t('funding.gap.event'),
            t('funding.gap.amount'),
            t('funding.gap.note'),
          ],
          rows: [
            [
              pledgeDate,
              t('funding.gap.pledged'),
              pledgedText,
              t('funding.asWritten', { asWritten: pledge.asWritten }),
            ],
            ...(points.length === 0
              ? [['—', t('funding.gap.disbursed'), t('funding.noPayment'), '']]
              : points.map((point) => [
                  formatEntryDate(point.date, point.dateStated, t, lang),
                  t('funding.gap.disbursed'),
                  formatAmount(point.cumulative, point.entry.comparator, lang),
                  t('funding.asWritten', { asWritten: point.entry.asWritten }),
                ])),
          ],
        }}
      >
        <WhenVisible minHeight={GAP_CHART_HEIGHT}>
          <Suspense fallback={<p role="status">{t('chart.loading')}</p>}>
            <FundingGapChart
              pledged={{
                amount: pledge.amount,
                // A pledge without any date (no document date either) starts the axis at the view date.
                date: closure.pledged.date || asOf,
                text: `${t('funding.gap.pledged')} ${pledgedText}`,
              }}
              points={points.map((point) => ({
                date: point.date,
                amount: point.cumulative,
                text: formatAmount(point.cumulative, point.entry.comparator, lang),
              }))}
              asOf={asOf}
              unknownText={t('funding.noPayment')}
            />
          </Suspense>
        </WhenVisible>
      </ChartFrame>
      {closure.state === 'open' && <p className="note derived-note">{t('funding.derivedNote')}</p>}
      {(line.note || line.noteEn) && (
        <p className="note">{localized(lang, line.note ?? '', line.noteEn)}</p>
      )}
    </div>
  )
}
