import { describeNoEvidence } from '../../../lib/format/describe-assessment'
import { lazy, Suspense, useMemo } from 'react'
import type { ReadingBasis } from '../../../domain/assessment/readings'
import { formatDate } from '../../../domain/dates'
import { localized } from '../../../domain/language'
import { formatYuanExact } from '../../../domain/money'
import type { TargetCommitment } from '../../../domain/schema/commitment'
import { ChartFrame } from '../../../lib/chart/chart-frame'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { useDashboard } from '../../../lib/data/use-dashboard'
import {
  describeDerivation,
  describeKind,
  describeProgress,
  describeReading,
} from '../../../lib/format/describe-assessment'
import { describeDeadline } from '../../../lib/format/describe-deadline'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { useViewState } from '../../../lib/router/view-state'
import { paths } from '../../../lib/router/routes'
import { AssessmentStatus } from '../../../lib/ui/assessment/assessment-status'
import { FreshnessNote } from '../../../lib/ui/assessment/freshness-note'
import { LatestEvidence } from '../../../lib/ui/assessment/latest-evidence'
import { ProgressReadings } from '../../../lib/ui/assessment/progress-readings'
import { CommitmentDeadline } from '../../../lib/ui/commitment-deadline'
import { ErrorBoundary } from '../../../lib/ui/error-boundary'
import { Heading } from '../../../lib/ui/heading'
import { formatAmount, formatEntryDate, type FundingModel } from '../funding-model'
import type { TargetBarRow } from './funding-target-chart'
import { RevealList } from '../../../lib/ui/reveal-list'
import { WhenVisible } from '../../../lib/ui/when-visible'
import { SectionShell, type SectionPlacement } from './section-shell'

const FundingTargetChart = lazy(() => import('./funding-target-chart'))

/** Money targets tied to funding lines (e.g. "投入省市资金3亿元以上"): baseline, evidence, target. */
export function FundingTargetSection({
  model,
  widgetId = 'funding-target',
  headless,
}: { model: FundingModel } & SectionPlacement) {
  const { t } = useI18n()
  const targets = useMemo(() => {
    const ids = [...new Set(model.lines.flatMap((line) => line.commitmentIds))]
    return ids.flatMap((id) => {
      const commitment = model.commitments.get(id)
      return commitment?.kind === 'target' && commitment.figure.unit === 'yuan' ? [commitment] : []
    })
  }, [model])
  if (targets.length === 0) return null
  return (
    <SectionShell title={t('funding.target.heading')} widgetId={widgetId} headless={headless}>
      <RevealList
        items={targets}
        render={(commitment) => (
          <ErrorBoundary key={commitment.id}>
            <TargetWidget commitment={commitment} />
          </ErrorBoundary>
        )}
        deps={[model]}
      />
    </SectionShell>
  )
}

/**
 * Rows by commitment id, built once per rows array (the dashboard keeps that array per data and
 * day), so a page of many money targets does not search the rows once per target.
 */
const rowIndexes = new WeakMap<readonly CommitmentRow[], Map<string, CommitmentRow>>()

function useRow(id: string): CommitmentRow | undefined {
  const { rows } = useDashboard()
  let index = rowIndexes.get(rows)
  if (!index) {
    index = new Map(rows.map((row) => [row.commitment.id, row]))
    rowIndexes.set(rows, index)
  }
  return index.get(id)
}

/**
 * One money target with its chart (`funding-target-<commitmentId>`), also embedded on its own.
 * Status, readings, evidence and freshness are the row's one assessment, worded as everywhere
 * else. A baseline the letter does not say counts toward the target is shown apart from the
 * chart: drawn toward the target line it would read as progress.
 */
