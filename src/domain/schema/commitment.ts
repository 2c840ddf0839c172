import { z } from './zod'
import { partialDateEnd } from '../iso-day'
import { deadlineDate } from '../deadline'
import {
  figureSchema,
  idSchema,
  isoDateSchema,
  longTextSchema,
  namedSchema,
  noteFields,
  partialDateSchema,
  shortTextSchema,
  visibleText,
} from './primitives'
import { CATEGORY_VALUES } from './vocabulary'

export const categorySchema = z.enum(CATEGORY_VALUES)
export type Category = z.infer<typeof categorySchema>

/** When a promise falls due. "None stated" is a state of its own, never a default. */
export const deadlineSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('date'), date: isoDateSchema, ...noteFields }),
  z.strictObject({
    type: z.literal('year'),
    year: z.number().int().min(1949).max(2100),
    ...noteFields,
  }),
  z.strictObject({
    type: z.literal('quarter'),
    year: z.number().int().min(1949).max(2100),
    quarter: z.number().int().min(1).max(4),
    ...noteFields,
  }),
  z.strictObject({ type: z.literal('none'), ...noteFields }),
])
export type Deadline = z.infer<typeof deadlineSchema>

/**
 * Whether the baseline counts toward the target: "20 more projects" (does not count), "20 in all,
 * the 12 included" (counts), or the letter does not say (not stated, the default). When it is not
 * stated, progress has two readings and every surface shows both, never a single percent.
 */
export const baselineRelationSchema = z.enum(['counts', 'does-not-count', 'not-stated'])
export type BaselineRelation = z.infer<typeof baselineRelationSchema>

/** The starting point a target is measured from. `asOf: null` when the source gives no date. */
export const baselineSchema = z.strictObject({
  value: z.number().finite().nonnegative(),
  /** As precise as the source: a day, a month or a year. */
  asOf: partialDateSchema.nullable(),
  /** Absent means "not stated": readings follow from data, never from a guess in code. */
  relation: baselineRelationSchema.optional(),
  ...noteFields,
})
export type Baseline = z.infer<typeof baselineSchema>

export const routineSchema = z.enum(['weekly', 'monthly', 'quarterly', 'annual'])

const commonFields = {
  id: idSchema,
  documentId: idSchema,
  /** Where in the letter, e.g. "三(五)". */
  section: visibleText(z.string().trim().min(1).max(40)),
  category: categorySchema,
  title: shortTextSchema,
  titleEn: shortTextSchema.optional(),
  /** The words of the source, verbatim. Never paraphrased; a test proves it occurs in the text. */
  quote: longTextSchema,
  /** A translation shown beside the quote; the quote itself stays in the original language. */
  quoteEn: longTextSchema.optional(),
  /** Shown among the headline figures on the overview's first screen. */
  headline: z.boolean().optional(),
  /** Who carries it out, when the letter names a body other than the respondent. */
  implementer: namedSchema.optional(),
  /** What it waits on, in the letter's words ("待上级批复后实施"). */
  condition: longTextSchema.optional(),
  conditionEn: longTextSchema.optional(),
  ...noteFields,
}

/** Something the letter reports as already done (e.g. 12 projects, 18700万元). */
const resultSchema = z.strictObject({
  ...commonFields,
  kind: z.literal('result'),
  figure: figureSchema.optional(),
  /** The date the result is stated as of (a day, a month or a year); null when unclear. */
  asOf: partialDateSchema.nullable(),
})

/**
 * Something the letter expects to follow from work already under way ("预计…"), with a figure
 * ("预计申请专利60余项") or with only a deadline ("预计明年底建成").
 */
const forecastSchema = z.strictObject({
  ...commonFields,
  kind: z.literal('forecast'),
  figure: figureSchema.optional(),
  deadline: deadlineSchema,
})

/**
 * A cost estimate or a stated need ("经测算需投入资金20万元", "概算投资35万元"): what it would take,
 * not what anyone promised. Never rated and never a target.
 */
const estimateSchema = z.strictObject({
  ...commonFields,
  kind: z.literal('estimate'),
  figure: figureSchema,
  asOf: partialDateSchema.nullable(),
})

/** A request the reply turns down or puts off ("暂不具备实施条件"), with the reason it gives. */
const declinedSchema = z.strictObject({
  ...commonFields,
  kind: z.literal('declined'),
  /** The reason the letter gives, in its words where it states one. */
  reason: longTextSchema,
  reasonEn: longTextSchema.optional(),
})

/**
 * A promise with a number to reach ("立项20个以上"). Progress is measured from the baseline to the
 * deadline, so a baseline dated after the deadline is a typo in one of the two dates.
 */
const targetSchema = z
  .strictObject({
    ...commonFields,
    kind: z.literal('target'),
    figure: figureSchema,
    baseline: baselineSchema.optional(),
    deadline: deadlineSchema,
  })
  .superRefine((target, ctx) => {
    const stated = target.baseline?.asOf
    const baselineDate = stated ? partialDateEnd(stated) : null
    const due = deadlineDate(target.deadline)
    if (!baselineDate || !due || baselineDate <= due) return
    ctx.addIssue({
      code: 'custom',
      path: ['deadline'],
      message: `the deadline (${due}) is before the baseline date (${baselineDate}); a target is measured from its baseline to its deadline`,
      params: { rule: 'deadline-before-baseline', deadline: due, baseline: baselineDate },
    })
  })

/** A promise without a number: a routine, a policy, a mechanism. */
const promiseSchema = z.strictObject({
  ...commonFields,
  kind: z.literal('promise'),
  routines: z.array(routineSchema).optional(),
  deadline: deadlineSchema,
})

export const commitmentSchema = z.discriminatedUnion('kind', [
  resultSchema,
  forecastSchema,
  targetSchema,
  promiseSchema,
  estimateSchema,
  declinedSchema,
])
export type Commitment = z.infer<typeof commitmentSchema>
export type CommitmentKind = Commitment['kind']
export type TargetCommitment = z.infer<typeof targetSchema>

export const commitmentsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  documentId: idSchema,
  commitments: z.array(commitmentSchema),
})
export type CommitmentsFile = z.infer<typeof commitmentsFileSchema>
