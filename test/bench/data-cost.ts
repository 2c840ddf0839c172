import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { commitmentSchema, commitmentsFileSchema } from '../../src/domain/schema/commitment'
import { dataIndexSchema, type DataIndex } from '../../src/domain/schema/data-index'
import { documentSchema } from '../../src/domain/schema/document'
import { fundingFileSchema, fundingLineSchema } from '../../src/domain/schema/funding'
import { progressUpdateSchema, updatesFileSchema } from '../../src/domain/schema/update'
import { assembleDatasets, type AssembleInput } from '../../src/lib/data/assemble'
import { buildCommitmentRows, type CommitmentRow } from '../../src/lib/data/commitment-rows'
import { datasetsAsOf } from '../../src/lib/data/select-as-of'
import { validateCollection, validateFile } from '../../src/lib/data/validate'

/** What one pass over a data folder cost, in ms, stage by stage (the page does the same work). */
export interface DataCostSample {
  parseMs: number
  validateMs: number
  assembleMs: number
  rowsMs: number
}

export interface DataCounts {
  documents: number
  commitments: number
  updates: number
  fundingLines: number
  /** Bytes of every data file, as served (no compression). */
  bytes: number
}

export interface DataCost {
  samples: DataCostSample[]
  counts: DataCounts
  /** The rows the list shows on `asOf`, for planning keystrokes whose result count changes. */
  rows: CommitmentRow[]
}

/**
 * Runs the app's own validation and assembly (src/lib/data/validate.ts, assemble.ts) and row
 * building over the files in Node: the cost of the data itself, without the network or React.
 */
export function measureDataCost(dataFolder: string, asOf: string, repetitions: number): DataCost {
  const texts = readTexts(dataFolder)
  const samples: DataCostSample[] = []
  let last: { rows: CommitmentRow[]; counts: DataCounts } | undefined
  for (let i = 0; i < repetitions; i += 1) {
    const { sample, rows, counts } = onePass(texts, asOf)
    samples.push(sample)
    last = { rows, counts }
  }
  return { samples, counts: last!.counts, rows: last!.rows }
}

interface Texts {
  index: string
  /** Per dataset: its files' text, by kind. */
  files: Map<string, { document: string; commitments: string; updates?: string; funding?: string }>
  bytes: number
}

function readTexts(dataFolder: string): Texts {
  let bytes = 0
  const read = (path: string) => {
    const text = readFileSync(join(dataFolder, path), 'utf8')
    bytes += Buffer.byteLength(text)
    return text
  }
  const index = read('index.json')
  const parsed = dataIndexSchema.parse(JSON.parse(index))
  const files: Texts['files'] = new Map()
  for (const entry of parsed.datasets) {
    files.set(entry.id, {
      document: read(entry.document),
      commitments: read(entry.commitments),
      ...(entry.updates ? { updates: read(entry.updates) } : {}),
      ...(entry.funding ? { funding: read(entry.funding) } : {}),
    })
  }
  return { index, files, bytes }
}

function onePass(texts: Texts, asOf: string) {
  const timer = stopwatch()
  const index = JSON.parse(texts.index) as unknown
  const raw = [...texts.files].map(([id, f]) => ({
    id,
    document: JSON.parse(f.document) as unknown,
    commitments: JSON.parse(f.commitments) as unknown,
    updates: f.updates === undefined ? undefined : (JSON.parse(f.updates) as unknown),
    funding: f.funding === undefined ? undefined : (JSON.parse(f.funding) as unknown),
  }))
  const parseMs = timer.lap()

  const dataIndex: DataIndex = validateFile('index.json', index, dataIndexSchema)
  const inputs: AssembleInput[] = dataIndex.datasets.map((entry, i) => {
    const r = raw[i]!
    return {
      entry,
      document: validateFile(entry.document, r.document, documentSchema),
      commitments: validateCollection(
        entry.commitments,
        r.commitments,
        commitmentsFileSchema,
        'commitments',
        commitmentSchema,
      ).items,
      updates: r.updates
        ? validateCollection(
            entry.updates!,
            r.updates,
            updatesFileSchema,
            'updates',
            progressUpdateSchema,
          ).items
        : [],
      funding: r.funding
        ? validateCollection(
            entry.funding!,
            r.funding,
            fundingFileSchema,
            'lines',
            fundingLineSchema,
          ).items
        : [],
    }
  })
  const validateMs = timer.lap()

  const { datasets } = assembleDatasets(inputs)
  const assembleMs = timer.lap()

  const rows = buildCommitmentRows(datasetsAsOf(datasets, asOf), asOf)
  const rowsMs = timer.lap()

  const counts: DataCounts = {
    documents: datasets.length,
    commitments: datasets.reduce((n, d) => n + d.commitments.length, 0),
    updates: datasets.reduce((n, d) => n + d.updates.length, 0),
    fundingLines: datasets.reduce((n, d) => n + d.funding.length, 0),
    bytes: texts.bytes,
  }
  return { sample: { parseMs, validateMs, assembleMs, rowsMs }, rows, counts }
}

function stopwatch() {
  let last = performance.now()
  return {
    lap(): number {
      const now = performance.now()
      const elapsed = now - last
      last = now
      return elapsed
    },
  }
}
