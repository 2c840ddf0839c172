import { z } from '../../domain/schema/zod'
import { LANGUAGES } from '../../domain/language'
import type { ConfigRefusal } from './config-defaults'

export { DEFAULT_CONFIG, type ConfigRefusal, type RuntimeConfig } from './config-defaults'

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
