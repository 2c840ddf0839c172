import { useId } from 'react'
import { derivedFrom } from '../../../../lib/collections/derived-from'
import { FUNDING_STAGES, type DatedEntry } from '../../../../domain/funding'
import { formatPercent } from '../../../../domain/figure-format'
import { localized } from '../../../../domain/language'
import type { Dataset } from '../../../../lib/data/assemble'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import { paths } from '../../../../lib/router/routes'
import { useViewState } from '../../../../lib/router/view-state'
import { Heading } from '../../../../lib/ui/heading'
import { WidgetTools } from '../../../../lib/ui/widget-tools'
import { useAmountText } from './amount-text'
import { fundingGlance, type LineGlance } from './funding-glance-model'

/** Lines per body at a glance; the funding page lists every one. */
const LINES_PER_BODY = 3
/** Bodies at a glance, in the order of their first letter. */
const BODIES = 3

/** Once per letters and day: the overview and the `funding-summary` embed read it on every visit. */
const glances = derivedFrom<readonly Dataset[], ReturnType<typeof fundingGlance>>()

/**
 * What the money did, line by line: how much was promised, approved and paid, drawn as one bullet
 * per line on its own scale (amounts of different lines and bodies are never added up). A stage
 * with no evidence has no bar and says so: missing is never zero.
 */
export function FundingGlance({ visible, asOf }: { visible: readonly Dataset[]; asOf: string }) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  const titleId = useId()
  const bodies = glances(visible, asOf, () => fundingGlance(visible, asOf, LINES_PER_BODY))
  return (
    // The same panel is the `funding-summary` embed: one picture of the money everywhere.
    <section
      className="glance-panel glance-funding"
      data-glance="funding"
      data-widget-id="funding-summary"
      aria-labelledby={titleId}
    >
      <Heading level={3} id={titleId}>
        {t('overview.glance.funding.title')}
      </Heading>
      {bodies.length === 0 ? (
        <p>{t('overview.funding.none')}</p>
      ) : (
        <>
          <p className="glance-legend" aria-hidden="true">
            {FUNDING_STAGES.map((stage) => (
              <span key={stage} className={`glance-key glance-key-${stage}`}>
                {t(`funding.stage.${stage}`)}
              </span>
            ))}
          </p>
          {bodies.slice(0, BODIES).map(({ body, lines, more }) => (
            <div key={body.key} className="glance-funding-body" data-body={body.key}>
              {bodies.length > 1 && (
                <Heading level={4}>
                  {body.name ? localized(lang, body.name, body.nameEn) : t('funding.body.unknown')}
                </Heading>
              )}
              <ul className="glance-funding-lines">
                {lines.map((glance) => (
                  <FundingLineGlance key={glance.line.id} glance={glance} />
                ))}
              </ul>
              {more > 0 && (
                <p className="glance-more">{t('overview.glance.funding.more', { count: more })}</p>
              )}
            </div>
          ))}
          {bodies.length > BODIES && (
            <p className="glance-more" data-field="more-bodies">
              {t('overview.funding.moreBodies', { shown: BODIES, total: bodies.length })}
            </p>
          )}
        </>
      )}
      <p className="glance-link">
        <a href={href(paths.funding())}>{t('overview.funding.link')}</a>
      </p>
      <WidgetTools
        id="funding-summary"
        title={t('overview.glance.funding.title')}
        describedBy={titleId}
      />
    </section>
  )
}

function FundingLineGlance({ glance }: { glance: LineGlance }) {
  const { t, lang } = useI18n()
  const amount = useAmountText()
  const { line, stages, needs, scale, closure } = glance
  const width = (dated: DatedEntry | undefined) =>
    dated && scale > 0 ? Math.max(1, (dated.entry.amount / scale) * 100) : 0
  return (
    <li data-line-id={line.id}>
      <span className="glance-line-label">{localized(lang, line.label, line.labelEn)}</span>
      {scale > 0 && (
        <svg
          className="glance-bullet"
          viewBox="0 0 100 12"
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          {/* The promise as an outline, what was approved inside it, what was paid innermost. */}
          {stages.pledged && (
            <rect
              className="bullet-pledged"
              x={0.5}
              y={0.5}
              width={width(stages.pledged) - 1}
              height={11}
            />
          )}
          {stages.allocated && (
            <rect
              className="bullet-allocated"
              x={0}
              y={2.5}
              width={width(stages.allocated)}
              height={7}
            />
          )}
          {stages.disbursed && (
            <rect
              className="bullet-disbursed"
              x={0}
              y={4.5}
              width={width(stages.disbursed)}
              height={3}
            />
          )}
        </svg>
      )}
      <span className="glance-line-stages">
        {scale > 0 &&
          FUNDING_STAGES.map((stage) => {
            const dated = stages[stage]
            return (
              <span key={stage} data-stage={stage} className={dated ? undefined : 'no-evidence'}>
                {t('overview.glance.funding.stage', {
                  stage: t(`funding.stage.${stage}`),
                  amount: dated
                    ? amount(dated.entry.amount, dated.entry.comparator)
                    : t(
                        stage === 'disbursed'
                          ? 'overview.glance.funding.noPayment'
                          : 'overview.glance.funding.noEvidence',
                      ),
                })}
              </span>
            )
          })}
        {needs.map((dated) => (
          <span key={dated.entry.stage} data-stage={dated.entry.stage} className="glance-need">
            {t('overview.glance.funding.stage', {
              stage: t(`funding.stage.${dated.entry.stage}`),
              amount: amount(dated.entry.amount, dated.entry.comparator),
            })}{' '}
            {t('overview.glance.funding.needNote')}
          </span>
        ))}
      </span>
      {(closure.state === 'open' || closure.state === 'closed') && (
        // Worked out here, not written in any source: marked as derived, with its arithmetic.
        <span className="glance-derived" data-derived="true" data-gap-state={closure.state}>
          {t(`overview.glance.funding.share.${closure.state}`, {
            percent: formatPercent(closure.fraction, lang),
            disbursed: amount(closure.disbursed, '='),
            pledged: amount(closure.pledged.entry.amount, '='),
          })}
        </span>
      )}
    </li>
  )
}
