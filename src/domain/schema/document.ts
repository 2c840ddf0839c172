import { z } from './zod'
import {
  httpUrlSchema,
  idSchema,
  isoDateSchema,
  longTextSchema,
  namedSchema,
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

/**
 * What the reply answers: a deputy's suggestion (代表建议), a CPPCC member's proposal (政协提案), a
 * motion (议案) or something else. Absent means a suggestion: the contract's first letters were.
 */
export const filingKindSchema = z.enum(['suggestion', 'proposal', 'motion', 'other'])
export type FilingKind = z.infer<typeof filingKindSchema>

/**
 * Who filed it: people's congress deputies (代表), CPPCC members (委员), or a group (a party
 * committee, a sector). Absent: deputies for a suggestion or motion, members for a proposal.
 */
export const filerRoleSchema = z.enum(['deputy', 'member', 'group', 'other'])
export type FilerRole = z.infer<typeof filerRoleSchema>

/** The responding body's tier of government. */
export const governmentLevelSchema = z.enum([
  'national',
  'province',
  'prefecture',
  'county',
  'township',
  'other',
])
export type GovernmentLevel = z.infer<typeof governmentLevelSchema>

/** Whether the body leads the reply (主办), helps another (协办) or handles it alone (单独办理). */
export const respondentRoleSchema = z.enum(['lead', 'co-organizer', 'sole'])
export type RespondentRole = z.infer<typeof respondentRoleSchema>

/** Where a document's date comes from: the letter itself, or only the page that publishes it. */
export const dateSourceSchema = z.enum(['letter', 'publishing-page'])
export type DateSource = z.infer<typeof dateSourceSchema>

export const documentSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: idSchema,
    kind: documentKindSchema,
    /** The suggestion's number as the congress numbers it, e.g. "153005". */
    number: z
      .string()
      .regex(
        /^[0-9A-Za-z\u3400-\u9fff-]{1,40}$/,
        'digits, letters, Chinese characters and dashes, e.g. 153005 or 温36',
      )
      .optional(),
    /** What the reply answers; absent means a deputy's suggestion. */
    filingKind: filingKindSchema.optional(),
    /** The reply's own heading. Absent when the letter has none: shown as "not stated". */
    title: shortTextSchema.optional(),
    titleEn: shortTextSchema.optional(),
    /** The reply's own document number (文号), e.g. "子交函〔2023〕34号". */
    replyNumber: shortTextSchema.optional(),
    /** The congress or CPPCC session it was filed at; absent when the letter does not say. */
    session: z
      .strictObject({
        name: shortTextSchema,
        nameEn: shortTextSchema.optional(),
      })
      .optional(),
    /** The people who filed it, whatever their role (see filerRole). Named so for history. */
    deputies: z.array(namedSchema).min(1),
    filerRole: filerRoleSchema.optional(),
    /** False when the letter names some filers and writes 等 ("王某等"): the list is not complete. */
    filersComplete: z.boolean().optional(),
    /** The filed suggestion's or proposal's title; absent when the letter does not state it. */
    suggestionTitle: shortTextSchema.optional(),
    suggestionTitleEn: shortTextSchema.optional(),
    respondent: z.strictObject({
      name: shortTextSchema,
      nameEn: shortTextSchema.optional(),
      level: governmentLevelSchema.optional(),
      role: respondentRoleSchema.optional(),
    }),
    /** The reply's date; absent when neither the letter nor its publishing page states one. */
    date: isoDateSchema.optional(),
    /** Where `date` comes from; absent means the letter itself. */
    dateSource: dateSourceSchema.optional(),
    url: httpUrlSchema.optional(),
    replyClass: replyClassSchema.optional(),
    satisfaction: satisfactionSchema.optional(),
    /** The full source text, a UTF-8 .txt file relative to this document file. */
    sourceText: relativePathSchema,
    summary: longTextSchema.optional(),
    summaryEn: longTextSchema.optional(),
    ...noteFields,
  })
  .superRefine((document, ctx) => {
    if (document.dateSource && !document.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateSource'],
        message: 'dateSource says where the date comes from, but there is no date',
        params: { rule: 'date-source-without-date' },
      })
    }
  })
export type SourceDocument = z.infer<typeof documentSchema>
