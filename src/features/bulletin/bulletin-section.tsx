import type { ReactNode } from 'react'
import { Heading, type HeadingLevel } from '../../lib/ui/heading'

/** A section of the bulletin: its heading (an id the region is named by) and an intro. */
export function Section({
  name,
  title,
  level,
  intro,
  children,
}: {
  name: string
  title: string
  level: HeadingLevel
  intro?: string
  children: ReactNode
}) {
  const id = `bulletin-section-${name}`
  return (
    <section className="bulletin-section" data-section={name} aria-labelledby={id}>
      <Heading level={level} id={id}>
        {title}
      </Heading>
      {intro && <p className="bulletin-section-intro">{intro}</p>}
      {children}
    </section>
  )
}

/** What a section says when it has nothing to list. */
export function None({ children }: { children: string }) {
  return <p className="bulletin-none">{children}</p>
}
