import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { DataFiles } from '../../mocks/data-handlers'
import { fromRoot } from './paths'

export const PUBLIC_DATA = fromRoot('public/data')

/** The shipped public/data folder as msw data files, so component tests see the real data. */
export function realDataFiles(folder = PUBLIC_DATA): DataFiles {
  const files: DataFiles = {}
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else {
        const text = readFileSync(full, 'utf8')
        files[relative(folder, full).split('\\').join('/')] = name.endsWith('.json')
          ? JSON.parse(text)
          : text
      }
    }
  }
  walk(folder)
  return files
}

export function readShipped<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(join(PUBLIC_DATA, path), 'utf8')) as T
}

export function readShippedText(path: string): string {
  return readFileSync(join(PUBLIC_DATA, path), 'utf8')
}

/** The letter most tests read: the first shipped letter, with its follow-up evidence. */
export const FIRST_LETTER = 'km-153005'

/**
 * The shipped files of one letter only, under an index that lists just it: tests about that
 * letter's figures read it as a one-letter site, so a letter added to public/data later does not
 * change what they assert. Tests of several letters use `realDataFiles()`.
 */
export function letterFiles(id: string = FIRST_LETTER, folder = PUBLIC_DATA): DataFiles {
  const all = realDataFiles(folder)
  const index = all['index.json'] as { datasets: Array<{ id: string }> }
  const files: DataFiles = {
    'index.json': { ...index, datasets: index.datasets.filter((d) => d.id === id) },
  }
  for (const [path, body] of Object.entries(all)) {
    if (path.startsWith(`${id}/`)) files[path] = body
  }
  return files
}
