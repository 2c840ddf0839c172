import {
  createContext,
  createElement,
  useContext,
  type HTMLAttributes,
  type ReactNode,
} from 'react'

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6

/**
 * How many levels the headings below are raised. A widget is written for its place on the
 * dashboard (a chart title is an h3 under the page's h1 and the section's h2); shown alone in
 * an embed, its title must become the page's h1, and heading levels must never skip (screen
 * reader users navigate by them). The widget's markup stays the same; only the number changes.
 */
const HeadingRaise = createContext(0)

export function RaiseHeadings({ by, children }: { by: number; children: ReactNode }) {
  const outer = useContext(HeadingRaise)
  return <HeadingRaise.Provider value={outer + by}>{children}</HeadingRaise.Provider>
}

/** `<h{level}>`, raised by the enclosing <RaiseHeadings>, never above h1 or below h6. */
export function Heading({
  level,
  ...props
}: { level: HeadingLevel } & HTMLAttributes<HTMLHeadingElement>) {
  const raise = useContext(HeadingRaise)
  const actual = Math.min(6, Math.max(1, level - raise))
  return createElement(`h${actual}`, props)
}
