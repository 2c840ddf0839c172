import { applyDraft } from '../../../domain/draft/apply-draft'
import type { Draft } from '../../../domain/draft/draft-schema'
import { formatDataJson } from '../../../domain/draft/format-json'
import { snapshotFiles, type DataSnapshot } from '../../../domain/draft/snapshot'
import type { DataSource } from '../../../lib/data/data-source'

/**
 * The drafted data folder as a file source for the loaders: each file's text exactly as it
 * would be published, so the preview reads, validates and assembles what the server would serve.
 */
export function draftDataSource(
  published: DataSnapshot,
  draft: Draft,
  location: string,
): DataSource {
  const texts = new Map<string, string>()
  for (const [path, value] of snapshotFiles(applyDraft(published, draft))) {
    texts.set(path, typeof value === 'string' ? value : formatDataJson(value))
  }
  return { key: `draft:${location}:${draft.savedAt}`, location, read: (file) => texts.get(file) }
}
