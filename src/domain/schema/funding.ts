import { z } from './zod'
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
 * `self-raised` is the applicant's own money (自筹: an enterprise, a village), never the
 * government's; `special-fund` is a named fund (its name in `fundName`); `unspecified` when the
 * source does not say (never guessed).
 */
export const fundSourceSchema = z.enum([
  'provincial',
  'municipal',
  'province-and-city',
  'other',
  'unspecified',
  'central',
  'county',
  'township',
  'self-raised',
  'special-fund',
])
export type FundSource = z.infer<typeof fundSourceSchema>

/**
 * The life of money: pledged (promised), allocated (approved / obtained for projects) and
 * disbursed (actually paid out). A letter's "获得…经费投入" is an allocation, not a payment.
 * Two stages stand beside that life: `needed` is an estimate or stated need ("经测算需投入资金
 * 20万元": what it would take, nobody's promise) and `unfunded` a remainder the source states as
 * not yet covered ("尚有缺口200万元"). Neither is ever added to the money promised or paid.
 */
export const fundingStageSchema = z.enum([
  'pledged',
  'allocated',
  'disbursed',
  'needed',
  'unfunded',
])
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
  /** The fund's name as the source writes it ("车购税资金", "中央预算内投资"). */
  fundName: shortTextSchema.optional(),
  fundNameEn: shortTextSchema.optional(),
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
