import { strToU8, zipSync } from 'fflate'
import type { PublishedFile } from './publish-files'

/** The folder the files belong in on the server, mirroring public/data/ of the app. */
export const ZIP_FOLDER = 'data'

/**
 * One zip of the files to publish, laid out like the server's data folder
 * (`data/index.json`, `data/<id>/commitments.json` …), so it unpacks over the app's folder.
 * The time stamp is fixed (the day the files were made), so the same draft gives the same zip.
 */
export function zipPublishedFiles(files: PublishedFile[], made: Date = new Date()): Uint8Array {
  const entries = Object.fromEntries(
    files.map((file) => [
      `${ZIP_FOLDER}/${file.path}`,
      [strToU8(file.text), { mtime: made }] as const,
    ]),
  )
  return zipSync(entries as Parameters<typeof zipSync>[0], { level: 6 })
}
