import { z } from './zod'
import { idSchema, isoDateSchema, longTextSchema, shortTextSchema, visibleText } from './primitives'
import { verdictStatusSchema } from './update'

/** Which of the letter's files a change was made in. */
export const changedFileSchema = z.enum(['updates', 'funding', 'commitments', 'document'])
export type ChangedFile = z.infer<typeof changedFileSchema>

export const changeActionSchema = z.enum(['added', 'changed', 'removed'])
export type ChangeAction = z.infer<typeof changeActionSchema>

/** A field's value before or after a change: the plain JSON values a field of the contract holds. */
const fieldValueSchema = z.union([
  visibleText(z.string().max(20_000)),
  z.number().finite(),
  z.boolean(),
  z.null(),
])

/** A verdict that was set (from absent: `null` or left out) or moved from one status to another. */
export const verdictMoveSchema = z.strictObject({
  from: verdictStatusSchema.nullable().optional(),
  to: verdictStatusSchema,
})
export type VerdictMove = z.infer<typeof verdictMoveSchema>

/**
 * One item-level change: this update added, this field changed from → to, this verdict set.
 * A verdict is the public judgement of a promise, so setting or moving one always says why.
 */
export const changeSchema = z
  .strictObject({
    file: changedFileSchema,
    /** The id of the update, funding line or commitment; the letter's id for `document`. */
    itemId: idSchema,
    /**
     * The commitments the item concerns (an update's commitment, a funding line's), so the record
     * still reads on the commitment's page after the item itself was removed.
     */
    commitmentIds: z.array(idSchema).optional(),
    action: changeActionSchema,
    /** The field that changed (for `changed`), as named in the contract. */
    field: shortTextSchema.optional(),
    from: fieldValueSchema.optional(),
    to: fieldValueSchema.optional(),
    verdict: verdictMoveSchema.optional(),
    reason: longTextSchema.optional(),
    reasonEn: longTextSchema.optional(),
  })
  .superRefine((change, ctx) => {
    if (change.verdict && change.reason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'a change that sets or moves a verdict must give its reason',
        params: { rule: 'verdict-needs-reason' },
      })
    }
  })
export type Change = z.infer<typeof changeSchema>

/** One publish: the day, who recorded it (as they typed their name) and what changed. */
export const changeLogEntrySchema = z.strictObject({
  id: idSchema,
  date: isoDateSchema,
  recordedBy: shortTextSchema,
  summary: longTextSchema.optional(),
  summaryEn: longTextSchema.optional(),
  changes: z.array(changeSchema).min(1),
})
export type ChangeLogEntry = z.infer<typeof changeLogEntrySchema>

/**
 * `<letter>/changes.json`: the letter's public record of changes, one entry per publish, oldest
 * first. Optional in the index: a letter published without one loads as before.
 */
export const changeLogFileSchema = z.strictObject({
  $schema: z.string().optional(),
  documentId: idSchema,
  entries: z.array(changeLogEntrySchema),
})
export type ChangeLogFile = z.infer<typeof changeLogFileSchema>
