import { cpSync, rmSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { generateDocumentFiles, generatedIndex } from '../../mocks/generate-dataset'
import { documentsAt, type SizeName } from './sizes'
import { writeDataFiles } from './write-data-files'

export interface Site {
  size: SizeName
  /** The folder served: the build with its data/ folder. */
  root: string
  dataFolder: string
}

/**
 * The build with the data of one size: the shipped data for `real`, otherwise a copy of the build
 * whose data/ holds the generated files (written letter by letter, so 1000× never sits in memory
 * twice).
 */
export function prepareSite(dist: string, workDir: string, size: SizeName): Site {
  if (size === 'real') return { size, root: dist, dataFolder: join(dist, 'data') }
  const root = join(workDir, `site-${size}`)
  rmSync(root, { recursive: true, force: true })
  cpSync(dist, root, {
    recursive: true,
    filter: (source) => relative(dist, source).split(sep)[0] !== 'data',
  })
  const dataFolder = join(root, 'data')
  const documents = documentsAt(size)
  writeDataFiles(dataFolder, { 'index.json': generatedIndex(documents) })
  for (let i = 0; i < documents; i += 1) writeDataFiles(dataFolder, generateDocumentFiles(i))
  return { size, root, dataFolder }
}
