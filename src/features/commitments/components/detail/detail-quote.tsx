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
import { useSourceText } from '../../../../lib/data/use-source-text'

/**
 * The letter's own words, shown in the paragraph they stand in so a deputy can judge them in
 * context. The quote is always Chinese; the English translation sits beside it. Until (or unless)
 * the full text loads, the recorded quote is shown on its own: the words never wait on the text.
 * Whether the quote is in the letter is the row's quote check, the same every surface shows; only
 * for a letter whose text the rows have not read (beyond the first letters) is it checked here.
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
  const check =
    row.quote !== 'unchecked'
      ? row.quote
      : context === undefined
        ? 'unchecked'
        : context
          ? 'found'
          : 'not-found'
  const title =
    check === 'found'
      ? 'detail.quote.title'
      : check === 'not-found'
        ? 'detail.quote.titleNotFound'
        : 'detail.quote.titleUnchecked'

  const original =
    context && check === 'found' ? (
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
        <figcaption>
          {t(check === 'not-found' ? 'detail.quote.aloneRecorded' : 'detail.quote.alone')}
        </figcaption>
        <blockquote lang="zh-CN">
          <p>
            {/* Words that are not in the letter are not marked as if they were a passage of it. */}
            {check === 'not-found' ? (
              <span className="detail-quote-recorded">{commitment.quote}</span>
            ) : (
              <mark className="detail-quote-mark">{commitment.quote}</mark>
            )}
          </p>
        </blockquote>
      </figure>
    )

  return (
    <section
      className="detail-section detail-quote"
      aria-labelledby="detail-quote-title"
      data-quote-check={check}
    >
      <h2 id="detail-quote-title">{t(title)}</h2>
      {check === 'not-found' && (
        <p className="detail-quote-warning quote-warning" role="note" data-field="quote-check">
          <span aria-hidden="true">⚠ </span>
          {t('detail.quote.notInText')}
        </p>
      )}
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
      ) : (
        text.data === undefined && (
          <p className="loading" role="status">
            {t('detail.text.loading')}
          </p>
        )
      )}
    </section>
  )
}
