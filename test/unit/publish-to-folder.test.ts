import type { DataSnapshot, DatasetSnapshot } from '../../src/domain/draft/snapshot'
import { formatDataJson } from '../../src/domain/draft/format-json'
import {
  backupPath,
  publishToFolder,
  type FileHandleLike,
  type FolderHandleLike,
} from '../../src/lib/draft/publish-to-folder'

/*
 * The folder is an in-memory fake of the File System Access handles: a map from path to text.
 * The published snapshot is a small illustrative one (not shipped data).
 */

function notFound(): Error {
  const error = new Error('not found')
  error.name = 'NotFoundError'
  return error
}

class FakeFolder implements FolderHandleLike {
  failOn?: string
  constructor(
    readonly files: Map<string, string>,
    readonly folders: Set<string> = new Set(),
    readonly prefix = '',
    readonly name = 'data',
  ) {}
  async getDirectoryHandle(name: string, options?: { create?: boolean }) {
    const path = `${this.prefix}${name}`
    if (!this.folders.has(path)) {
      if (!options?.create) throw notFound()
      this.folders.add(path)
    }
    const child = new FakeFolder(this.files, this.folders, `${path}/`, name)
    child.failOn = this.failOn
    return child
  }
  async getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandleLike> {
    const path = `${this.prefix}${name}`
    if (!this.files.has(path) && !options?.create) throw notFound()
    return {
      getFile: async () => ({ text: async () => this.files.get(path) ?? '' }),
      createWritable: async () => {
        let buffer = ''
        return {
          write: async (data: string) => {
            if (path === this.failOn) throw new Error('The disk is full')
            buffer += data
          },
          close: async () => void this.files.set(path, buffer),
        }
      },
    }
  }
}

const entry = {
  id: 'xx-1',
  document: 'xx-1/document.json',
  commitments: 'xx-1/commitments.json',
  updates: 'xx-1/updates.json',
  funding: 'xx-1/funding.json',
}
const dataset = {
  entry,
  document: { id: 'xx-1', title: '示例函' },
  commitments: { commitments: [{ id: 'xx-1-c-a' }] },
  updates: { updates: [] },
  funding: { lines: [] },
} as unknown as DatasetSnapshot
const published: DataSnapshot = { index: { datasets: [entry] }, datasets: [dataset] }

/** The site's data folder as published: the files the draft was made against. */
function siteFolder(): FakeFolder {
  const files = new Map<string, string>([
    ['index.json', formatDataJson(published.index)],
    ['xx-1/document.json', formatDataJson(dataset.document)],
    ['xx-1/commitments.json', formatDataJson(dataset.commitments)],
    ['xx-1/updates.json', formatDataJson(dataset.updates)],
    ['xx-1/funding.json', formatDataJson(dataset.funding)],
  ])
  return new FakeFolder(files, new Set(['xx-1']))
}

const newUpdates = formatDataJson({ updates: [{ id: 'xx-1-u-2025-01-01' }] })
const NOW = new Date(2025, 2, 2, 9, 15, 7)

