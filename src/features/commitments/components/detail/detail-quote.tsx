import { Fragment, useMemo } from 'react'
import {
  findQuoteInParagraphs,
  segmentParagraph,
  splitParagraphs,
} from '../../../../domain/source-text'
import type { Dataset } from '../../../../lib/data/assemble'
import type { CommitmentRow } from '../../../../lib/data/commitment-rows'
import { describeError } from '../../../../lib/i18n/describe-issue'
import { useI18n } from '../../../../lib/i18n/i18n-context'
import { useSourceText } from '../../../source-letter/api/use-source-text'

/**
 * The letter's own words, shown in the paragraph they stand in so a deputy can judge them in
 * context. The quote is always Chinese; the English translation sits beside it. Until (or unless)
 * the full text loads, the recorded quote is shown on its own: the words never wait on the text.
 */
export function DetailQuote({ row, dataset }: { row: CommitmentRow; dataset: Dataset }) {
  const { t, lang } = useI18n()
  const { commitment } = row
  const text = useSourceText(dataset)
  const context = useMemo(() => {
    if (text.data === undefined) return undefined
    const paragraphs = splitParagraphs(text.data)
    const found = findQuoteInParagraphs(paragraphs, commitment.quote)
    if (!found) return null
    const paragraph = paragraphs[found.paragraphIndex]!
    return {
      number: found.paragraphIndex + 1,
      segments: segmentParagraph(paragraph, [{ id: commitment.id, quote: commitment.quote }]),
    }
  }, [text.data, commitment.id, commitment.quote])

  const original = context ? (
    <figure className="detail-paragraph">
      <figcaption>{t('detail.quote.paragraph', { number: context.number })}</figcaption>
      <blockquote lang="zh-CN">
        <p>
          {context.segments.map((segment) =>
            segment.commitmentIds.length > 0 ? (
              <mark key={segment.start} className="detail-quote-mark">
                {segment.text}
              </mark>
            ) : (
              <Fragment key={segment.start}>{segment.text}</Fragment>
            ),
          )}
        </p>
      </blockquote>
    </figure>
  ) : (
    <figure className="detail-paragraph">
      <figcaption>{t('detail.quote.alone')}</figcaption>
      <blockquote lang="zh-CN">
        <p>
          <mark className="detail-quote-mark">{commitment.quote}</mark>
        </p>
      </blockquote>
    </figure>
  )

  return (
    <section className="detail-section detail-quote" aria-labelledby="detail-quote-title">
      <h2 id="detail-quote-title">{t('detail.quote.title')}</h2>
      <div className={lang === 'en' && commitment.quoteEn ? 'detail-quote-pair' : undefined}>
        {original}
        {lang === 'en' && commitment.quoteEn && (
          <figure className="detail-translation">
            <figcaption>{t('detail.quote.translation')}</figcaption>
            <p lang="en">{commitment.quoteEn}</p>
          </figure>
        )}
      </div>
      {!dataset.document ? (
        <p className="detail-text-state">{t('detail.text.noDocument')}</p>
      ) : text.isError && text.data === undefined ? (
        <div className="widget-error" role="alert">
          <p>{t('detail.text.error', { message: describeError(text.error, t) })}</p>
          <button type="button" onClick={() => void text.refetch()}>
            {t('error.retry')}
          </button>
        </div>
      ) : text.data === undefined ? (
        <p className="loading" role="status">
          {t('detail.text.loading')}
        </p>
      ) : (
        context === null && (
          <p className="detail-text-state" role="note">
            {t('detail.quote.notInText')}
          </p>
        )
      )}
    </section>
  )
}
