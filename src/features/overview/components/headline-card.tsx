import { formatDate } from '../../../domain/dates'
import { formatFigure, formatPercent, formatValue } from '../../../domain/figure-format'
import { localized } from '../../../domain/language'
import type { Commitment } from '../../../domain/schema/commitment'
import type { Figure } from '../../../domain/schema/primitives'
import type { ProgressUpdate } from '../../../domain/schema/update'
import { commitmentStatus } from '../../../domain/status'
import { targetProgress } from '../../../domain/target'
import { describeStatusReason } from '../../../lib/format/describe-status'
import { StatusBadge } from '../../../lib/ui/status-badge'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { describeDeadline } from '../../../lib/format/describe-deadline'

interface Props {
  commitment: Commitment
  updates: readonly ProgressUpdate[]
  asOf: string
}

/** One headline figure: the target, where it stands on `asOf`, and the letter's own words. */
export function HeadlineCard({ commitment, updates, asOf }: Props) {
  const { t, lang } = useI18n()
  const title = localized(lang, commitment.title, commitment.titleEn)
  return (
    <article className="headline-card" data-commitment-id={commitment.id} aria-label={title}>
      <h3 className="headline-card-title">{title}</h3>
      {commitment.kind === 'target' ? (
        <TargetBody commitment={commitment} updates={updates} asOf={asOf} />
      ) : (
        <ReportedBody commitment={commitment} />
      )}
      <blockquote className="quote" lang="zh-CN">
        <span className="visually-hidden">{t('headline.quote')}</span>
        {commitment.section} · “{commitment.quote}”
      </blockquote>
      {lang === 'en' && commitment.quoteEn && (
        <p className="quote-translation">{commitment.quoteEn}</p>
      )}
      {(commitment.note || commitment.noteEn) && (
        <p className="note">{localized(lang, commitment.note ?? '', commitment.noteEn)}</p>
      )}
    </article>
  )
}

function TargetBody({
  commitment,
  updates,
  asOf,
}: Props & { commitment: Extract<Commitment, { kind: 'target' }> }) {
  const { t, lang } = useI18n()
  const progress = targetProgress(commitment, updates, asOf)
  // The target figure's progress and the promise's status answer different questions
  // ("how far along?" vs "was it kept?"): show both.
  const status = commitmentStatus(commitment, updates, asOf)
  const { figure } = commitment
  return (
    <>
      <p className={`state-badge state-${progress.state}`}>
        <span aria-hidden="true" className="state-icon">
          {progress.state === 'met' ? '✓' : progress.state === 'below' ? '◐' : '?'}
        </span>
        {t(`state.${progress.state}`)}
      </p>
      {status.reason.code !== 'no-evidence' && (
        // "No evidence" is already the badge above; any other status adds information.
        <p className="headline-status">
          <StatusBadge status={status.status} />{' '}
          <span className="headline-status-reason">
            {describeStatusReason(status.reason, t, lang)}
          </span>
        </p>
      )}
      <dl className="headline-figures">
        <div>
          <dt>{t('headline.target')}</dt>
          <dd className="figure-main">
            {formatFigure(figure, lang)} <AsWritten figure={figure} />
          </dd>
        </div>
        {commitment.baseline && (
          <div>
            <dt>{t('headline.baseline')}</dt>
            <dd>{formatValue(commitment.baseline.value, figure.unit, lang)}</dd>
          </div>
        )}
        <div>
          <dt>{t('headline.latest')}</dt>
          <dd>
            {progress.state === 'no-evidence' ? (
              t('state.no-evidence')
            ) : (
              <>
                {formatValue(progress.value, figure.unit, lang)} ·{' '}
                {t('headline.percentOfTarget', { percent: formatPercent(progress.fraction, lang) })}{' '}
                ·{' '}
                {t('headline.lastUpdate', { date: formatDate(progress.update.source.date, lang) })}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('headline.deadline')}</dt>
          <dd>{describeDeadline(commitment.deadline, t, lang)}</dd>
        </div>
      </dl>
      {progress.state !== 'no-evidence' && (
        <meter
          className="progress-meter"
          min={0}
          max={1}
          value={Math.min(progress.fraction, 1)}
          aria-label={t('headline.percentOfTarget', {
            percent: formatPercent(progress.fraction, lang),
          })}
        />
      )}
    </>
  )
}

function ReportedBody({ commitment }: { commitment: Commitment }) {
  const { t, lang } = useI18n()
  const figure = 'figure' in commitment ? commitment.figure : undefined
  return (
    <>
      <p className="state-badge state-reported">
        <span aria-hidden="true" className="state-icon">
          ≡
        </span>
        {t('state.reported')}
      </p>
      {figure && (
        <p className="figure-main">
          {formatFigure(figure, lang)} <AsWritten figure={figure} />
        </p>
      )}
    </>
  )
}

/** The figure exactly as the letter wrote it, so a reader can find it in the source. */
function AsWritten({ figure }: { figure: Figure }) {
  const { t } = useI18n()
  return (
    <span className="as-written">
      ({t('headline.asWritten')}
      {figure.asWritten})
    </span>
  )
}
