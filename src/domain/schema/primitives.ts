import { z } from 'zod'

/**
 * Building blocks shared by every data file. Kept strict on purpose: data is hand-edited on
 * intranets, so every rule here turns a silent mistake into a message with a JSON path.
 */

/** Stable ids: lowercase letters, digits and dashes, e.g. `km-153005-c-projects-20`. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single dashes only')
  .max(120)

/** A calendar date, ISO 8601 (YYYY-MM-DD). Rejects impossible dates such as 2023-02-30. */
export const isoDateSchema = z.iso.date()

/** Money is integer yuan (元): no fractions, no negatives, no floats that lose precision. */
export const yuanSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)

/** Plain text shown to readers. Bounded so a hostile 1 MB string cannot slip into a title. */
export const shortTextSchema = z.string().trim().min(1).max(500)
export const longTextSchema = z.string().trim().min(1).max(20_000)

/** Only http(s) links are ever rendered as links; `javascript:` and `data:` are rejected here. */
export const httpUrlSchema = z
  .url({ protocol: /^https?$/, hostname: z.regexes.hostname })
  .max(2_000)

/** A path to a file relative to the file that names it (no scheme, no parent escapes). */
export const relativePathSchema = z
  .string()
  .min(1)
  .max(300)
  .regex(
    /^(?!\/)(?!.*\.\.)(?!.*:)[A-Za-z0-9._\-/]+$/,
    'a relative path such as km-153005/document.json',
  )

export const comparatorSchema = z.enum(['>=', '>', '=', '<=', '<'])
export type Comparator = z.infer<typeof comparatorSchema>

/** What a figure counts. `yuan` amounts are integer yuan; the rest are plain counts. */
export const unitSchema = z.enum(['yuan', 'count', 'person', 'percent'])
export type Unit = z.infer<typeof unitSchema>

/** A figure as the source states it: "20个以上" is { comparator: '>=', value: 20 }. */
export const figureSchema = z.strictObject({
  comparator: comparatorSchema,
  value: z.number().finite().nonnegative(),
  unit: unitSchema,
  /** The measure word and noun in Chinese, e.g. "个重大科技项目". */
  label: shortTextSchema,
  labelEn: shortTextSchema.optional(),
  /** The figure exactly as written in the source, e.g. "3亿元以上". */
  asWritten: shortTextSchema,
})
export type Figure = z.infer<typeof figureSchema>

/** A note for readers: ambiguities, caveats, how a figure was read. */
export const noteFields = {
  note: longTextSchema.optional(),
  noteEn: longTextSchema.optional(),
}
