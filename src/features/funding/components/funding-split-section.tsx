import { lazy, Suspense, useMemo } from 'react'
import type { OfWhichSplit } from '../../../domain/funding'
import { localized } from '../../../domain/language'
import type { FundingLine } from '../../../domain/schema/funding'
import { ChartFrame } from '../../../lib/chart/chart-frame'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { ErrorBoundary } from '../../../lib/ui/error-boundary'
import {
  formatAmount,
  formatAmountExact,
  joinList,
  joinSum,
  lineSourceLabel,
  sourceLabel,
  type FundingModel,
} from '../funding-model'
import type { SplitRow } from './funding-split-chart'
import { RevealList } from '../../../lib/ui/reveal-list'
import { splitsByLine } from './split-lookup'
import { WhenVisible } from '../../../lib/ui/when-visible'
import { SectionShell } from './section-shell'

const FundingSplitChart = lazy(() => import('./funding-split-chart'))
/** The drawn chart's height per row (funding-split-chart.tsx), for the box that waits for it. */
const SPLIT_ROW_HEIGHT = 64

type Consistent = Extract<OfWhichSplit, { state: 'split' }>
type Inconsistent = Extract<OfWhichSplit, { state: 'inconsistent' }>

/**
 * "18700万元,其中省级9350万元": the stated share and the rest, which the source does not state and
 * which is therefore shown as computed, never as a source figure.
 */
export function FundingSplitSection({
  model,
  chartId = 'funding-split',
  headless,
}: {
  model: FundingModel
  /** `funding-split` for the view's only body; one id per body when there are several. */
  chartId?: string
  headless?: boolean
}) {
  const { t } = useI18n()
  const { all, consistent, inconsistent } = useMemo(() => {
    const splits = splitsByLine(model.lines, model.context)
    const all = model.lines.flatMap((line) =>
      (splits.get(line.id) ?? []).map((split) => ({ line, split })),
    )
    return {
      all,
      consistent: all.flatMap(({ line, split }) =>
        split.state === 'split' ? [{ line, split }] : [],
      ),
      inconsistent: all.flatMap(({ line, split }) =>
        split.state === 'inconsistent' ? [{ line, split }] : [],
      ),
    }
  }, [model])
  if (all.length === 0) return null
  return (
    <SectionShell title={t('funding.split.heading')} headless={headless}>
      <RevealList
        items={inconsistent}
        render={({ line, split }) => (
          <InconsistentSplit key={`${line.id}-${split.stage}`} split={split} />
        )}
        deps={[]}
      />
      <RevealList
        items={consistent}
        render={({ line, split }) => (
          <SplitStatement key={`${line.id}-${split.stage}`} line={line} split={split} />
        )}
        deps={[]}
      />
      {consistent.length > 0 && <p className="note derived-note">{t('funding.derivedNote')}</p>}
      {consistent.length > 0 && (
        <ErrorBoundary>
          <SplitChartFrame id={chartId} splits={consistent} multiple={consistent.length > 1} />
        </ErrorBoundary>
      )}
    </SectionShell>
  )
}

function SplitChartFrame({
  id,
  splits,
  multiple,
}: {
  id: string
  splits: Array<{ line: FundingLine; split: Consistent }>
  multiple: boolean
}) {
  const { t, lang } = useI18n()
  const splitTexts = useSplitTexts()
  const texts = splits.map(({ split }) => splitTexts(split))
  const rows: SplitRow[] = splits.map(({ line, split }, i) => ({
    id: `${line.id}-${split.stage}`,
    // Short: the title and the statement above already name the line.
    label: `${formatAmount(split.total.entry.amount, split.total.entry.comparator, lang)} · ${t(`funding.stage.${split.stage}`)}`,
    parts: split.parts.map((part) => {
      const amount = formatAmount(part.dated.entry.amount, part.dated.entry.comparator, lang)
      return {
        amount: part.dated.entry.amount,
        text: `${lineSourceLabel(part.line, t, lang)} ${amount}`,
        tip: t('funding.amountWithSource', { amount, asWritten: part.dated.entry.asWritten }),
      }
    }),
    rest:
      split.remainder.amount > 0
        ? {
            amount: split.remainder.amount,
            text: `${texts[i]!.restShort} ${texts[i]!.remainder}`,
            tip: t('funding.split.remainder', { amount: texts[i]!.remainder }),
          }
        : null,
  }))
  const first = splits[0]!
  return (
    <ChartFrame
      id={id}
      title={
        multiple
          ? t('funding.split.heading')
          : t('funding.split.title', {
              total: formatAmount(
                first.split.total.entry.amount,
                first.split.total.entry.comparator,
                lang,
              ),
            })
      }
      summary={texts
        .map((text) =>
          t('funding.split.summary', { stated: text.stated, remainder: text.remainder }),
        )
        .join(' ')}
      table={{
        columns: [t('funding.split.part'), t('funding.split.amount'), t('funding.split.basis')],
        rows: splits.flatMap(({ line, split }, i) => {
          const prefix = multiple ? `${localized(lang, line.label, line.labelEn)} · ` : ''
          const total = split.total.entry
          return [
            ...split.parts.map((part) => [
              `${prefix}${t('funding.split.stated', { source: lineSourceLabel(part.line, t, lang) })}`,
              formatAmount(part.dated.entry.amount, part.dated.entry.comparator, lang),
              t('funding.asWritten', { asWritten: part.dated.entry.asWritten }),
            ]),
            [
              `${prefix}${texts[i]!.restLong}`,
              texts[i]!.remainder,
              t('funding.split.basisDerived', {
                total: total.asWritten,
                parts: joinSum(split.parts.map((p) => p.dated.entry.asWritten)),
              }),
            ],
            [
              `${prefix}${t('funding.split.total')}`,
              formatAmount(total.amount, total.comparator, lang),
              t('funding.asWritten', { asWritten: total.asWritten }),
            ],
          ]
        }),
      }}
    >
      <WhenVisible minHeight={rows.length * SPLIT_ROW_HEIGHT}>
        <Suspense fallback={<p role="status">{t('chart.loading')}</p>}>
          <FundingSplitChart rows={rows} />
        </Suspense>
      </WhenVisible>
    </ChartFrame>
  )
}

