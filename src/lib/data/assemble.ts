import type { Commitment } from '../../domain/schema/commitment'
import type { DatasetEntry } from '../../domain/schema/data-index'
import type { SourceDocument } from '../../domain/schema/document'
import type { FundingLine } from '../../domain/schema/funding'
import type { ProgressUpdate } from '../../domain/schema/update'
import type { DataIssue } from './data-error'
import type { CollectionResult } from './validate'

export interface Dataset {
  entry: DatasetEntry
  document: SourceDocument | undefined
  commitments: Commitment[]
  updates: ProgressUpdate[]
  funding: FundingLine[]
  /** Files that could not be used: an empty `updates` then means "unknown", not "no evidence". */
  unavailable?: { commitments?: boolean; updates?: boolean }
}

export interface AssembleInput {
  entry: DatasetEntry
  document: SourceDocument | undefined
  commitments: Commitment[]
  updates: ProgressUpdate[]
  funding: FundingLine[]
  /**
   * Ids of items that validation rejected (their own problem is already reported). What cites
   * them is kept and not reported again: one bad commitment hides only itself.
   */
  rejected?: { commitments?: string[]; updates?: string[]; funding?: string[] }
  /**
   * Files that could not be used or have not arrived yet: references into them cannot be
   * checked, so nothing is dropped or reported for pointing there.
   */
  unavailable?: { commitments?: boolean; updates?: boolean }
}

/**
 * One letter's files, as read (undefined: not arrived, or unusable), in the form
 * `assembleDatasets` takes. The one place that says what excuses a reference: an item its file
 * rejected, or a file that could not be used. The app, the validate CLI and the desk's publish
 * check all assemble through it, so they report the same problems.
 */
export function assembleInput(
  entry: DatasetEntry,
  files: {
    document: SourceDocument | undefined
    commitments: CollectionResult<Commitment> | undefined
    updates: CollectionResult<ProgressUpdate> | undefined
    funding: CollectionResult<FundingLine> | undefined
  },
): AssembleInput {
  const { document, commitments, updates, funding } = files
  return {
    entry,
    document,
    commitments: commitments?.items ?? [],
    updates: updates?.items ?? [],
    funding: funding?.items ?? [],
    rejected: {
      commitments: commitments?.rejectedIds,
      updates: updates?.rejectedIds,
      funding: funding?.rejectedIds,
    },
    unavailable: { commitments: !commitments, updates: !updates },
  }
}

/** Whether a cited id exists, was rejected (or cannot be checked), or names nothing at all. */
type Lookup = (id: string) => 'found' | 'excused' | 'unknown'

function lookup(kept: ReadonlySet<string>, excused: ReadonlySet<string>, unchecked: boolean) {
  const find: Lookup = (id) =>
    kept.has(id) ? 'found' : excused.has(id) || unchecked ? 'excused' : 'unknown'
  return find
}

/**
 * Checks what no single file can: ids unique across all datasets; updates, funding lines and
 * funding evidence pointing at things that exist; "of which" lines that do not contain
 * themselves. Whatever breaks a reference is dropped and reported; the rest stays.
 */
