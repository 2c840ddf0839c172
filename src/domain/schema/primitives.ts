import { z } from './zod'
import { forbiddenCharacter } from './text-safety'

/**
 * Building blocks shared by every data file. Kept strict on purpose: data is hand-edited on
 * intranets, so every rule here turns a silent mistake into a message with a JSON path.
 */

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Names that objects already carry: an id "constructor" would collide with
 * `Object.prototype.constructor` wherever ids key a plain object.
 */
const RESERVED_IDS = new Set(['constructor', 'prototype'])

/** Stable ids: lowercase letters, digits and dashes, e.g. `km-153005-c-projects-20`. */
export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'lowercase letters, digits and single dashes only')
  .max(120)
  .refine((id) => !RESERVED_IDS.has(id), {
    message: 'this word is reserved and cannot be an id',
    params: { rule: 'reserved-id' },
  })

/** A calendar date, ISO 8601 (YYYY-MM-DD). Rejects impossible dates such as 2023-02-30. */
export const isoDateSchema = z.iso.date()

/** Money is integer yuan (元): no fractions, no negatives, no floats that lose precision. */
export const yuanSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)

/**
 * Rejects the characters that can disguise text (direction overrides, control characters); see
 * text-safety.ts for what is allowed and why.
 */
export function visibleText<T extends z.ZodString>(schema: T): T {
  return schema.superRefine((text, ctx) => {
    const found = forbiddenCharacter(text)
    if (!found) return
    ctx.addIssue({
      code: 'custom',
      message: `invisible control character ${found.char} at position ${found.position} (direction overrides and control characters can disguise text)`,
      params: { rule: 'invisible-character', ...found },
    })
  })
}

/** Plain text shown to readers. Bounded so a hostile 1 MB string cannot slip into a title. */
export const shortTextSchema = visibleText(z.string().trim().min(1).max(500))
export const longTextSchema = visibleText(z.string().trim().min(1).max(20_000))

/** Only http(s) links are ever rendered as links; `javascript:` and `data:` are rejected here. */
export const httpUrlSchema = z
  .url({ protocol: /^https?$/, hostname: z.regexes.hostname })
  .max(2_000)
  // In "https://<a trusted host>@<another host>/" the part before "@" is a user name: the link
  // goes to the other host, so a user name can disguise where a link leads.
  .refine((href) => !hasCredentials(href), {
    message: 'a link must not contain a user name or password (text before "@")',
    params: { rule: 'url-credentials' },
  })

function hasCredentials(href: string): boolean {
  try {
    const url = new URL(href)
    return url.username !== '' || url.password !== ''
  } catch {
    return false
  }
}

/** A path to a file relative to the file that names it (no scheme, no parent escapes). */
export const RELATIVE_PATH_PATTERN = /^(?!\/)(?!.*\.\.)(?!.*:)[A-Za-z0-9._\-/]+$/
export const relativePathSchema = z
  .string()
  .min(1)
  .max(300)
  .regex(RELATIVE_PATH_PATTERN, 'a relative path such as km-153005/document.json')

export const comparatorSchema = z.enum(['>=', '>', '=', '<=', '<'])
export type Comparator = z.infer<typeof comparatorSchema>

/**
 * What a figure counts. `yuan` amounts are integer yuan; `count` and `person` are plain counts
 * (the measure word, 个/项/辆/宗/座, is part of the label); `measure` is a quantity in a unit of
 * measure the figure names in `unitName` (米, 公里, 平方米, 亩 …).
 */
export const unitSchema = z.enum(['yuan', 'count', 'person', 'percent', 'measure'])
export type Unit = z.infer<typeof unitSchema>

/**
 * A date as precise as the source states it: a day (2023-06-19), a month (2023-06) or a year
 * (2023). "截至2023年底" is 2023-12-31; "截至2023年" is just 2023. Compare with `partialDateEnd`.
 */
export const partialDateSchema = z
  .string()
  .superRefine((date, ctx) => {
    if (isPartialDate(date)) return
    ctx.addIssue({
      code: 'custom',
      message: 'a date such as 2023-06-19, a month such as 2023-06, or a year such as 2023',
      params: { rule: 'partial-date', value: date.slice(0, 40) },
    })
  })
  .meta({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' })

function isPartialDate(date: string): boolean {
  if (/^(19|20|21)\d{2}$/.test(date)) return true
  if (/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/.test(date)) return true
  return z.iso.date().safeParse(date).success
}
export type PartialDate = z.infer<typeof partialDateSchema>

/** A figure as the source states it: "20个以上" is { comparator: '>=', value: 20 }. */
export const figureSchema = z
  .strictObject({
    comparator: comparatorSchema,
    value: z.number().finite().nonnegative(),
    unit: unitSchema,
    /** The measure word and noun in Chinese, e.g. "个重大科技项目". */
    label: shortTextSchema,
    labelEn: shortTextSchema.optional(),
    /** The figure exactly as written in the source, e.g. "3亿元以上". */
    asWritten: shortTextSchema,
    /** For `unit: 'measure'` only: the unit as the source writes it ("公里") and in English ("km"). */
    unitName: shortTextSchema.optional(),
    unitNameEn: shortTextSchema.optional(),
  })
  .superRefine((figure, ctx) => {
    if (figure.unit === 'measure' && !figure.unitName) {
      ctx.addIssue({
        code: 'custom',
        path: ['unitName'],
        message: 'a figure in a unit of measure names its unit (unitName, e.g. "公里")',
        params: { rule: 'measure-needs-unit' },
      })
    }
    if (figure.unit !== 'measure' && figure.unitName) {
      ctx.addIssue({
        code: 'custom',
        path: ['unitName'],
        message: `unitName is only for unit "measure"; "${figure.unit}" has its own unit`,
        params: { rule: 'unit-name-without-measure' },
      })
    }
  })
export type Figure = z.infer<typeof figureSchema>

/** Someone named in the source: a deputy, a member, a body. */
export const namedSchema = z.strictObject({
  name: shortTextSchema,
  nameEn: shortTextSchema.optional(),
})

/** A note for readers: ambiguities, caveats, how a figure was read. */
export const noteFields = {
  note: longTextSchema.optional(),
  noteEn: longTextSchema.optional(),
}