/** The split in words, visible without opening the chart's table. */
function SplitStatement({ line, split }: { line: FundingLine; split: Consistent }) {
  const { t, lang } = useI18n()
  const texts = useSplitTexts()(split)
  const total = split.total.entry
  return (
    <div className="funding-split-statement" data-line-id={line.id}>
      <p className="funding-split-total">
        {localized(lang, line.label, line.labelEn)} · {t(`funding.stage.${split.stage}`)}:{' '}
        <strong>{formatAmount(total.amount, total.comparator, lang)}</strong>{' '}
        <span className="as-written">
          ({t('funding.asWritten', { asWritten: total.asWritten })})
        </span>
      </p>
      <ul className="funding-split-list">
        {split.parts.map((part) => (
          <li key={part.line.id} className="split-stated">
            <span className="split-marker" aria-hidden="true">
              ■
            </span>
            {t('funding.split.stated', { source: lineSourceLabel(part.line, t, lang) })}:
            <strong>
              {formatAmount(part.dated.entry.amount, part.dated.entry.comparator, lang)}
            </strong>{' '}
            <span className="as-written">
              ({t('funding.asWritten', { asWritten: part.dated.entry.asWritten })})
            </span>
          </li>
        ))}
        <li className="split-derived" data-derived="true">
          <span className="split-marker" aria-hidden="true">
            ▨
          </span>
          {texts.restLong}:
          <strong>{t('funding.split.remainder', { amount: texts.remainder })}</strong>
        </li>
      </ul>
      {split.partsWithoutStage.length > 0 && (
        <p className="note">
          {t('funding.split.partsSilent', {
            lines: joinList(
              split.partsWithoutStage.map((l) => localized(lang, l.label, l.labelEn)),
              lang,
            ),
          })}
        </p>
      )}
    </div>
  )
}

function InconsistentSplit({ split }: { split: Inconsistent }) {
  const { t, lang } = useI18n()
  return (
    <p className="funding-inconsistent" role="note">
      {t('funding.split.inconsistent', {
        total: split.total.entry.asWritten,
        parts: formatAmountExact(split.partsSum, '=', lang),
        excess: formatAmountExact(split.excess, '=', lang),
      })}
    </p>
  )
}

/** The words every view of a split uses, so the chart, the table and the text agree. */
function useSplitTexts() {
  const { t, lang } = useI18n()
  return (split: Consistent) => {
    const source = split.remainder.fundSource
    const sourceName = source ? sourceLabel(source, t) : null
    return {
      stated: joinList(
        split.parts.map(
          (part) =>
            `${lineSourceLabel(part.line, t, lang)} ${formatAmount(part.dated.entry.amount, part.dated.entry.comparator, lang)}`,
        ),
        lang,
      ),
      remainder: formatAmount(split.remainder.amount, split.remainder.comparator, lang),
      restShort: sourceName
        ? t('funding.split.restShort', { source: sourceName })
        : t('funding.split.restShortUnknown'),
      restLong: sourceName
        ? t('funding.split.remainderSource', { source: sourceName })
        : t('funding.split.remainderUnknownSource'),
    }
  }
}
