import { useId, useMemo } from 'react'
import { formatPercent, withComparator } from '../../../domain/figure-format'
import {
  FUNDING_STAGES,
  fundingTotals,
  gapClosure,
  type FundingContext,
  type StageTotal,
} from '../../../domain/funding'
import { localized, type Language } from '../../../domain/language'
import { formatYuan } from '../../../domain/money'
import type { FundingLine } from '../../../domain/schema/funding'
import type { Comparator } from '../../../domain/schema/primitives'
import type { Dataset } from '../../../lib/data/assemble'
import { datasetsByBody } from '../../../lib/data/datasets-by-body'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import { Heading } from '../../../lib/ui/heading'
import { WidgetTools } from '../../../lib/ui/widget-tools'

const GAP_SHAPES = { unknown: '?', open: '◐', closed: '✓' } as const

/**
 * Pledges listed at a glance. A province's letters carry thousands; the largest come first and
 * the funding page lists every one.
 */
const LISTED_GAPS = 10
/** Bodies listed at a glance, in the order of their first letter; the funding page lists all. */
const LISTED_BODIES = 5
/** Amounts listed per stage at a glance, largest first; the funding page lists every one. */
const LISTED_AMOUNTS = 5

/**
 * Pledged / allocated / paid out at a glance: each stage lists the source's own figures, never a
 * total of them. The letter does not add them up, and the sum would mislead (a pledged gap may lie
 * inside an allocated total; an amount of "unspecified" source may include national money). A
 * figure worked out here (the share of a pledge paid) is marked as derived, with its arithmetic.
 */
export function FundingSummary({ visible, asOf }: { visible: readonly Dataset[]; asOf: string }) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  const titleId = useId()
  // One block per responding body: money of different bodies is never listed as one.
  const bodies = useMemo(
    () => datasetsByBody(visible.filter((d) => d.funding.length > 0)),
    [visible],
  )
  return (
    <section
      className="overview-widget funding-summary"
      data-widget-id="funding-summary"
      aria-labelledby={titleId}
    >
      <Heading level={3} id={titleId}>
        {t('overview.funding.title')}
      </Heading>
      {bodies.length === 0 ? (
        <p>{t('overview.funding.none')}</p>
      ) : (
        bodies.slice(0, LISTED_BODIES).map((body) => (
          <div key={body.key} className="funding-summary-body" data-body={body.key}>
            {bodies.length > 1 && (
              <Heading level={4}>
                {body.name ? localized(lang, body.name, body.nameEn) : t('funding.body.unknown')}
              </Heading>
            )}
            <BodyFunding datasets={body.datasets} asOf={asOf} nested={bodies.length > 1} />
          </div>
        ))
      )}
      {bodies.length > LISTED_BODIES && (
        <p data-field="more-bodies">
          {t('overview.funding.moreBodies', { shown: LISTED_BODIES, total: bodies.length })}
        </p>
      )}
      <p>
        <a href={href(paths.funding())}>{t('overview.funding.link')}</a>
      </p>
      <WidgetTools id="funding-summary" title={t('overview.funding.title')} describedBy={titleId} />
    </section>
  )
}

function BodyFunding({
  datasets,
  asOf,
  nested,
}: {
  datasets: readonly Dataset[]
  asOf: string
  /** Under a body's own heading: the gaps' heading is one level lower. */
  nested: boolean
}) {
  const { t, lang } = useI18n()
  const model = useMemo(() => fundingOf(datasets, asOf), [datasets, asOf])
  // The items of each stage, shares already inside a stated total left out (not counted twice);
  // only the items are shown, not their sum.
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
  const anyDerived = listed.some(({ closure }) => closure.state === 'open')
  return (
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
                  <StageItems total={total} />
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
          <Heading level={nested ? 5 : 4}>{t('overview.funding.gaps')}</Heading>
          <ul className="funding-summary-gaps">
            {listed.map(({ line, closure }) => {
              const label = localized(lang, line.label, line.labelEn)
              const pledge = closure.pledged.entry
              const pledged = formatAmount(pledge.amount, pledge.comparator, lang)
              return (
                <li
                  key={line.id}
                  data-line-id={line.id}
                  data-gap-state={closure.state}
                  data-derived={closure.state === 'open' ? 'true' : undefined}
                >
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
            <p>{t('overview.funding.moreGaps', { shown: listed.length, total: gaps.length })}</p>
          )}
          {anyDerived && <p className="note derived-note">{t('overview.funding.derivedNote')}</p>}
        </>
      )}
    </>
  )
}

/** A stage's amounts as the source writes them, largest first, and how many more there are. */
function StageItems({ total }: { total: StageTotal }) {
  const { t, lang } = useI18n()
  const items =
    total.items.length <= LISTED_AMOUNTS
      ? total.items
      : [...total.items]
          .sort((a, b) => b.dated.entry.amount - a.dated.entry.amount)
          .slice(0, LISTED_AMOUNTS)
  return (
    <ul className="funding-summary-items">
      {items.map(({ line, dated }) => (
        <li key={line.id} data-stage-line={line.id}>
          {t('overview.funding.item', { label: localized(lang, line.label, line.labelEn) })}
          <strong className="amount">
            {formatAmount(dated.entry.amount, dated.entry.comparator, lang)}
          </strong>{' '}
          <span className="as-written">
            ({t('funding.asWritten', { asWritten: dated.entry.asWritten })})
          </span>
        </li>
      ))}
      {items.length < total.items.length && (
        <li className="funding-summary-more">
          {t('overview.funding.moreItems', { count: total.items.length - items.length })}
        </li>
      )}
    </ul>
  )
}

/** The visible letters' funding lines, with the dates that stand in for unclear ones. */
function fundingOf(
  visible: readonly Dataset[],
  asOf: string,
): { lines: FundingLine[]; context: FundingContext } {
  const documentDates: Record<string, string | undefined> = {}
  for (const dataset of visible) documentDates[dataset.entry.id] = dataset.document?.date
  return { lines: visible.flatMap((dataset) => dataset.funding), context: { documentDates, asOf } }
}

/** "不少于 3亿元" · "1.87亿元": the rounded figure, read literally with its comparator in words. */
function formatAmount(amount: number, comparator: Comparator | null, lang: Language): string {
  return withComparator(formatYuan(amount, lang), comparator, lang)
}
