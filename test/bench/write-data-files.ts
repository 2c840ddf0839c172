import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { DataFiles } from '../../mocks/data-handlers'

/**
 * Writes data files as a static server would serve them: JSON pretty-printed like the shipped
 * files, text as UTF-8. Returns the bytes written, for the report.
 */
export function writeDataFiles(folder: string, files: DataFiles): number {
  let bytes = 0
  for (const [path, body] of Object.entries(files)) {
    const file = join(folder, path)
    const text = path.endsWith('.txt') ? String(body) : `${JSON.stringify(body, null, 2)}\n`
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
    bytes += Buffer.byteLength(text)
  }
  return bytes
}
