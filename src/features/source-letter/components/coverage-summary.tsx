import { formatPercent } from '../../../domain/figure-format'
import { localized } from '../../../domain/language'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { paths } from '../../../lib/router/routes'
import { useViewState } from '../../../lib/router/view-state'
import type { LetterView } from '../model/letter-view'

/** How much of the letter is tracked, in paragraphs and characters, and which quotes are lost. */
export function CoverageSummary({ view, total }: { view: LetterView; total: number }) {
  const { t, lang } = useI18n()
  const { href } = useViewState()
  const { stats } = view
  const number = (n: number) => new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN').format(n)
  return (
    <section className="letter-coverage" aria-labelledby="letter-coverage-title">
      <h3 id="letter-coverage-title">{t('source.coverage.title')}</h3>
      <ul>
        <li>
          {t('source.coverage.paragraphs', {
            paragraphs: stats.paragraphs,
            covered: stats.coveredParagraphs,
          })}
        </li>
        <li>
          {t('source.coverage.characters', {
            share: formatPercent(stats.share, lang),
            covered: number(stats.coveredCharacters),
            total: number(stats.characters),
          })}
        </li>
        <li>{t('source.coverage.commitments', { found: view.found.length, total })}</li>
      </ul>
      {view.missing.length > 0 && (
        <div className="letter-missing" role="note">
          <p>{t('source.coverage.missing', { count: view.missing.length })}</p>
          <ul>
            {view.missing.map(({ commitment }) => (
              <li key={commitment.id}>
                <a href={href(paths.commitment(commitment.id))}>
                  {localized(lang, commitment.title, commitment.titleEn)}
                </a>{' '}
                <q lang="zh-CN">{commitment.quote}</q>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
