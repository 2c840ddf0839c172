import { createContext, useContext } from 'react'

/**
 * What every widget's tools need to know about the page around it: whether it is embedded (then
 * the tools are hidden: the host page is not the place to re-embed), the as-of date, and the
 * letters it is drawn from, for the PNG caption and the embed's source note.
 */
export interface WidgetEnvironment {
  embedded: boolean
  /** The view's as-of date (YYYY-MM-DD). */
  asOf: string
  /** The newest evidence published by `asOf` in the letters shown (null: none), for captions. */
  newestEvidence: string | null
  /** "来源:第153005号建议 · 昆明市科学技术局 · 2023年6月19日", already localized; "" when unknown. */
  sourceNote: string
}

export const WidgetEnvironmentContext = createContext<WidgetEnvironment>({
  embedded: false,
  asOf: '',
  newestEvidence: null,
  sourceNote: '',
})

export function useWidgetEnvironment(): WidgetEnvironment {
  return useContext(WidgetEnvironmentContext)
}
