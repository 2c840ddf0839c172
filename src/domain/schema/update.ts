import { z } from './zod'
import {
  httpUrlSchema,
  idSchema,
  isoDateSchema,
  longTextSchema,
  noteFields,
  shortTextSchema,
} from './primitives'
import { COMPARABILITY_VALUES, VERDICT_STATUS_VALUES } from './vocabulary'

/** The fixed status scale (已兑现 / 部分兑现 / 推进中 / 停滞 / 未兑现); 待评估 is the absence of one. */
export const verdictStatusSchema = z.enum(VERDICT_STATUS_VALUES)
export type VerdictStatus = z.infer<typeof verdictStatusSchema>

export const evidenceSourceSchema = z.strictObject({
  title: shortTextSchema,
  titleEn: shortTextSchema.optional(),
  publisher: shortTextSchema.optional(),
  publisherEn: shortTextSchema.optional(),
  url: httpUrlSchema.optional(),
  /** The day the source was published. */
  date: isoDateSchema,
})
export type EvidenceSource = z.infer<typeof evidenceSourceSchema>

/**
 * How an update's figure relates to the commitment's own figure. Only `same-metric` values count
 * as progress; a `related-metric` (e.g. "all intellectual property" against "invention patents")
 * is shown with its caveat and never charted as the target's value.
 */
export const comparabilitySchema = z.enum(COMPARABILITY_VALUES)
export type Comparability = z.infer<typeof comparabilitySchema>

/**
 * What a same-metric value counts: everything so far (cumulative, the default), or only what was
 * added in the period the source covers (new, e.g. "3 projects added in 2023"), which leaves out
 * the target's baseline.
 */
export const valueCountingSchema = z.enum(['cumulative', 'new'])
export type ValueCounting = z.infer<typeof valueCountingSchema>

export const progressUpdateSchema = z.strictObject({
  id: idSchema,
  commitmentId: idSchema,
  /** The day the reported state held (e.g. the end of the year a work report covers). */
  asOf: isoDateSchema,
  value: z.number().finite().nonnegative().optional(),
  counting: valueCountingSchema.optional(),
  comparability: comparabilitySchema,
  /** What happened, in the source's words where possible. */
  summary: longTextSchema,
  summaryEn: longTextSchema.optional(),
  /** The sentence of the source that carries the evidence, verbatim. */
  quote: longTextSchema.optional(),
  source: evidenceSourceSchema,
  verdict: z
    .strictObject({
      status: verdictStatusSchema,
      date: isoDateSchema,
      rationale: longTextSchema,
      rationaleEn: longTextSchema.optional(),
    })
    .optional(),
  ...noteFields,
})
export type ProgressUpdate = z.infer<typeof progressUpdateSchema>

export const updatesFileSchema = z.strictObject({
  $schema: z.string().optional(),
  documentId: idSchema,
  updates: z.array(progressUpdateSchema),
})
export type UpdatesFile = z.infer<typeof updatesFileSchema>
