import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DataFiles } from '../../../mocks/data-handlers'
import type { Status } from '../../../src/domain/status'
import { statusTotals } from '../../../src/domain/status'
import { assembleDatasets, assembleInput, type Dataset } from '../../../src/lib/data/assemble'
import { buildCommitmentRows } from '../../../src/lib/data/commitment-rows'
import type { FetchedFile } from '../../../src/lib/data/fetch-data-file'
import type { CollectionResult } from '../../../src/lib/data/validate'
import type { DatasetEntry } from '../../../src/domain/schema/data-index'
import {
  INDEX_FILE,
  readCommitments,
  readDocument,
  readFunding,
  readIndex,
  readUpdates,
} from '../../../src/lib/data/readers'
import { parseJsonText } from '../../../src/lib/data/parse-json'
import { datasetsAsOf } from '../../../src/lib/data/select-as-of'
import {
  describeCaveat,
  describeComparability,
  describeKind,
  describeProgress,
} from '../../../src/lib/format/describe-assessment'
import { translate, type Translate } from '../../../src/lib/i18n/translate'

/**
 * What every surface must say about each commitment on a day, worked out in Node with the app's
 * own readers, `assess` (through buildCommitmentRows, as useDashboard does) and the shared words
 * of describe-assessment.ts. The cross-surface test holds each surface to this one answer, so a
 * surface that disagrees is named even when the others happen to agree with it.
 */
export interface ExpectedCommitment {
  id: string
  datasetId: string
  kind: string
  headline: boolean
  /** `[data-field="status"]`: the status label (the kind label for results) and data-status. */
  status: { text: string; code: Status | 'none' }
  /** `[data-field="progress"]` text for targets and forecasts; null where none may be shown. */
  progress: string | null
  /** How many readings of progress there are: 2 when the baseline's relation is not stated. */
  readings: number
  /** `[data-field="evidence-label"]` text and data-comparability of the latest evidence. */
  evidence: { text: string; comparability: string }
  /** The caveat that must travel with the latest evidence (related metric or context). */
  caveat: string | null
}

export interface ExpectedDay {
  asOf: string
  /** Every commitment of the letters known on `asOf`, in the data's order. */
  commitments: ExpectedCommitment[]
  byId: Map<string, ExpectedCommitment>
  /** Status totals over the trackable commitments (reported results are in none). */
  totals: Record<Status, number>
  results: number
}

const zh: Translate = (key, params) => translate('zh-CN', key, params)

/** The datasets as the app assembles them, from a folder like public/data. */
export function datasetsFromFolder(folder: string): Dataset[] {
  return datasetsFrom((file) => parseJsonText(readFileSync(join(folder, file), 'utf8'), file))
}

/** The datasets as the app assembles them, from an in-memory data folder (mocks/fixtures). */
export function datasetsFromFiles(files: DataFiles): Dataset[] {
  return datasetsFrom((file) => {
    if (!(file in files)) throw new Error(`no file ${file} in the fixture`)
    return { body: structuredClone(files[file]), warnings: [] }
  })
}

function datasetsFrom(fetched: (file: string) => FetchedFile): Dataset[] {
  const index = readIndex(fetched(INDEX_FILE))
  const inputs = index.datasets.map((entry) => {
    // As the app: an entry without the file has nothing of that kind.
    const collection = <T>(
      file: string | undefined,
      read: (e: DatasetEntry, f: FetchedFile) => CollectionResult<T>,
    ): CollectionResult<T> => (file ? read(entry, fetched(file)) : { items: [], issues: [] })
    const document = readDocument(entry, fetched(entry.document))
    return assembleInput(entry, {
      document: document.document,
      commitments: collection(entry.commitments, readCommitments),
      updates: collection(entry.updates, readUpdates),
      funding: collection(entry.funding, readFunding),
    })
  })
  const { datasets, issues } = assembleDatasets(inputs)
  // The shipped and illustrative data are clean: an issue here is a broken fixture, not a surface.
  if (issues.length > 0) throw new Error(`data issues: ${JSON.stringify(issues.slice(0, 3))}`)
  return datasets
}

/** The one answer for every commitment known on `asOf`, in Chinese (the reference language). */
export function expectedOn(datasets: readonly Dataset[], asOf: string): ExpectedDay {
  const rows = buildCommitmentRows(datasetsAsOf(datasets, asOf), asOf)
  const commitments = rows.map((row): ExpectedCommitment => {
    const c = row.commitment
    const latest = row.latestEvidence
    return {
      id: c.id,
      datasetId: row.datasetId,
      kind: c.kind,
      headline: c.headline === true,
      status: row.status
        ? { text: zh(`status.${row.status.status}`), code: row.status.status }
        : { text: describeKind(row, zh), code: 'none' },
      progress:
        row.kind === 'target' || row.kind === 'forecast'
          ? (describeProgress(row, zh, 'zh-CN') ?? zh('assessment.progress.none'))
          : null,
      readings: row.progress?.readings.length ?? 0,
      evidence: latest
        ? { text: describeComparability(latest, zh), comparability: latest.comparability }
        : { text: zh('assessment.evidence.none'), comparability: 'none' },
      caveat: latest ? describeCaveat(latest, zh, 'zh-CN') : null,
    }
  })
  const trackable = rows.filter((row) => row.status !== null)
  return {
    asOf,
    commitments,
    byId: new Map(commitments.map((c) => [c.id, c])),
    totals: statusTotals(trackable.map((row) => row.status)),
    results: rows.length - trackable.length,
  }
}
