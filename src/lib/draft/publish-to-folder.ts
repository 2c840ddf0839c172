import { sameJson } from '../../domain/draft/diff-datasets'
import { snapshotFiles, type DataSnapshot } from '../../domain/draft/snapshot'
import type { PublishedFile } from './publish-files'

/*
 * Publishing straight into the site's data folder through the File System Access API. Only the
 * few calls the desk needs are described here (TypeScript's DOM types lack the picker), so the
 * logic runs as well on an in-memory folder in the unit tests as on a real one in Chromium.
 */

export interface WritableLike {
  write(data: string): Promise<void>
  close(): Promise<void>
}

export interface FileHandleLike {
  getFile(): Promise<{ text(): Promise<string> }>
  createWritable(): Promise<WritableLike>
}

export interface FolderHandleLike {
  readonly name: string
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<FolderHandleLike>
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandleLike>
}

export type FolderPublishResult =
  | { ok: true; written: string[]; backups: string[]; unchanged: string[] }
  /** Nothing written: the picked folder is not a data folder (no index.json in it). */
  | { ok: false; kind: 'not-data-folder' }
  /** Nothing written: these files differ on disk from the ones the draft was made against. */
  | { ok: false; kind: 'changed-since'; changed: ChangedFile[] }
  /** A read or write failed part-way; what was written before it is listed. */
  | {
      ok: false
      kind: 'failed'
      path: string
      message: string
      written: string[]
      backups: string[]
    }

export interface ChangedFile {
  path: string
  /** 'changed': differs from the published copy; 'missing': gone; 'added': new here, not in it. */
  how: 'changed' | 'missing' | 'added'
}

/**
 * Writes the files to publish into `folder`, the site's data folder. Every file about to be
 * replaced is first read back and compared with the published copy the draft was made against:
 * if any differs, someone published in between and nothing is written (overwriting would drop
 * their work). Otherwise each replaced file is first copied beside itself as
 * `<name>.bak-<YYYYMMDDTHHmmss>.<ext>`, then overwritten; new folders are created for a new letter.
 */
export async function publishToFolder(
  folder: FolderHandleLike,
  published: DataSnapshot,
  files: PublishedFile[],
  now: Date = new Date(),
): Promise<FolderPublishResult> {
  const base = snapshotFiles(published)
  const onDisk = new Map<string, string | undefined>()
  const changed: ChangedFile[] = []
  for (const file of files) {
    let text: string | undefined
    try {
      text = await readText(folder, file.path)
    } catch (error) {
      return failed(file.path, error, [], [])
    }
    onDisk.set(file.path, text)
    const how = compare(base.has(file.path), base.get(file.path), text)
    if (how) changed.push({ path: file.path, how })
  }
  if (changed.some((file) => file.path === 'index.json' && file.how === 'missing')) {
    return { ok: false, kind: 'not-data-folder' }
  }
  if (changed.length > 0) return { ok: false, kind: 'changed-since', changed }

  const written: string[] = []
  const backups: string[] = []
  const unchanged: string[] = []
  const stamp = timestamp(now)
  for (const file of files) {
    const old = onDisk.get(file.path)
    // index.json is always among the files; when the draft leaves its data as it is, the file is
    // left alone (a hand-formatted index is not rewritten for its whitespace).
    if (old !== undefined && sameContent(file.path, old, file.text)) {
      unchanged.push(file.path)
      continue
    }
    let current = file.path
    try {
      if (old !== undefined) {
        current = backupPath(file.path, stamp)
        await writeText(folder, current, old)
        backups.push(current)
        current = file.path
      }
      await writeText(folder, file.path, file.text)
      written.push(file.path)
    } catch (error) {
      return failed(current, error, written, backups)
    }
  }
  return { ok: true, written, backups, unchanged }
}

/** How the file on disk differs from the published copy, or undefined when it does not. */
function compare(
  inBase: boolean,
  baseValue: unknown,
  disk: string | undefined,
): ChangedFile['how'] | undefined {
  if (!inBase) return disk === undefined ? undefined : 'added'
  if (disk === undefined) return 'missing'
  if (typeof baseValue === 'string') return sameText(baseValue, disk) ? undefined : 'changed'
  // JSON is compared as data, so a file re-indented by hand is not taken for a change.
  try {
    return sameJson(baseValue, JSON.parse(disk)) ? undefined : 'changed'
  } catch {
    return 'changed'
  }
}

function sameContent(path: string, a: string, b: string): boolean {
  if (!path.endsWith('.json')) return sameText(a, b)
  try {
    return sameJson(JSON.parse(a), JSON.parse(b))
  } catch {
    return a === b
  }
}

function sameText(a: string, b: string): boolean {
  const unix = (text: string) => text.replace(/\r\n?/g, '\n')
  return unix(a) === unix(b)
}

/** "km-153005/updates.json" → "km-153005/updates.bak-20250302T091500.json" (local time). */
export function backupPath(path: string, stamp: string): string {
  const slash = path.lastIndexOf('/')
  const dot = path.lastIndexOf('.')
  return dot > slash
    ? `${path.slice(0, dot)}.bak-${stamp}${path.slice(dot)}`
    : `${path}.bak-${stamp}`
}

export function timestamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0')
  return (
    `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}` +
    `T${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`
  )
}

function split(path: string): { folders: string[]; name: string } {
  const parts = path.split('/').filter((part) => part !== '')
  const name = parts.pop() ?? path
  return { folders: parts, name }
}

async function readText(root: FolderHandleLike, path: string): Promise<string | undefined> {
  const { folders, name } = split(path)
  try {
    let folder = root
    for (const part of folders) folder = await folder.getDirectoryHandle(part)
    const file = await (await folder.getFileHandle(name)).getFile()
    return await file.text()
  } catch (error) {
    if (isNotFound(error)) return undefined
    throw error
  }
}

async function writeText(root: FolderHandleLike, path: string, text: string): Promise<void> {
  const { folders, name } = split(path)
  let folder = root
  for (const part of folders) folder = await folder.getDirectoryHandle(part, { create: true })
  const writable = await (await folder.getFileHandle(name, { create: true })).createWritable()
  await writable.write(text)
  await writable.close()
}

function isNotFound(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name
  return name === 'NotFoundError' || name === 'TypeMismatchError'
}

function failed(
  path: string,
  error: unknown,
  written: string[],
  backups: string[],
): FolderPublishResult {
  const message = error instanceof Error ? error.message || error.name : String(error)
  return { ok: false, kind: 'failed', path, message, written, backups }
}

/** The picker, where the browser has it (Chromium-based browsers, on https or localhost). */
export interface DirectoryPickerWindow {
  showDirectoryPicker?: (options?: {
    id?: string
    mode?: 'read' | 'readwrite'
  }) => Promise<FolderHandleLike>
}

export function directoryPicker(): DirectoryPickerWindow['showDirectoryPicker'] {
  if (typeof window === 'undefined') return undefined
  const picker = (window as DirectoryPickerWindow).showDirectoryPicker
  return typeof picker === 'function' ? picker.bind(window) : undefined
}
