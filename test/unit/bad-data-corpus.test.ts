import { commitmentSchema } from '../../src/domain/schema/commitment'
import { documentSchema } from '../../src/domain/schema/document'
import { fundingLineSchema } from '../../src/domain/schema/funding'
import { progressUpdateSchema } from '../../src/domain/schema/update'
import type { DataIssue } from '../../src/lib/data/data-error'
import { describeIssue, describeProblem } from '../../src/lib/i18n/describe-issue'
import { translate, type Translate } from '../../src/lib/i18n/translate'
import { server } from '../../mocks/node'
import {
  buildCase,
  expectedPath,
  loadCorpus,
  type BadDataCase,
  type FaultClass,
} from '../support/bad-data-corpus'
import { handlersFor, loadAllData, shownIds, type LoadedData } from '../support/load-all-data'

const corpus = loadCorpus()
const zh: Translate = (key, params) => translate('zh-CN', key, params)
const en: Translate = (key, params) => translate('en', key, params)

describe('the bad-data corpus', () => {
  it('holds at least 60 cases, at least 10 of each class', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60)
    const classes: FaultClass[] = ['not-json', 'wrong-shape', 'broken-reference', 'hostile-text']
    for (const name of classes) {
      expect(corpus.filter((c) => c.class === name).length, name).toBeGreaterThanOrEqual(10)
    }
  })
})

function allIssues(loaded: LoadedData): DataIssue[] {
  return [
    ...(loaded.fatal?.issues ?? []),
    ...loaded.failures.flatMap((failure) => failure.issues),
    ...loaded.issues,
  ]
}

function expectedIssue(c: BadDataCase, loaded: LoadedData): DataIssue {
  const built = buildCase(c)
  const file = c.expect.file ?? c.replaces
  const path = expectedPath(c, built)
  const found = allIssues(loaded).find(
    (issue) =>
      issue.code === c.expect.code &&
      issue.file === file &&
      issue.path === path &&
      describeProblem(issue, zh).includes(c.expect.message ?? ''),
  )
  if (!found) {
    const seen = allIssues(loaded).map(
      (i) => `${i.code} ${i.file} ${i.path}: ${describeProblem(i, zh)}`,
    )
    throw new Error(`expected ${c.expect.code} at ${file} ${path}; got:\n${seen.join('\n')}`)
  }
  return found
}

describe.each(corpus.map((c) => [c.id, c] as const))('%s', (_id, c) => {
  it(`${c.title}: ${c.expect.scope}`, async () => {
    server.use(...handlersFor(c))
    const loaded = await loadAllData()
    const shown = shownIds(loaded)

    if (c.expect.scope === 'accepted') {
      expect(allIssues(loaded)).toEqual([])
    } else {
      const issue = expectedIssue(c, loaded)
      // The reader's line names the file, the JSON path and the problem, in both languages.
      const line = describeIssue(issue, zh)
      expect(line).toContain(issue.file)
      if (issue.path) expect(line).toContain(`${issue.path}:`)
      expect(describeIssue(issue, en)).not.toMatch(/problem\.|faults\./)
      // Messages quote data only in visible form: no invisible character reaches the screen.
      expect(line).not.toMatch(/[\p{Cc}\p{Cf}]/u)
      expect(line.length).toBeLessThan(1_000)

      // One problem, one message: what cites a rejected item or an unusable file is not
      // reported again (and is kept). Unless the bad value is the id itself: then what cites
      // the real id truly points at nothing.
      const idChanged = c.expect.path?.endsWith('.id') || c.replaces.endsWith('index.json')
      if (c.expect.code !== 'unknown-reference' && !idChanged) {
        expect(allIssues(loaded).filter((i) => i.code === 'unknown-reference')).toEqual([])
      }

      const scope = c.expect.scope
      if (scope === 'fatal') expect(loaded.fatal?.issues).toContain(issue)
      if (scope === 'file') expect(loaded.failures.some((f) => f.issues.includes(issue))).toBe(true)
      if (scope === 'item' || scope === 'field' || scope === 'reference')
        expect(loaded.issues).toContain(issue)
      if (scope === 'field') expect(issue.params?.repair).toBe('field-dropped')
      if (scope === 'warning') {
        expect(issue.severity).toBe('warning')
        expect(allIssues(loaded).filter((i) => i.severity === 'error')).toEqual([])
      }
    }

    for (const id of c.expect.visible ?? []) expect(shown, `${id} shown`).toContain(id)
    for (const id of c.expect.hidden ?? []) expect(shown, `${id} hidden`).not.toContain(id)

    // Whatever was accepted passes the contract as it stands.
    for (const dataset of loaded.datasets) {
      if (dataset.document) expect(documentSchema.safeParse(dataset.document).success).toBe(true)
      for (const item of dataset.commitments) expect(commitmentSchema.parse(item)).toEqual(item)
      for (const item of dataset.updates) expect(progressUpdateSchema.parse(item)).toEqual(item)
      for (const line of dataset.funding) {
        // Entries citing missing evidence are dropped by assembly; the rest must still parse.
        expect(fundingLineSchema.safeParse(line).success).toBe(true)
      }
    }
    // "__proto__" and "constructor" keys stayed plain keys of a rejected object.
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
