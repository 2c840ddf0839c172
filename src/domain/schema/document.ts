import { z } from 'zod'
import {
  httpUrlSchema,
  idSchema,
  isoDateSchema,
  longTextSchema,
  noteFields,
  relativePathSchema,
  shortTextSchema,
} from './primitives'

/** 答复类别: how the responding body classed its own reply. */
export const replyClassSchema = z.enum(['A', 'B', 'C', 'D'])
export type ReplyClass = z.infer<typeof replyClassSchema>

/** The deputy's stated satisfaction with the reply (满意 / 基本满意 / 不满意). */
export const satisfactionSchema = z.enum(['satisfied', 'basically-satisfied', 'dissatisfied'])
export type Satisfaction = z.infer<typeof satisfactionSchema>

export const documentKindSchema = z.enum(['reply-letter', 'report', 'other'])

export const documentSchema = z.strictObject({
  $schema: z.string().optional(),
  id: idSchema,
  kind: documentKindSchema,
  /** The suggestion's number as the congress numbers it, e.g. "153005". */
  number: z
    .string()
    .regex(/^[0-9A-Za-z-]{1,40}$/)
    .optional(),
  title: shortTextSchema,
  titleEn: shortTextSchema.optional(),
  /** The people's congress session the suggestion was filed at. */
  session: z.strictObject({
    name: shortTextSchema,
    nameEn: shortTextSchema.optional(),
  }),
  deputies: z
    .array(z.strictObject({ name: shortTextSchema, nameEn: shortTextSchema.optional() }))
    .min(1),
  suggestionTitle: shortTextSchema,
  suggestionTitleEn: shortTextSchema.optional(),
  respondent: z.strictObject({ name: shortTextSchema, nameEn: shortTextSchema.optional() }),
  date: isoDateSchema,
  url: httpUrlSchema.optional(),
  replyClass: replyClassSchema.optional(),
  satisfaction: satisfactionSchema.optional(),
  /** The full source text, a UTF-8 .txt file relative to this document file. */
  sourceText: relativePathSchema,
  summary: longTextSchema.optional(),
  summaryEn: longTextSchema.optional(),
  ...noteFields,
})
export type SourceDocument = z.infer<typeof documentSchema>