export function assembleDatasets(inputs: AssembleInput[]): {
  datasets: Dataset[]
  issues: DataIssue[]
} {
  const issues: DataIssue[] = []
  const rejected = (kind: 'commitments' | 'updates' | 'funding') =>
    new Set(inputs.flatMap((input) => input.rejected?.[kind] ?? []))
  const unavailable = (kind: 'commitments' | 'updates') =>
    inputs.some((input) => input.unavailable?.[kind])

  const commitmentIds = new Set<string>()
  const withCommitments = inputs.map((input) => {
    const file = input.entry.commitments
    const commitments = input.commitments.filter((commitment, index) => {
      if (commitmentIds.has(commitment.id)) {
        issues.push(duplicate(file, `commitments[${index}].id`, commitment.id))
        return false
      }
      commitmentIds.add(commitment.id)
      if (commitment.documentId !== input.entry.id) {
        issues.push(unknownRef(file, `commitments[${index}].documentId`, commitment.documentId))
        return false
      }
      return true
    })
    return { ...input, commitments }
  })
  const findCommitment = lookup(commitmentIds, rejected('commitments'), unavailable('commitments'))

  const updateIds = new Set<string>()
  const withUpdates = withCommitments.map((input) => {
    const file = input.entry.updates ?? ''
    const updates = input.updates.filter((update, index) => {
      if (updateIds.has(update.id)) {
        issues.push(duplicate(file, `updates[${index}].id`, update.id))
        return false
      }
      updateIds.add(update.id)
      if (findCommitment(update.commitmentId) === 'unknown') {
        issues.push(unknownRef(file, `updates[${index}].commitmentId`, update.commitmentId))
        return false
      }
      return true
    })
    return { ...input, updates }
  })

  // Funding last: its entries cite updates (of any dataset) and letters as their evidence.
  const findUpdate = lookup(
    new Set(withUpdates.flatMap((input) => input.updates.map((update) => update.id))),
    rejected('updates'),
    unavailable('updates'),
  )
  const documentIds = new Set(inputs.map((input) => input.entry.id))
  const lineIds = new Set<string>()
  const datasets = withUpdates.map((input) => {
    const file = input.entry.funding ?? ''
    const kept = input.funding
      .map((line, index) => ({ line, index }))
      .filter(({ line, index }) => {
        if (lineIds.has(line.id)) {
          issues.push(duplicate(file, `lines[${index}].id`, line.id))
          return false
        }
        lineIds.add(line.id)
        if (line.documentId !== input.entry.id) {
          issues.push(unknownRef(file, `lines[${index}].documentId`, line.documentId))
          return false
        }
        const missing = line.commitmentIds.findIndex((id) => findCommitment(id) === 'unknown')
        if (missing >= 0) {
          const path = `lines[${index}].commitmentIds[${missing}]`
          issues.push(unknownRef(file, path, line.commitmentIds[missing]!))
          return false
        }
        return true
      })
      .map(({ line, index }) => ({
        line: { ...line, entries: entriesWithEvidence(line, index) },
        index,
      }))

    // `partOf` may only name a line that survived, or the "of which" arithmetic would be wrong.
    const findLine = lookup(new Set(kept.map(({ line }) => line.id)), rejected('funding'), false)
    const byId = new Map(kept.map(({ line }) => [line.id, line]))
    const funding = kept
      .filter(({ line, index }) => {
        if (!line.partOf) return true
        const path = `lines[${index}].partOf`
        if (findLine(line.partOf) === 'unknown') {
          issues.push(unknownRef(file, path, line.partOf))
          return false
        }
        if (containsItself(line, byId)) {
          issues.push(circular(file, path, line.id))
          return false
        }
        return true
      })
      .map(({ line }) => line)
    return { ...input, funding }

    /** An amount without the evidence it cites is not shown: the rest of the line is. */
    function entriesWithEvidence(line: FundingLine, index: number) {
      return line.entries.filter((entry, j) => {
        const { evidence } = entry
        const found =
          evidence.type === 'update'
            ? findUpdate(evidence.updateId) !== 'unknown'
            : documentIds.has(evidence.documentId)
        if (found) return true
        const [field, id] =
          evidence.type === 'update'
            ? ['updateId', evidence.updateId]
            : ['documentId', evidence.documentId]
        issues.push(unknownRef(file, `lines[${index}].entries[${j}].evidence.${field}`, id))
        return false
      })
    }
  })

  return { datasets, issues }
}

/** A line that is, through its `partOf` chain, part of itself: its totals could never add up. */
function containsItself(line: FundingLine, byId: ReadonlyMap<string, FundingLine>): boolean {
  const seen = new Set<string>()
  let parent = line.partOf
  while (parent !== undefined) {
    if (parent === line.id) return true
    if (seen.has(parent)) return false
    seen.add(parent)
    parent = byId.get(parent)?.partOf
  }
  return false
}

function duplicate(file: string, path: string, id: string): DataIssue {
  return {
    file,
    path,
    code: 'duplicate-id',
    severity: 'error',
    detail: `id "${id}" is used twice`,
    params: { id },
  }
}

function unknownRef(file: string, path: string, id: string): DataIssue {
  return {
    file,
    path,
    code: 'unknown-reference',
    severity: 'error',
    detail: `"${id}" does not name anything that exists`,
    params: { id },
  }
}

function circular(file: string, path: string, id: string): DataIssue {
  return {
    file,
    path,
    code: 'circular-reference',
    severity: 'error',
    detail: `"${id}" is, through its partOf chain, part of itself`,
    params: { id },
  }
}
