import { z } from '../schema/zod'
import { datasetEntrySchema } from '../schema/data-index'
import { idSchema } from '../schema/primitives'

/**
 * What an official did at the data desk, as stored in the browser and in an exported draft file.
 * Since version 2 a draft keeps edits, not copies: each edit is one item of one file as the
 * official found it and as they left it, with the version of the published file it was made
 * against. At review and download the edits are replayed onto the files as they are on the
 * server then (replay-draft.ts), so a colleague's work published in between is kept, and where
 * both changed the same thing the official is asked to choose.
 *
 * Only the shape is checked here: the items are work in progress and may still be wrong; they are
 * validated with the dashboard's own schemas before they can be published (publish-files.ts).
 */
export const DRAFT_VERSION = 2
export const DRAFT_FORMAT = 'commitment-tracker-draft'

/** A JSON object as read from a data file: keys are kept, values are checked at publish time. */
const jsonObject = z.record(z.string(), z.unknown())

export const EDITED_FILES = ['document', 'commitments', 'updates', 'funding'] as const
export type EditedFile = (typeof EDITED_FILES)[number]

export const draftEditSchema = z.strictObject({
  /** Unique within the draft: `<session>-<n>`. */
  id: z.string().min(1).max(120),
  /** When the edit was last changed (ISO date-time). */
  at: z.iso.datetime(),
  /** The browser tab that made it: an edit is only ever extended by the tab that made it. */
  session: z.string().min(1).max(60),
  datasetId: idSchema,
  file: z.enum(EDITED_FILES),
  /** The item's id in its list; '' for the document (the letter's own fields). */
  itemId: z.string().max(200),
  /** The item as the official found it; null when they added it. */
  base: jsonObject.nullable(),
  /** The item as the official left it; null when they removed it. */
  value: jsonObject.nullable(),
  /** Migrated from a draft that kept copies: what the official found is not known. */
  baseUnknown: z.literal(true).optional(),
})
export type DraftEdit = z.infer<typeof draftEditSchema>

/** The published file an edit was first made against: its hash and each item's. */
export const fileBaseSchema = z.strictObject({
  hash: z.string().max(20),
  items: z.record(z.string(), z.string().max(20)),
})
export type FileBase = z.infer<typeof fileBaseSchema>

/** The letter being added at the desk, as typed so far (kept so a closed tab loses nothing). */
export const letterWorkSchema = z.strictObject({
  text: z.string().max(2_000_000),
  fields: z.record(z.string(), z.string().max(20_000)),
  /** Fields filled from the text that the official has not yet confirmed or cleared. */
  guessed: z.array(z.string().max(60)).max(60).optional(),
})
export type LetterWork = z.infer<typeof letterWorkSchema>

const proposalsSchema = z.record(idSchema, z.record(z.string().max(200), z.string().max(200)))

/**
 * The change-log form of the review as typed so far (who records the publish, a summary, why
 * each verdict moves), kept with the draft so a closed tab loses none of it. Reasons are keyed
 * by the move itself (see changeLogReasonKey), so a reason typed for one move is never offered
 * for another.
 */
export const changeLogWorkSchema = z.strictObject({
  recordedBy: z.string().max(2_000),
  summary: z.string().max(20_000),
  reasons: z.record(z.string().max(400), z.string().max(20_000)),
})
export type ChangeLogWork = z.infer<typeof changeLogWorkSchema>

export const draftSchema = z.strictObject({
  format: z.literal(DRAFT_FORMAT),
  version: z.literal(DRAFT_VERSION),
  /** When the draft last changed (ISO date-time). */
  savedAt: z.iso.datetime(),
  /** This tab's name for its own edits (each tab that reads the draft picks its own). */
  session: z.string().min(1).max(60),
  edits: z.array(draftEditSchema),
  /** Per data file path, the published version the first edit to it was made against. */
  bases: z.record(z.string(), fileBaseSchema),
  /** index.json entries of letters added at the desk. */
  newEntries: z.array(datasetEntrySchema),
  /** Their full texts (published letters' texts are never rewritten). */
  newTexts: z.record(idSchema, z.string().max(2_000_000)),
  /** Letters whose changes were dropped, and when: older edits to them stay dropped. */
  reverted: z.record(idSchema, z.iso.datetime()),
  /** How the official decided each conflict (conflict key → whose version stays). */
  resolutions: z.record(z.string().max(400), z.enum(['mine', 'theirs'])),
  letter: letterWorkSchema.optional(),
  /**
   * What the official decided about the scanner's proposals, per dataset: proposal id →
   * "rejected" or the id of the commitment it became. The scanner proposes; a person decides.
   */
  proposals: proposalsSchema.optional(),
  changeLog: changeLogWorkSchema.optional(),
  /** Set when the draft was converted from version 1 (whole copies of files). */
  migration: z
    .strictObject({
      from: z.literal(1),
      /** Per file path, the ids the old draft's copy held (to tell the official what it lacked). */
      ids: z.record(z.string(), z.array(z.string())),
    })
    .optional(),
})
export type Draft = z.infer<typeof draftSchema>

/** Version 1: whole copies of every file the official touched (kept to migrate stored drafts). */
const listFile = (key: string) =>
  z.looseObject({ documentId: z.string(), [key]: z.array(jsonObject) })

export const draftDatasetSchema = z.strictObject({
  document: jsonObject.optional(),
  commitments: listFile('commitments').optional(),
  updates: listFile('updates').optional(),
  funding: listFile('lines').optional(),
  sourceText: z.string().max(2_000_000).optional(),
})
/** A letter's files as the desk reads and writes them. */
export type DraftDataset = z.infer<typeof draftDatasetSchema>

export const draftV1Schema = z.strictObject({
  format: z.literal(DRAFT_FORMAT),
  version: z.literal(1),
  savedAt: z.iso.datetime(),
  datasets: z.record(idSchema, draftDatasetSchema),
  newEntries: z.array(datasetEntrySchema),
  letter: letterWorkSchema.optional(),
  proposals: proposalsSchema.optional(),
})
export type DraftV1 = z.infer<typeof draftV1Schema>

export function emptyDraft(now = new Date(), session = 'local'): Draft {
  return {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    savedAt: now.toISOString(),
    session,
    edits: [],
    bases: {},
    newEntries: [],
    newTexts: {},
    reverted: {},
    resolutions: {},
  }
}

/** Whether the draft holds any change at all (an in-progress letter form counts). */
export function draftHasChanges(draft: Draft): boolean {
  return (
    liveEdits(draft).length > 0 ||
    draft.newEntries.length > 0 ||
    (draft.letter !== undefined && draft.letter.text.trim() !== '')
  )
}

/** The edits that count: those not dropped by a later "revert this letter". */
export function liveEdits(draft: Draft): DraftEdit[] {
  return draft.edits.filter((edit) => {
    const reverted = draft.reverted[edit.datasetId]
    return reverted === undefined || edit.at > reverted
  })
}
