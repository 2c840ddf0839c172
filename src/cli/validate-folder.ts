import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { commitmentSchema, commitmentsFileSchema } from '../domain/schema/commitment'
import { dataIndexSchema } from '../domain/schema/data-index'
import { documentSchema } from '../domain/schema/document'
import { fundingFileSchema, fundingLineSchema } from '../domain/schema/funding'
import { progressUpdateSchema, updatesFileSchema } from '../domain/schema/update'
import { assembleDatasets, type AssembleInput } from '../lib/data/assemble'
import { isDataFileError, type DataIssue } from '../lib/data/data-error'
import { resolveDataPath } from '../lib/data/data-location'
import { parseJsonText } from '../lib/data/parse-json'
import { validateCollection, validateFile } from '../lib/data/validate'

/**
 * Validates a whole data folder the way the app loads it: the index, every listed file item by
 * item, then the references between files. Returns every problem; throws nothing.
 */
export function validateDataFolder(folder: string, indexName = 'index.json'): DataIssue[] {
  const problems: DataIssue[] = []
  const read = (file: string): unknown => {
    const full = join(folder, file)
    if (!existsSync(full)) {
      problems.push({
        file,
        path: '',
        code: 'http-status',
        severity: 'error',
        detail: 'listed in index.json but missing',
      })
      return undefined
    }
    const { body, warnings } = parseJsonText(readFileSync(full, 'utf8'), file)
    problems.push(...warnings)
    return body
  }
  const attempt = <T>(run: () => T): T | undefined => {
    try {
      return run()
    } catch (error) {
      if (!isDataFileError(error)) throw error
      problems.push(...error.issues)
      return undefined
    }
  }

  const index = attempt(() => validateFile(indexName, read('index.json'), dataIndexSchema))
  if (!index) return problems
  const inputs: AssembleInput[] = index.datasets.map((entry) => {
    const document = attempt(() => {
      const body = read(entry.document)
      return body === undefined ? undefined : validateFile(entry.document, body, documentSchema)
    })
    if (
      document &&
      !existsSync(join(folder, resolveDataPath(document.sourceText, entry.document)))
    ) {
      problems.push({
        file: entry.document,
        path: 'sourceText',
        code: 'http-status',
        severity: 'error',
        detail: 'source text file is missing',
      })
    }
    const collection = <T>(
      file: string | undefined,
      run: (body: unknown, file: string) => { items: T[]; issues: DataIssue[] },
    ): T[] => {
      if (!file) return []
      const result = attempt(() => {
        const body = read(file)
        return body === undefined ? undefined : run(body, file)
      })
      problems.push(...(result?.issues ?? []))
      return result?.items ?? []
    }
    return {
      entry,
      document,
      commitments: collection(entry.commitments, (body, file) =>
        validateCollection(file, body, commitmentsFileSchema, 'commitments', commitmentSchema),
      ),
      updates: collection(entry.updates, (body, file) =>
        validateCollection(file, body, updatesFileSchema, 'updates', progressUpdateSchema),
      ),
      funding: collection(entry.funding, (body, file) =>
        validateCollection(file, body, fundingFileSchema, 'lines', fundingLineSchema),
      ),
    }
  })
  problems.push(...assembleDatasets(inputs).issues)
  return problems
}
