import { z } from 'zod'
import {
  comparatorSchema,
  idSchema,
  isoDateSchema,
  longTextSchema,
  noteFields,
  shortTextSchema,
  yuanSchema,
} from './primitives'

/**
 * Where money comes from. `province-and-city` is a joint sum the source does not split;
 * `unspecified` when the source does not say (never guessed).
 */
export const fundSourceSchema = z.enum([
  'provincial',
  'municipal',
  'province-and-city',
  'other',
  'unspecified',
])
export type FundSource = z.infer<typeof fundSourceSchema>

/**
 * The life of money: pledged (promised), allocated (approved / obtained for projects) and
 * disbursed (actually paid out). A letter's "获得…经费投入" is an allocation, not a payment.
 */
export const fundingStageSchema = z.enum(['pledged', 'allocated', 'disbursed'])
export type FundingStage = z.infer<typeof fundingStageSchema>

export const fundingEntrySchema = z.strictObject({
  stage: fundingStageSchema,
  /** Read literally: "3亿元以上" is >= 300000000. */
  comparator: comparatorSchema.default('='),
  amount: yuanSchema,
  /** The amount exactly as the source wrote it, e.g. "18700万元". */
  asWritten: shortTextSchema,
  /** When the amount held; null when the source leaves it unclear. */
  asOf: isoDateSchema.nullable(),
  /** Where the figure comes from: a document quote or a progress update. */
  evidence: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('document'), documentId: idSchema, quote: longTextSchema }),
    z.strictObject({ type: z.literal('update'), updateId: idSchema }),
  ]),
  ...noteFields,
})
export type FundingEntry = z.infer<typeof fundingEntrySchema>

export const fundingLineSchema = z.strictObject({
  id: idSchema,
  documentId: idSchema,
  commitmentIds: z.array(idSchema),
  label: shortTextSchema,
  labelEn: shortTextSchema.optional(),
  fundSource: fundSourceSchema,
  /** This line is a stated share of another ("其中省级…"): the rest is derived, never invented. */
  partOf: idSchema.optional(),
  entries: z.array(fundingEntrySchema),
  ...noteFields,
})
export type FundingLine = z.infer<typeof fundingLineSchema>

export const fundingFileSchema = z.strictObject({
  $schema: z.string().optional(),
  documentId: idSchema,
  lines: z.array(fundingLineSchema),
})
export type FundingFile = z.infer<typeof fundingFileSchema>
