import { z } from './zod'
import { idSchema, relativePathSchema, shortTextSchema } from './primitives'

/**
 * `public/data/index.json`: the list of datasets. Adding a letter means adding its files and one
 * entry here. Paths are relative to index.json.
 */
export const datasetEntrySchema = z.strictObject({
  id: idSchema,
  document: relativePathSchema,
  commitments: relativePathSchema,
  updates: relativePathSchema.optional(),
  funding: relativePathSchema.optional(),
  /** The letter's public record of changes (changes.json); data without one loads unchanged. */
  changes: relativePathSchema.optional(),
})
export type DatasetEntry = z.infer<typeof datasetEntrySchema>

/**
 * The contract version data is written for. 1: the first letters (every field of 2 that is not
 * in 1 is optional, so version-1 data loads unchanged); 2: filings of any kind and body, figures in
 * any unit, estimates, declined requests, partial dates. Data for a newer version is refused with
 * a message, not half-read.
 */
export const CONTRACT_VERSION = 2
export const contractVersionSchema = z
  .number()
  .int()
  .min(1)
  .refine((version) => version <= CONTRACT_VERSION, {
    message: `written for a newer data contract than this tracker reads (up to ${CONTRACT_VERSION})`,
    params: { rule: 'newer-contract', max: CONTRACT_VERSION },
  })

export const dataIndexSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Absent means version 1. */
  contractVersion: contractVersionSchema.optional(),
  title: shortTextSchema.optional(),
  /** True only for made-up demo data; the UI labels such data as illustrative everywhere. */
  illustrative: z.boolean().default(false),
  /** Each dataset once: its id keys its files and its commitments' documentId. */
  datasets: z
    .array(datasetEntrySchema)
    .min(1)
    .superRefine((datasets, ctx) => {
      const seen = new Set<string>()
      datasets.forEach((dataset, i) => {
        if (seen.has(dataset.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'id'],
            message: `dataset id "${dataset.id}" is listed twice`,
            params: { rule: 'duplicate-id', id: dataset.id },
          })
        }
        seen.add(dataset.id)
      })
    }),
})
export type DataIndex = z.infer<typeof dataIndexSchema>
