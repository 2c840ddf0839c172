/**
 * Where the loaders read data files from. Normally the server (`published`). In the desk's
 * preview (`?preview=draft`) a file-override source answers with the drafted files instead; the
 * loaders still parse, validate and assemble them exactly as they do the published ones, so the
 * preview shows what publishing would show. The source's key is part of every data query key,
 * so cached published data never mixes with draft data.
 */
export interface DataSource {
  /** Distinguishes the draft's revisions, e.g. "draft:2026-11-30T08:00:00.000Z". */
  key: string
  /** The text of a file by its path under the data folder; undefined: not overridden. */
  read: (file: string) => string | undefined
}

export const PUBLISHED_SOURCE_KEY = 'published'

let current: DataSource | null = null

export function setDataSource(source: DataSource | null): void {
  current = source
}

export function dataSourceKey(): string {
  return current?.key ?? PUBLISHED_SOURCE_KEY
}

export function readOverride(file: string): string | undefined {
  return current?.read(file)
}