export function TargetWidget({ commitment }: { commitment: TargetCommitment }) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  const row = useRow(commitment.id)
  const title = localized(lang, commitment.title, commitment.titleEn)
  if (!row) return <p>{t('headline.missing', { id: commitment.id })}</p>
  const { figure, baseline } = commitment
  const { progress } = row
  const relation = baseline?.relation ?? 'not-stated'
  const counted = baseline !== undefined && relation === 'counts'
  const targetAmount = formatAmount(figure.value, figure.comparator, lang)
  const targetText = `${t('funding.target.target')} ${targetAmount}`
  const baselineDate = baseline
    ? formatEntryDate(baseline.asOf ?? '', baseline.asOf !== null, t, lang)
    : ''
  // The exact figure beside the rounded one, so it can be found in the letter (18700万元).
  const baselineValue = baseline
    ? t('funding.target.baselineValue', {
        amount: formatAmount(baseline.value, '=', lang),
        exact: formatYuanExact(baseline.value, lang),
        date: baselineDate,
      })
    : t('funding.target.baselineNone')
  const relationText = baseline ? t(`funding.target.relation.${relation}`) : ''
  const noValue =
    row.evidence.length === 0 ? describeNoEvidence(row, t) : t('assessment.progress.none')
  const latestText = describeProgress(row, t, lang) ?? noValue
  const readingDate = progress ? formatDate(progress.update.asOf, lang) : '—'
  const derived = progress?.readings.some((reading) => reading.derived) ?? false
  // Bars carry only the amount; the date goes with the axis label so a phone can fit both.
  const rows: TargetBarRow[] = [
    ...(baseline && counted
      ? [
          {
            label: `${t('funding.target.baseline')} · ${baselineDate}`,
            value: baseline.value,
            text: formatAmount(baseline.value, '=', lang),
          },
        ]
      : []),
    ...(progress
      ? progress.readings.map((reading) => ({
          label: `${t(readingLabel(reading.basis))} · ${readingDate}`,
          value: reading.value,
          text: reading.derived
            ? t('funding.target.derivedBar', { amount: formatAmount(reading.value, '=', lang) })
            : formatAmount(reading.value, '=', lang),
        }))
      : [{ label: t('funding.target.latest'), value: null, text: noValue }]),
  ]
  const drawable = baseline !== undefined || progress !== null
  return (
    <article className="funding-target" data-commitment-id={commitment.id} aria-label={title}>
      <Heading level={3}>
        <a href={href(paths.commitment(commitment.id))}>{title}</a>
      </Heading>
      <p className="funding-target-status">
        <span className="kind-label" data-field="kind">
          {describeKind(row, t)}
        </span>{' '}
        <AssessmentStatus row={row} />
      </p>
      <dl className="funding-facts">
        <div>
          <dt>{t('funding.target.target')}</dt>
          <dd>
            <strong>{targetAmount}</strong>{' '}
            <span className="as-written">
              ({t('funding.asWritten', { asWritten: figure.asWritten })})
            </span>
          </dd>
        </div>
        <div>
          <dt>{t(counted ? 'funding.target.baseline' : 'funding.target.earlier')}</dt>
          <dd data-baseline-relation={baseline ? relation : 'none'}>
            {baselineValue}
            {baseline && <span className="baseline-relation"> · {relationText}</span>}
            {baseline && (baseline.note || baseline.noteEn) && (
              <span className="note">{localized(lang, baseline.note ?? '', baseline.noteEn)}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('funding.target.latest')}</dt>
          <dd>
            <ProgressReadings row={row} explain />
          </dd>
        </div>
        <div>
          <dt>{t('assessment.evidence.latest')}</dt>
          <dd>
            <LatestEvidence row={row} labelled={false} />
          </dd>
        </div>
        <div>
          <dt>{t('headline.deadline')}</dt>
          <dd>
            <CommitmentDeadline row={{ ...row, commitment }} /> <FreshnessNote row={row} />
          </dd>
        </div>
      </dl>
      {drawable ? (
        <ChartFrame
          id={`funding-target-${commitment.id}`}
          title={title}
          summary={t('funding.target.summary', {
            target: targetAmount,
            baseline: baseline
              ? t('funding.target.baselineLine', {
                  baseline: baselineValue,
                  relation: relationText,
                })
              : baselineValue,
            latest: latestText,
          })}
          table={{
            columns: [
              t('funding.target.item'),
              t('funding.target.value'),
              t('funding.target.when'),
              t('funding.target.basis'),
            ],
            rows: [
              [
                t('funding.target.target'),
                targetAmount,
                describeDeadline(commitment.deadline, t, lang),
                t('funding.asWritten', { asWritten: figure.asWritten }),
              ],
              [
                t(counted ? 'funding.target.baseline' : 'funding.target.earlier'),
                baseline
                  ? formatAmount(baseline.value, '=', lang)
                  : t('funding.target.baselineNone'),
                baselineDate || '—',
                relationText,
              ],
              ...(progress
                ? progress.readings.map((reading) => [
                    t(readingLabel(reading.basis)),
                    formatAmount(reading.value, '=', lang),
                    readingDate,
                    reading.derived
                      ? describeDerivation(reading, figure.unit, t, lang)
                      : describeReading(reading, progress, commitment, t, lang),
                  ])
                : [[t('funding.target.latest'), noValue, '—', '']]),
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
      {baseline && !counted && (
        <p className="funding-target-apart" data-baseline-relation={relation}>
          {t('funding.target.apart', { baseline: baselineValue, relation: relationText })}
        </p>
      )}
      {derived && <p className="note derived-note">{t('funding.derivedNote')}</p>}
    </article>
  )
}

/** The label of a reading's bar: the latest value, or which way the baseline is read. */
function readingLabel(basis: ReadingBasis) {
  switch (basis) {
    case 'as-reported':
      return 'funding.target.latest'
    case 'excluding-baseline':
      return 'funding.target.reading.excluding-baseline'
    case 'including-baseline':
      return 'funding.target.reading.including-baseline'
  }
}
