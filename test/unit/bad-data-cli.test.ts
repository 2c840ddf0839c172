// @vitest-environment node
import { join } from 'node:path'
import { validateDataFolder } from '../../src/cli/validate-folder'
import { describeProblem } from '../../src/lib/i18n/describe-issue'
import { translate } from '../../src/lib/i18n/translate'
import { buildCase, expectedPath, loadCorpus } from '../support/bad-data-corpus'
import { badDataFolders } from '../support/bad-data-folder'
import { runValidateCli as validate } from '../support/run-validate-cli'

/**
 * `npm run validate` must tell a data author what the dashboard tells a reader: every corpus
 * case is checked by the CLI's folder validation in-process, and a sample through the real CLI.
 * (validate-cli-parity.test.ts compares the two reports problem by problem.)
 */
const corpus = loadCorpus()
const { folderFor, remove } = badDataFolders('ct-bad-data-')
afterAll(remove)

describe.each(corpus.map((c) => [c.id, c] as const))('validateDataFolder: %s', (_id, c) => {
  it(`reports what the app reports (${c.expect.scope})`, () => {
    const problems = validateDataFolder(folderFor(c))
    if (c.expect.scope === 'accepted') {
      expect(problems).toEqual([])
      return
    }
    const file = c.expect.file ?? c.replaces
    const path = expectedPath(c, buildCase(c))
    const zh = describeProblem.bind(null)
    expect(
      problems.some(
        (issue) =>
          issue.code === c.expect.code &&
          issue.file === file &&
          issue.path === path &&
          zh(issue, (key, params) => translate('zh-CN', key, params)).includes(
            c.expect.message ?? '',
          ),
      ),
      problems.map((p) => `${p.code} ${p.file} ${p.path} ${p.detail}`).join('\n'),
    ).toBe(true)
    const errors = problems.filter((issue) => issue.severity === 'error')
    expect(errors.length > 0).toBe(c.expect.scope !== 'warning')
  })
})

/** One case of each kind of failure, through `tsx src/cli/validate.ts <folder>/index.json`. */
const SAMPLE = [
  'nj-04-bom',
  'nj-09-nan-token',
  'ws-08-number-as-string',
  'ws-16-deadline-before-baseline',
  'br-01-duplicate-commitment',
  'br-10-funding-404',
  'ht-03-javascript-url',
  'ht-11-rlo-in-title',
]

describe('npm run validate on a sample of the corpus', () => {
  it.each(SAMPLE)(
    '%s',
    async (id) => {
      const c = corpus.find((candidate) => candidate.id === id)!
      const folder = folderFor({ ...c, id: `cli-${c.id}` })
      const { code, out } = await validate(join(folder, 'index.json'))
      const file = c.expect.file ?? c.replaces
      const path = expectedPath(c, buildCase(c))
      expect(out).toContain(path ? `${file} at ${path}:` : `${file}:`)
      expect(code).toBe(c.expect.scope === 'warning' ? 0 : 1)
      // The CLI's output is as safe to read as the app's: no invisible characters, no flood.
      expect(out).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
    },
    30_000,
  )
})