describe('publishing straight to the data folder', () => {
  it('writes only the changed files and backs up each replaced one with its old text', async () => {
    const folder = siteFolder()
    const before = new Map(folder.files)
    const result = await publishToFolder(
      folder,
      published,
      [
        { path: 'index.json', text: JSON.stringify(published.index) },
        { path: 'xx-1/updates.json', text: newUpdates },
      ],
      NOW,
    )
    expect(result).toEqual({
      ok: true,
      written: ['xx-1/updates.json'],
      backups: ['xx-1/updates.bak-20250302T091507.json'],
      unchanged: ['index.json'],
    })
    expect(folder.files.get('xx-1/updates.json')).toBe(newUpdates)
    expect(folder.files.get('xx-1/updates.bak-20250302T091507.json')).toBe(
      before.get('xx-1/updates.json'),
    )
    // Every other file is as it was; nothing else appeared.
    for (const [path, text] of before) {
      if (path !== 'xx-1/updates.json') expect(folder.files.get(path)).toBe(text)
    }
    expect(folder.files.size).toBe(before.size + 1)
  })

  it('takes a re-indented but equal file as unchanged', async () => {
    const folder = siteFolder()
    folder.files.set('xx-1/updates.json', JSON.stringify(dataset.updates))
    const result = await publishToFolder(
      folder,
      published,
      [{ path: 'xx-1/updates.json', text: newUpdates }],
      NOW,
    )
    expect(result.ok).toBe(true)
  })

  it('refuses, writing nothing, when a file on disk changed since the draft began', async () => {
    const folder = siteFolder()
    const colleague = formatDataJson({ updates: [{ id: 'xx-1-u-colleague' }] })
    folder.files.set('xx-1/updates.json', colleague)
    const before = new Map(folder.files)
    const result = await publishToFolder(
      folder,
      published,
      [
        { path: 'index.json', text: formatDataJson(published.index) },
        { path: 'xx-1/updates.json', text: newUpdates },
      ],
      NOW,
    )
    expect(result).toEqual({
      ok: false,
      kind: 'changed-since',
      changed: [{ path: 'xx-1/updates.json', how: 'changed' }],
    })
    expect(folder.files).toEqual(before)
  })

  it('refuses when a new letter’s file already exists there', async () => {
    const folder = siteFolder()
    folder.files.set('xx-2/document.json', '{}\n')
    folder.folders.add('xx-2')
    const result = await publishToFolder(
      folder,
      published,
      [{ path: 'xx-2/document.json', text: '{"id": "xx-2"}\n' }],
      NOW,
    )
    expect(result).toEqual({
      ok: false,
      kind: 'changed-since',
      changed: [{ path: 'xx-2/document.json', how: 'added' }],
    })
  })

  it('says so when the picked folder is not a data folder', async () => {
    const folder = new FakeFolder(new Map([['README.md', 'site']]))
    const result = await publishToFolder(
      folder,
      published,
      [
        { path: 'index.json', text: '{}\n' },
        { path: 'xx-1/updates.json', text: newUpdates },
      ],
      NOW,
    )
    expect(result).toEqual({ ok: false, kind: 'not-data-folder' })
    expect([...folder.files.keys()]).toEqual(['README.md'])
  })

  it('creates the folder of a new letter, with no backups', async () => {
    const folder = siteFolder()
    const result = await publishToFolder(
      folder,
      published,
      [
        { path: 'xx-2/document.json', text: '{"id": "xx-2"}\n' },
        { path: 'xx-2/source.txt', text: '答复函全文' },
      ],
      NOW,
    )
    expect(result).toEqual({
      ok: true,
      written: ['xx-2/document.json', 'xx-2/source.txt'],
      backups: [],
      unchanged: [],
    })
    expect(folder.folders.has('xx-2')).toBe(true)
    expect(folder.files.get('xx-2/source.txt')).toBe('答复函全文')
  })

  it('reports a failing write plainly, with what was written before it', async () => {
    const folder = siteFolder()
    folder.failOn = 'xx-1/funding.json'
    const result = await publishToFolder(
      folder,
      published,
      [
        { path: 'xx-1/updates.json', text: newUpdates },
        { path: 'xx-1/funding.json', text: formatDataJson({ lines: [{ id: 'x' }] }) },
      ],
      NOW,
    )
    expect(result).toEqual({
      ok: false,
      kind: 'failed',
      path: 'xx-1/funding.json',
      message: 'The disk is full',
      written: ['xx-1/updates.json'],
      backups: ['xx-1/updates.bak-20250302T091507.json', 'xx-1/funding.bak-20250302T091507.json'],
    })
  })

  it('names backups beside the file, keeping its extension', () => {
    expect(backupPath('km-153005/source.txt', '20250302T091507')).toBe(
      'km-153005/source.bak-20250302T091507.txt',
    )
    expect(backupPath('index.json', '20250302T091507')).toBe('index.bak-20250302T091507.json')
  })
})
