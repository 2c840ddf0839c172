import type { DraftConflict } from '../../domain/draft/replay-draft'
import { idOf, itemsOf, sourceTextPath, type DataSnapshot } from '../../domain/draft/snapshot'
import { assembleDatasets, assembleInput } from '../data/assemble'
import { isDataFileError, type DataIssue } from '../data/data-error'
import type { FetchedFile } from '../data/fetch-data-file'
import {
  readChangeLog,
  readCommitments,
  readDocument,
  readFunding,
  readIndex,
  readUpdates,
} from '../data/readers'

const NONE = { items: [], issues: [] }

/** Something that stops a draft from being published, with the file and JSON path it concerns. */
export type PublishProblem =
  | { kind: 'data'; file: string; path: string; issue: DataIssue }
  /** A commitment's quote that does not occur verbatim in its letter's text. */
  | { kind: 'quote-not-in-source'; file: string; path: string; id: string }
  | { kind: 'nothing-changed'; file: string; path: string }
  /** The official and a colleague changed the same part of an item: not decided yet. */
  | { kind: 'conflict'; conflict: DraftConflict }
  /** Who records the publish, or why a verdict moves, is not given yet (the review's form). */
  | { kind: 'change-log-incomplete' }
  /** A letter the draft edits is no longer in the published data. */
  | { kind: 'letter-gone'; datasetId: string; edits: number }

/**
 * Reads a whole data folder through exactly the checks the dashboard applies when it loads
 * (readers.ts, then assemble), and collects every problem instead of hiding what is wrong.
 * Warnings (a byte-order mark) cannot occur here: the desk writes the files itself.
 */
export function checkSnapshot(snapshot: DataSnapshot): PublishProblem[] {
  const problems: PublishProblem[] = []
  const report = (issues: DataIssue[]) =>
    problems.push(
      ...issues
        .filter((issue) => issue.severity === 'error')
        .map((issue): PublishProblem => ({
          kind: 'data',
          file: issue.file,
          path: issue.path,
          issue,
        })),
    )
  const guard = <T>(read: () => T): T | undefined => {
    try {
      return read()
    } catch (error) {
      if (isDataFileError(error)) report(error.issues)
      else throw error
      return undefined
    }
  }
  const fetched = (body: unknown): FetchedFile => ({ body, warnings: [] })

  guard(() => readIndex(fetched(snapshot.index)))
  const inputs = snapshot.datasets.map((dataset) => {
    const { entry } = dataset
    const document = guard(() => readDocument(entry, fetched(dataset.document)))
    if (document) report(document.issues)
    const list = <T>(read: () => { items: T[]; issues: DataIssue[]; rejectedIds?: string[] }) => {
      const result = guard(read)
      if (result) report(result.issues)
      return result
    }
    const commitments = list(() => readCommitments(entry, fetched(dataset.commitments)))
    // An entry without the file has nothing of that kind, as the app reads it.
    const updates = entry.updates ? list(() => readUpdates(entry, fetched(dataset.updates))) : NONE
    const funding = entry.funding ? list(() => readFunding(entry, fetched(dataset.funding))) : NONE
    // The change log is checked as the dashboard reads it; it holds no part of the letter.
    if (entry.changes && dataset.changes !== undefined) {
      list(() => readChangeLog(entry, fetched(dataset.changes)))
    }
    return assembleInput(entry, {
      document: document?.document,
      commitments,
      updates,
      funding,
    })
  })
  report(assembleDatasets(inputs).issues)
  problems.push(...quoteProblems(snapshot))
  return problems
}

/** Every quote must occur in its letter's text, verbatim: the dashboard highlights it there. */
function quoteProblems(snapshot: DataSnapshot): PublishProblem[] {
  return snapshot.datasets.flatMap((dataset) => {
    const text = dataset.sourceText
    if (text === undefined || !sourceTextPath(dataset)) return []
    return itemsOf(dataset.commitments, 'commitments').flatMap((commitment, index) => {
      const quote = commitment.quote
      if (typeof quote !== 'string' || quote.trim() === '' || text.includes(quote.trim())) return []
      return [
        {
          kind: 'quote-not-in-source' as const,
          file: dataset.entry.commitments,
          path: `commitments[${index}].quote`,
          id: idOf(commitment),
        },
      ]
    })
  })
}
