import { z } from 'zod'
import { datasetEntrySchema } from '../schema/data-index'
import { idSchema } from '../schema/primitives'

/**
 * What an official changed at the data desk, as stored in the browser and in an exported draft
 * file. Only the shape is checked here: the files inside are the official's work in progress and
 * may still be wrong; they are validated with the dashboard's own schemas before they can be
 * published (publish-files.ts), and every field is checked live while it is typed.
 */
export const DRAFT_VERSION = 1
export const DRAFT_FORMAT = 'commitment-tracker-draft'

/** A JSON object as read from a data file: keys are kept, values are checked at publish time. */
const jsonObject = z.record(z.string(), z.unknown())

/** A list file: the envelope the dashboard requires, items checked one by one at publish time. */
const listFile = (key: string) =>
  z.looseObject({ documentId: z.string(), [key]: z.array(jsonObject) })

export const draftDatasetSchema = z.strictObject({
  document: jsonObject.optional(),
  commitments: listFile('commitments').optional(),
  updates: listFile('updates').optional(),
  funding: listFile('lines').optional(),
  /** The letter's full text, for a new letter (published letters' texts are never rewritten). */
  sourceText: z.string().max(2_000_000).optional(),
})
export type DraftDataset = z.infer<typeof draftDatasetSchema>

/** The letter being added at the desk, as typed so far (kept so a closed tab loses nothing). */
export const letterWorkSchema = z.strictObject({
  text: z.string().max(2_000_000),
  fields: z.record(z.string(), z.string().max(20_000)),
  /** Fields filled from the text that the official has not yet confirmed or cleared. */
  guessed: z.array(z.string().max(60)).max(60).optional(),
})
export type LetterWork = z.infer<typeof letterWorkSchema>

export const draftSchema = z.strictObject({
  format: z.literal(DRAFT_FORMAT),
  version: z.literal(DRAFT_VERSION),
  /** When the draft last changed (ISO date-time). */
  savedAt: z.iso.datetime(),
  /** Edited or new files, per dataset id. */
  datasets: z.record(idSchema, draftDatasetSchema),
  /** index.json entries of letters added at the desk. */
  newEntries: z.array(datasetEntrySchema),
  letter: letterWorkSchema.optional(),
  /**
   * What the official decided about the scanner's proposals, per dataset: proposal id →
   * "rejected" or the id of the commitment it became. The scanner proposes; a person decides.
   */
  proposals: z.record(idSchema, z.record(z.string().max(200), z.string().max(200))).optional(),
})
export type Draft = z.infer<typeof draftSchema>

export function emptyDraft(now = new Date()): Draft {
  return {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    savedAt: now.toISOString(),
    datasets: {},
    newEntries: [],
  }
}

/** Whether the draft holds any change at all (an in-progress letter form counts). */
export function draftHasChanges(draft: Draft): boolean {
  return (
    Object.keys(draft.datasets).length > 0 ||
    draft.newEntries.length > 0 ||
    (draft.letter !== undefined && draft.letter.text.trim() !== '')
  )
}
