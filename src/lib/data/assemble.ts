import type { Commitment } from '../../domain/schema/commitment'
import type { DatasetEntry } from '../../domain/schema/data-index'
import type { SourceDocument } from '../../domain/schema/document'
import type { FundingLine } from '../../domain/schema/funding'
import type { ProgressUpdate } from '../../domain/schema/update'
import type { DataIssue } from './data-error'

export interface Dataset {
  entry: DatasetEntry
  document: SourceDocument | undefined
  commitments: Commitment[]
  updates: ProgressUpdate[]
  funding: FundingLine[]
}

export interface AssembleInput {
  entry: DatasetEntry
  document: SourceDocument | undefined
  commitments: Commitment[]
  updates: ProgressUpdate[]
  funding: FundingLine[]
}

/**
 * Checks what no single file can: ids unique across all datasets, updates and funding pointing at
 * commitments that exist. Whatever breaks a reference is dropped and reported; the rest stays.
 */
export function assembleDatasets(inputs: AssembleInput[]): {
  datasets: Dataset[]
  issues: DataIssue[]
} {
  const issues: DataIssue[] = []
  const commitmentIds = new Set<string>()

  const withCommitments = inputs.map((input) => {
    const commitments = input.commitments.filter((commitment, index) => {
      const file = input.entry.commitments
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

  const updateIds = new Set<string>()
  const lineIds = new Set<string>()
  const datasets = withCommitments.map((input) => {
    const updatesFile = input.entry.updates ?? ''
    const updates = input.updates.filter((update, index) => {
      if (updateIds.has(update.id)) {
        issues.push(duplicate(updatesFile, `updates[${index}].id`, update.id))
        return false
      }
      updateIds.add(update.id)
      if (!commitmentIds.has(update.commitmentId)) {
        issues.push(unknownRef(updatesFile, `updates[${index}].commitmentId`, update.commitmentId))
        return false
      }
      return true
    })
    const fundingFile = input.entry.funding ?? ''
    const fundingKept = input.funding
      .map((line, index) => ({ line, index }))
      .filter(({ line, index }) => {
        if (lineIds.has(line.id)) {
          issues.push(duplicate(fundingFile, `lines[${index}].id`, line.id))
          return false
        }
        lineIds.add(line.id)
        const missing = line.commitmentIds.findIndex((id) => !commitmentIds.has(id))
        if (missing >= 0) {
          const path = `lines[${index}].commitmentIds[${missing}]`
          issues.push(unknownRef(fundingFile, path, line.commitmentIds[missing]!))
          return false
        }
        return true
      })
    // `partOf` may only name a line that survived, or the "of which" arithmetic would be wrong.
    const keptIds = new Set(fundingKept.map(({ line }) => line.id))
    const funding = fundingKept
      .filter(({ line, index }) => {
        if (!line.partOf || keptIds.has(line.partOf)) return true
        issues.push(unknownRef(fundingFile, `lines[${index}].partOf`, line.partOf))
        return false
      })
      .map(({ line }) => line)
    return { ...input, updates, funding }
  })

  return { datasets, issues }
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
