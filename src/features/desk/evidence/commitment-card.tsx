import { formatFigure } from '../../../domain/figure-format'
import type { JsonObject } from '../../../domain/draft/snapshot'
import { figureSchema } from '../../../domain/schema/primitives'
import { useI18n } from '../../../lib/i18n/i18n-context'

/** The chosen commitment, so the official sees what the evidence is about. */
export function CommitmentCard({ commitment }: { commitment: JsonObject }) {
  const { t, lang } = useI18n()
  const figure = figureSchema.safeParse(commitment.figure)
  return (
    <section className="desk-panel desk-commitment" aria-labelledby="desk-commitment-title">
      <h2 id="desk-commitment-title">{String(commitment.title ?? commitment.id)}</h2>
      <p className="desk-id">{String(commitment.id)}</p>
      <blockquote>{String(commitment.quote ?? '')}</blockquote>
      {figure.success && (
        <p>
          {t('desk.evidence.figure', {
            figure: formatFigure(figure.data, lang),
            asWritten: figure.data.asWritten,
          })}
        </p>
      )}
    </section>
  )
}
