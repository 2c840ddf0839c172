import type { Language } from '../../domain/language'

/**
 * `config.json`, next to index.html: what an intranet administrator can change without a rebuild.
 * Every field is optional; a missing or invalid field falls back to its default (DEFAULT_CONFIG).
 */
export interface RuntimeConfig {
  /** Where the data files live: a path relative to the page, or an absolute path / URL on the same origin. */
  dataLocation: string
  /** The language of a reader who has not chosen one (`?lang=` and a saved choice win). */
  defaultLanguage: Language
  /** Replaces "承诺追踪" in the header and the window title. */
  title?: string
  titleEn?: string
  /** The organisation that runs the site, shown above the title. */
  organisation?: string
  organisationEn?: string
  /**
   * Origins of pages that may embed widgets and receive their height ("*" = any). The page's own
   * origin is always allowed.
   */
  embedAllowedOrigins: string[]
  /**
   * Show the data desk (数据台) in the navigation. Absent or false: readers see no link to it (the
   * desk still opens at #/desk for the data editors who know the address).
   */
  desk?: boolean
}

export const DEFAULT_CONFIG: RuntimeConfig = {
  dataLocation: 'data/',
  defaultLanguage: 'zh-CN',
  embedAllowedOrigins: [],
}

/** Why a value was refused, beyond what zod itself says; read by describeConfigIssue. */
export type ConfigRefusal = 'other-origin' | 'has-query' | 'not-origin'
