/**
 * `npm run validate -- FILE…`: checks data files against the contract before anyone publishes
 * them. Prints every problem with its file and JSON path; exits 1 on any error.
 * Given an index.json, it also checks every file it lists and the references between them.
 * Without arguments it checks public/data/index.json.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, relative } from 'node:path'
import { fileKindOf, fileSchemas } from '../domain/schema/contract'
import { validateDataFolder } from './validate-folder'
import { isDataFileError, type DataIssue } from '../lib/data/data-error'
import { parseJsonText } from '../lib/data/parse-json'
import { zodIssuesToDataIssues } from '../lib/data/validate'

const files = process.argv.slice(2).filter((arg) => arg !== '--')
const targets = files.length > 0 ? files : ['public/data/index.json']
const problems: DataIssue[] = []

for (const path of targets) {
  const name = relative(process.cwd(), path) || path
  if (!existsSync(path)) {
    problems.push({
      file: name,
      path: '',
      code: 'http-status',
      severity: 'error',
      detail: 'file not found',
    })
    continue
  }
  const kind = fileKindOf(path)
  if (!kind) {
    problems.push({
      file: name,
      path: '',
      code: 'schema',
      severity: 'error',
      detail:
        'cannot tell the file kind from its name (index.json, document.json, *commitments*.json, *updates*.json, *funding*.json, *changes*.json)',
    })
    continue
  }
  try {
    if (kind === 'data-index') {
      problems.push(...validateDataFolder(dirname(path), name))
      continue
    }
    const { body, warnings } = parseJsonText(readFileSync(path, 'utf8'), name)
    problems.push(...warnings)
    const result = fileSchemas[kind].safeParse(body)
    if (!result.success) problems.push(...zodIssuesToDataIssues(name, result.error.issues))
  } catch (error) {
    if (isDataFileError(error)) problems.push(...error.issues)
    else throw error
  }
}

for (const issue of problems) {
  const where = issue.path ? `${issue.file} at ${issue.path}` : issue.file
  console.log(`${issue.severity === 'error' ? 'ERROR' : 'warning'}  ${where}: ${issue.detail}`)
}
const errors = problems.filter((issue) => issue.severity === 'error').length
console.log(errors === 0 ? `OK: ${targets.length} file(s) valid.` : `${errors} error(s) found.`)
process.exitCode = errors === 0 ? 0 : 1
