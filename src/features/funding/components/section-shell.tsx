import { useId, type ReactNode } from 'react'
import { useLandmarkLabel } from './body-label'
import { Heading } from '../../../lib/ui/heading'

export interface SectionPlacement {
  /** Marks the view's widget (`funding-gap` …); null on one of several bodies' sections. */
  widgetId?: string | null
  /**
   * Drawn inside a widget that already carries the title (one body among several in an embed):
   * the content only, no heading of its own.
   */
  headless?: boolean
}

/** A funding section: its h2 and content, or only the content when the title is given above. */
export function SectionShell({
  title,
  widgetId,
  headless = false,
  children,
}: SectionPlacement & { title: string; children: ReactNode }) {
  const headingId = useId()
  const labelledBy = useLandmarkLabel(headingId)
  if (headless) return <div className="funding-section-body">{children}</div>
  return (
    <section
      className="funding-section"
      aria-labelledby={labelledBy}
      data-widget-id={widgetId ?? undefined}
    >
      <Heading level={2} id={headingId}>
        {title}
      </Heading>
      {children}
    </section>
  )
}
