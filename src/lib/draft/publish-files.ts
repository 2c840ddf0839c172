import {
  buildChangeLogEntries,
  changeLogWrites,
  withChangeLogs,
  type ChangeLogMeta,
} from '../../domain/draft/change-log-entry'
import { sameJson } from '../../domain/draft/diff-datasets'
import type { Draft } from '../../domain/draft/draft-schema'
import { formatDataJson } from '../../domain/draft/format-json'
import { replayDraft } from '../../domain/draft/replay-draft'
import { INDEX_PATH, snapshotFiles, type DataSnapshot } from '../../domain/draft/snapshot'
import { checkSnapshot, type PublishProblem } from './check-snapshot'

export interface PublishedFile {
  /** Path under the data folder, as index.json lists it ("km-153005/updates.json"). */
  path: string
  text: string
}

export type PublishResult =
  | { ok: true; files: PublishedFile[] }
  | { ok: false; problems: PublishProblem[]; files: PublishedFile[] }

/**
 * The files to copy to the server: every file the draft changes, each changed letter's change
 * log with this publish's entry appended (`meta`: who records it, why verdicts move), plus
 * index.json, serialised like the shipped files. The whole drafted folder is first read back
 * through the dashboard's own checks (schemas, item by item, then the cross-file checks of
 * assemble): a problem in a file that would be published blocks publishing, and says where it
 * is. Without `meta` (the official has not said who records the publish) nothing can be
 * published: every publish leaves its public record.
 */
export function publishFiles(
  published: DataSnapshot,
  draft: Draft,
  meta: ChangeLogMeta | undefined,
): PublishResult {
  const replay = replayDraft(published, draft)
  const drafted = meta ? logged(published, replay.snapshot, meta) : replay.snapshot
  const before = snapshotFiles(published)
  const after = snapshotFiles(drafted)
  const files: PublishedFile[] = []
  for (const [path, value] of after) {
    if (path !== INDEX_PATH && before.has(path) && sameJson(before.get(path), value)) continue
    files.push({
      path,
      text: typeof value === 'string' ? normaliseText(value) : formatDataJson(value),
    })
  }
  const changed = new Set(files.map((file) => file.path))
  // Nothing is published over a colleague's work until the official has decided each overlap.
  const problems: PublishProblem[] = [
    ...replay.conflicts
      .filter((conflict) => conflict.choice === undefined)
      .map((conflict) => ({ kind: 'conflict' as const, conflict })),
    ...replay.missingLetters.map((letter) => ({ kind: 'letter-gone' as const, ...letter })),
    ...(meta ? [] : [{ kind: 'change-log-incomplete' as const }]),
    ...checkSnapshot(drafted).filter((problem) => 'file' in problem && changed.has(problem.file)),
  ]
  const onlyIndex = files.every((file) => file.path === INDEX_PATH)
  if (onlyIndex && sameJson(before.get(INDEX_PATH), after.get(INDEX_PATH))) {
    return { ok: false, problems: [{ kind: 'nothing-changed', file: INDEX_PATH, path: '' }], files }
  }
  return problems.length > 0 ? { ok: false, problems, files } : { ok: true, files }
}

/** The drafted files with this publish's entry added to each changed letter's change log. */
function logged(published: DataSnapshot, drafted: DataSnapshot, meta: ChangeLogMeta) {
  const entries = buildChangeLogEntries(published, drafted, meta)
  return withChangeLogs(drafted, changeLogWrites(published, drafted, entries))
}

/** Source texts are kept as the official gave them, with Unix line ends like the shipped one. */
function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}
