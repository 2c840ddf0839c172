import { useMemo } from 'react'
import { localized } from '../../../domain/language'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { useDashboard } from '../../../lib/data/use-dashboard'
import { describeDocumentNumber, describeTitle } from '../../../lib/format/describe-document'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'

/**
 * Commitments whose recorded quote does not occur in their letter's full text (a hand edit, a
 * typo, a quote from the wrong letter): the rows' own quote check, so this panel names exactly
 * the commitments every surface marks with a warning. Nothing is hidden for it: the data is
 * valid, only the words may not be the letter's.
 */
export function QuoteProblems() {
  const { knownRows } = useDashboard()
  const missing = useMemo(() => knownRows.filter((row) => row.quote === 'not-found'), [knownRows])
  if (missing.length === 0) return null
  return <QuoteProblemList rows={missing} />
}

function QuoteProblemList({ rows }: { rows: CommitmentRow[] }) {
  const { t, lang } = useI18n()
  // Only here, where there is something to link to: the view state changes with every keystroke.
  const { href } = useViewState()
  return (
    // Its own panel, not `.data-problems`: those are files the app could not read or fields it
    // dropped; here everything is shown, only the words may not be the letter's.
    <section
      className="quote-problems"
      aria-labelledby="quote-problems-title"
      data-problem="quote-not-found"
    >
      <h2 id="quote-problems-title">{t('faults.quote.title', { count: rows.length })}</h2>
      <ul>
        {rows.map((row) => {
          const { commitment, document } = row
          const letter = document
            ? document.number
              ? t('faults.quote.letterNumbered', {
                  number: describeDocumentNumber(document, t) ?? document.number,
                  id: row.datasetId,
                })
              : t('faults.quote.letterTitled', {
                  title: describeTitle(document, t, lang),
                  id: row.datasetId,
                })
            : row.datasetId
          return (
            <li
              key={commitment.id}
              className="issue-warning"
              data-commitment-id={commitment.id}
              data-dataset-id={row.datasetId}
            >
              {t('faults.quote.notFound', {
                letter,
                id: commitment.id,
                title: localized(lang, commitment.title, commitment.titleEn),
                quote: commitment.quote,
              })}{' '}
              <a href={href(paths.commitment(commitment.id))}>{t('faults.quote.open')}</a>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
