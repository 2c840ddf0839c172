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
