import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildCase, type BadDataCase } from './bad-data-corpus'
import { PUBLIC_DATA } from './real-data'

/**
 * Data folders on disk for `npm run validate`: copies of the shipped data with one corpus case's
 * file replaced by its bad bytes (or removed, for a 404), under one temp root per test file.
 */
export function badDataFolders(prefix: string) {
  const root = mkdtempSync(join(tmpdir(), prefix))
  return {
    folderFor(c: BadDataCase): string {
      const folder = join(root, c.id)
      cpSync(PUBLIC_DATA, folder, { recursive: true })
      const built = buildCase(c)
      if (built.bytes === null) rmSync(join(folder, c.replaces))
      else writeFileSync(join(folder, c.replaces), built.bytes)
      return folder
    },
    /** A copy of the shipped data to change by hand. */
    copyOfShipped(name: string): string {
      const folder = join(root, name)
      cpSync(PUBLIC_DATA, folder, { recursive: true })
      return folder
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  }
}
