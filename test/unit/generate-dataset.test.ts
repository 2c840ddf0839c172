import {
  DEFAULT_SEED,
  documentIdOf,
  generateDataset,
  generateDocumentFiles,
  generatedIndex,
  PER_DOCUMENT,
  SCALES,
} from '../../mocks/generate-dataset'
import type { DataFiles } from '../../mocks/data-handlers'
import {
  commitmentSchema,
  commitmentsFileSchema,
  type Commitment,
} from '../../src/domain/schema/commitment'
import { dataIndexSchema } from '../../src/domain/schema/data-index'
import { documentSchema } from '../../src/domain/schema/document'
import { fundingFileSchema, fundingLineSchema } from '../../src/domain/schema/funding'
import { progressUpdateSchema, updatesFileSchema } from '../../src/domain/schema/update'
import { findQuote } from '../../src/domain/source-text'
import { assembleDatasets } from '../../src/lib/data/assemble'
import { validateCollection } from '../../src/lib/data/validate'

/** Parses one generated letter exactly as the app's loaders do, item by item. */
function loadLetter(files: DataFiles, id: string) {
  const commitments = validateCollection(
    `${id}/commitments.json`,
    files[`${id}/commitments.json`],
    commitmentsFileSchema,
    'commitments',
    commitmentSchema,
  )
  const updates = validateCollection(
    `${id}/updates.json`,
    files[`${id}/updates.json`],
    updatesFileSchema,
    'updates',
    progressUpdateSchema,
  )
  const funding = validateCollection(
    `${id}/funding.json`,
    files[`${id}/funding.json`],
    fundingFileSchema,
    'lines',
    fundingLineSchema,
  )
  return {
    document: documentSchema.parse(files[`${id}/document.json`]),
    commitments,
    updates,
    funding,
    text: String(files[`${id}/source.txt`]),
  }
}

describe('the illustrative scale-data generator', () => {
  it('gives identical output for the same seed, and different output for another', () => {
    const a = JSON.stringify(generateDataset({ documents: 3, seed: 7 }))
    expect(JSON.stringify(generateDataset({ documents: 3, seed: 7 }))).toBe(a)
    expect(JSON.stringify(generateDataset({ documents: 3, seed: 8 }))).not.toBe(a)
  })

  it('never calls Math.random', () => {
    const spy = vi.spyOn(Math, 'random')
    generateDataset({ documents: 2 })
    expect(spy).not.toHaveBeenCalled()
    spy.mockRestore()
  })

  it('is prefix-stable: document n is the same whatever the total size', () => {
    const small = generateDataset({ documents: 2 })
    const big = generateDataset({ documents: 5 })
    expect(big['gen-0002/commitments.json']).toEqual(small['gen-0002/commitments.json'])
    expect(generateDocumentFiles(1)).toEqual(
      Object.fromEntries(Object.entries(small).filter(([path]) => path.startsWith('gen-0002/'))),
    )
  })

  it.each(Object.entries(SCALES))(
    'lists %s the real letter’s size in the index',
    (_, documents) => {
      const index = dataIndexSchema.parse(generatedIndex(documents))
      expect(index.illustrative).toBe(true)
      expect(index.datasets).toHaveLength(documents)
      expect(new Set(index.datasets.map((d) => d.id)).size).toBe(documents)
    },
  )

  it('gives every letter 55 commitments, 100 updates and 6 funding lines (100× in full)', () => {
    const files = generateDataset({ documents: SCALES['100x'] })
    const index = dataIndexSchema.parse(files['index.json'])
    const count = (path: string | undefined, key: string) =>
      (files[path!] as Record<string, unknown[]>)[key]!.length
    for (const entry of index.datasets) {
      expect(files[entry.document]).toBeDefined()
      expect([
        count(entry.commitments, 'commitments'),
        count(entry.updates, 'updates'),
        count(entry.funding, 'lines'),
      ]).toEqual([PER_DOCUMENT.commitments, PER_DOCUMENT.updates, PER_DOCUMENT.fundingLines])
    }
    // So 1000× is 1 000 letters, 55 000 commitments and 100 000 updates.
    expect(SCALES['1000x'] * PER_DOCUMENT.commitments).toBe(55_000)
    expect(SCALES['1000x'] * PER_DOCUMENT.updates).toBe(100_000)
    expect(documentIdOf(999)).toBe('gen-1000')
  })

  it('writes a sample of letters (up to the 1000th) that pass the contract and cross-file checks', () => {
    for (const index of [0, 1, 11, 457, 999]) {
      const id = documentIdOf(index)
      const files = generateDocumentFiles(index, DEFAULT_SEED)
      const letter = loadLetter(files, id)
      expect(letter.commitments.issues).toEqual([])
      expect(letter.updates.issues).toEqual([])
      expect(letter.funding.issues).toEqual([])

      const entry = {
        id,
        document: `${id}/document.json`,
        commitments: `${id}/commitments.json`,
        updates: `${id}/updates.json`,
        funding: `${id}/funding.json`,
      }
      const { issues } = assembleDatasets([
        {
          entry,
          document: letter.document,
          commitments: letter.commitments.items,
          updates: letter.updates.items,
          funding: letter.funding.items,
        },
      ])
      expect(issues).toEqual([])

      // Like the shipped letter: every quote verbatim in its text, four headline figures.
      const quotes = letter.commitments.items.map((c: Commitment) => c.quote)
      expect(quotes.filter((quote) => findQuote(letter.text, quote) === null)).toEqual([])
      expect(letter.commitments.items.filter((c) => c.headline)).toHaveLength(4)
      const updateIds = new Set(letter.updates.items.map((u) => u.id))
      for (const line of letter.funding.items) {
        for (const e of line.entries) {
          if (e.evidence.type === 'update') expect(updateIds.has(e.evidence.updateId)).toBe(true)
          else expect(findQuote(letter.text, e.evidence.quote)).not.toBeNull()
        }
      }
    }
  })
})
