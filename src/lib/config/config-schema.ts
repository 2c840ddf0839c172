import { z } from 'zod'
import { LANGUAGES, type Language } from '../../domain/language'

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

const refused = (reason: ConfigRefusal) => ({ params: { reason } })

const shortText = z.string().trim().min(1).max(120)

/** The schema, for a page at `pageUrl` (the data must come from the page's own origin). */
export function runtimeConfigSchema(pageUrl: string) {
  return z.strictObject({
    /** JSON has no comments: administrators may leave a note here. */
    $comment: z.string().optional(),
    dataLocation: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .refine((value) => !/[?#]/.test(value), refused('has-query'))
      .refine((value) => isSameOrigin(value, pageUrl), refused('other-origin'))
      .optional(),
    defaultLanguage: z.enum(LANGUAGES).optional(),
    title: shortText.optional(),
    titleEn: shortText.optional(),
    organisation: shortText.optional(),
    organisationEn: shortText.optional(),
    embedAllowedOrigins: z
      .array(z.string().refine((value) => value === '*' || isOrigin(value), refused('not-origin')))
      .max(100)
      .optional(),
    desk: z.boolean().optional(),
  })
}

export type RuntimeConfigInput = z.infer<ReturnType<typeof runtimeConfigSchema>>

/** True when `location`, resolved against the page, stays on the page's scheme, host and port. */
export function isSameOrigin(location: string, pageUrl: string): boolean {
  try {
    const page = new URL(pageUrl)
    const resolved = new URL(location, page)
    return resolved.origin === page.origin && /^https?:$/.test(resolved.protocol)
  } catch {
    return false
  }
}

/** An origin (an intranet portal's, say): a scheme, a host and a port, nothing else. */
export function isOrigin(value: string): boolean {
  try {
    const url = new URL(value)
    return /^https?:$/.test(url.protocol) && url.origin === value
  } catch {
    return false
  }
}
