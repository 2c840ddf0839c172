import './assessment.css'
import type { Assessment } from '../../../domain/assessment/assess'
import { describeQuoteCheck } from '../../format/describe-assessment'
import { useI18n } from '../../i18n/i18n-context'

/**
 * The commitment's quote as a summary surface shows it. Called "the letter's words" only when it
 * was found verbatim in the letter; a quote that is not in the letter is shown with a warning, so
 * no surface puts words in the letter's mouth.
 */
export function LetterQuote({
  row,
  className = 'quote',
}: {
  row: Pick<Assessment, 'quote' | 'commitment'>
  className?: string
}) {
  const { t, lang } = useI18n()
  const c = row.commitment
  return (
    <figure className={`letter-quote quote-${row.quote}`} data-quote-check={row.quote}>
      <figcaption className={row.quote === 'not-found' ? 'quote-warning' : 'quote-caption'}>
        {row.quote === 'not-found' && (
          <span aria-hidden="true" className="quote-warning-icon">
            ⚠{' '}
          </span>
        )}
        {describeQuoteCheck(row, t)}
      </figcaption>
      <blockquote className={className} lang="zh-CN">
        {c.section} · {row.quote === 'found' ? `“${c.quote}”` : c.quote}
      </blockquote>
      {lang === 'en' && c.quoteEn && <p className="quote-translation">{c.quoteEn}</p>}
    </figure>
  )
}
