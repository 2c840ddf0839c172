import { lazy, Suspense, useId, useMemo } from 'react'
import { formatDate } from '../../../domain/dates'
import { formatPercent } from '../../../domain/figure-format'
import { localized } from '../../../domain/language'
import { formatYuanExact } from '../../../domain/money'
import type { TargetCommitment } from '../../../domain/schema/commitment'
import { targetProgress } from '../../../domain/target'
import { ChartFrame } from '../../../lib/chart/chart-frame'
import { describeDeadline } from '../../../lib/format/describe-deadline'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { useViewState } from '../../../lib/router/view-state'
import { paths } from '../../../lib/router/routes'
import { ErrorBoundary } from '../../../lib/ui/error-boundary'
import { Heading } from '../../../lib/ui/heading'
import { formatAmount, formatEntryDate, type FundingModel } from '../funding-model'
import type { TargetBarRow } from './funding-target-chart'
import { RevealList } from '../../../lib/ui/reveal-list'
import { WhenVisible } from '../../../lib/ui/when-visible'

const FundingTargetChart = lazy(() => import('./funding-target-chart'))

/** Money targets tied to funding lines (e.g. "投入省市资金3亿元以上"): baseline, evidence, target. */
export function FundingTargetSection({ model }: { model: FundingModel }) {
  const { t } = useI18n()
  const headingId = useId()
  const targets = useMemo(() => {
    const ids = [...new Set(model.lines.flatMap((line) => line.commitmentIds))]
    return ids.flatMap((id) => {
      const commitment = model.commitments.get(id)
      return commitment?.kind === 'target' && commitment.figure.unit === 'yuan' ? [commitment] : []
    })
  }, [model])
  if (targets.length === 0) return null
  return (
    <section
      className="funding-section"
      aria-labelledby={headingId}
      data-widget-id="funding-target"
    >
      <Heading level={2} id={headingId}>
        {t('funding.target.heading')}
      </Heading>
      <RevealList
        items={targets}
        render={(commitment) => (
          <ErrorBoundary key={commitment.id}>
            <TargetWidget commitment={commitment} model={model} />
          </ErrorBoundary>
        )}
        deps={[model]}
      />
    </section>
  )
}

/** One money target with its chart (`funding-target-<commitmentId>`), also embedded on its own. */
export function TargetWidget({
  commitment,
  model,
}: {
  commitment: TargetCommitment
  model: FundingModel
}) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  const updates = model.updatesByDocument.get(commitment.documentId) ?? []
  const progress = targetProgress(commitment, updates, model.asOf)
  const { figure, baseline } = commitment
  const title = localized(lang, commitment.title, commitment.titleEn)
  const targetText = `${t('funding.target.target')} ${formatAmount(figure.value, figure.comparator, lang)}`
  const baselineDate = baseline
    ? formatEntryDate(baseline.asOf ?? '', baseline.asOf !== null, t, lang)
    : ''
  // The exact figure beside the rounded one, so it can be found in the letter (18700万元).
  const baselineText = baseline
    ? t('funding.target.baselineValue', {
        amount: formatAmount(baseline.value, '=', lang),
        exact: formatYuanExact(baseline.value, lang),
        date: baselineDate,
      })
    : t('funding.target.baselineNone')
  const latestText =
    progress.state === 'no-evidence'
      ? t('state.no-evidence')
      : `${formatAmount(progress.value, '=', lang)} · ${formatDate(progress.update.asOf, lang)} · ${t('headline.percentOfTarget', { percent: formatPercent(progress.fraction, lang) })}`
  // Bars carry only the amount; the date goes with the axis label so a phone can fit both.
  const rows: TargetBarRow[] = [
    ...(baseline
      ? [
          {
            label: `${t('funding.target.baseline')} · ${baselineDate}`,
            value: baseline.value,
            text: formatAmount(baseline.value, '=', lang),
          },
        ]
      : []),
    progress.state === 'no-evidence'
      ? { label: t('funding.target.latest'), value: null, text: t('state.no-evidence') }
      : {
          label: `${t('funding.target.latest')} · ${formatDate(progress.update.asOf, lang)}`,
          value: progress.value,
          text: formatAmount(progress.value, '=', lang),
        },
  ]
  const drawable = baseline !== undefined || progress.state !== 'no-evidence'
  return (
    <article className="funding-target" data-commitment-id={commitment.id} aria-label={title}>
      <Heading level={3}>
        <a href={href(paths.commitment(commitment.id))}>{title}</a>
      </Heading>
      <dl className="funding-facts">
        <div>
          <dt>{t('funding.target.target')}</dt>
          <dd>
            <strong>{formatAmount(figure.value, figure.comparator, lang)}</strong>{' '}
            <span className="as-written">
              ({t('funding.asWritten', { asWritten: figure.asWritten })})
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('funding.target.baseline')}</dt>
          <dd>
            {baselineText}
            {baseline && (baseline.note || baseline.noteEn) && (
              <span className="note">{localized(lang, baseline.note ?? '', baseline.noteEn)}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('funding.target.latest')}</dt>
          <dd className={progress.state === 'no-evidence' ? 'no-evidence' : undefined}>
            {latestText}
          </dd>
        </div>
        <div>
          <dt>{t('headline.deadline')}</dt>
          <dd>{describeDeadline(commitment.deadline, t, lang)}</dd>
        </div>
      </dl>
      {drawable ? (
        <ChartFrame
          id={`funding-target-${commitment.id}`}
          title={title}
          summary={t('funding.target.summary', {
            target: formatAmount(figure.value, figure.comparator, lang),
            baseline: baselineText,
            latest: latestText,
          })}
          table={{
            columns: [
              t('funding.target.item'),
              t('funding.target.value'),
              t('funding.target.when'),
            ],
            rows: [
              [
                t('funding.target.target'),
                formatAmount(figure.value, figure.comparator, lang),
                describeDeadline(commitment.deadline, t, lang),
              ],
              [
                t('funding.target.baseline'),
                baseline
                  ? formatAmount(baseline.value, '=', lang)
                  : t('funding.target.baselineNone'),
                baselineDate || '—',
              ],
              [
                t('funding.target.latest'),
                progress.state === 'no-evidence'
                  ? t('state.no-evidence')
                  : formatAmount(progress.value, '=', lang),
                progress.state === 'no-evidence' ? '—' : formatDate(progress.update.asOf, lang),
              ],
            ],
          }}
        >
          <WhenVisible minHeight={rows.length * 52 + 60}>
            <Suspense fallback={<p role="status">{t('chart.loading')}</p>}>
              <FundingTargetChart rows={rows} target={figure.value} targetText={targetText} />
            </Suspense>
          </WhenVisible>
        </ChartFrame>
      ) : (
        <p className="note">{t('funding.target.nothingToDraw')}</p>
      )}
    </article>
  )
}
