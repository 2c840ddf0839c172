import { useMemo } from 'react'
import type { Dataset } from '../../../lib/data/assemble'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { describeError } from '../../../lib/i18n/describe-issue'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { useSourceText } from '../../../lib/data/use-source-text'
import { buildLetterView } from '../model/letter-view'
import { CoverageSummary } from './coverage-summary'
import { LetterLegend } from './letter-legend'
import { LetterText } from './letter-text'

interface Props {
  dataset: Dataset
  rows: CommitmentRow[]
  highlightId: string | null
}

/**
 * The text half of the page. It loads on its own, so the metadata above stays on screen while
 * the text loads and when it fails (with a retry that refetches only the text).
 */
export function LetterBody({ dataset, rows, highlightId }: Props) {
  const { t } = useI18n()
  const text = useSourceText(dataset)
  return (
    <section className="letter-body" aria-labelledby="letter-text-title">
      <h2 id="letter-text-title">{t('source.text.title')}</h2>
      {!dataset.document ? (
        <p className="letter-text-state">{t('source.text.noDocument')}</p>
      ) : text.isError && text.data === undefined ? (
        <div className="widget-error" role="alert">
          <p>{t('source.text.error', { message: describeError(text.error, t) })}</p>
          <button type="button" onClick={() => void text.refetch()}>
            {t('error.retry')}
          </button>
        </div>
      ) : text.data === undefined ? (
        <p className="loading" role="status">
          {t('source.text.loading')}
        </p>
      ) : (
        <LoadedLetter text={text.data} rows={rows} highlightId={highlightId} />
      )}
    </section>
  )
}

function LoadedLetter({ text, rows, highlightId }: Omit<Props, 'dataset'> & { text: string }) {
  const { t } = useI18n()
  const view = useMemo(() => buildLetterView(text, rows), [text, rows])
  if (view.paragraphs.length === 0)
    return <p className="letter-text-state">{t('source.text.empty')}</p>
  return (
    <>
      <div className="letter-aside">
        <CoverageSummary view={view} total={rows.length} />
        <LetterLegend rows={rows} />
      </div>
      <LetterText view={view} rows={rows} highlightId={highlightId} />
    </>
  )
}
