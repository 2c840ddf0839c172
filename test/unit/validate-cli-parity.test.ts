import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { validateDataFolder } from '../../src/cli/validate-folder'
import { isDataFileError, type DataIssue } from '../../src/lib/data/data-error'
import { PUBLISHED_SOURCE } from '../../src/lib/data/data-source'
import { loadSourceText } from '../../src/lib/data/loaders'
import { server } from '../../mocks/node'
import { loadCorpus } from '../support/bad-data-corpus'
import { badDataFolders } from '../support/bad-data-folder'
import { handlersFor, loadAllData, type LoadedData } from '../support/load-all-data'
import { realDataFiles } from '../support/real-data'
import { APP_404_EN, errorLines, runValidateCli } from '../support/run-validate-cli'

/**
 * `npm run validate` and the dashboard must report the same problems for the same data: every
 * corpus case goes through the app's loaders (served by msw, the way useTrackerData loads) and
 * through the CLI's folder validation (read from disk), and both name the same set of
 * (file, JSON path, code, severity). jsdom, because the app's loaders resolve URLs against the page.
 */
const corpus = loadCorpus()
const folders = badDataFolders('ct-parity-')
afterAll(() => folders.remove())

const key = (issue: DataIssue) => `${issue.severity} ${issue.code} ${issue.file} ${issue.path}`

function appIssues(loaded: LoadedData): string[] {
  const all = [
    ...(loaded.fatal?.issues ?? []),
    ...loaded.failures.flatMap((failure) => failure.issues),
    ...loaded.issues,
  ]
  return all.map(key).sort()
}

/** What the dashboard reports for a corpus case, through its loaders: how many errors. */
async function appErrors(caseId: string): Promise<number> {
  server.use(...handlersFor(corpus.find((c) => c.id === caseId)!))
  return appIssues(await loadAllData()).filter((line) => line.startsWith('error ')).length
}

describe.each(corpus.map((c) => [c.id, c] as const))('%s', (_id, c) => {
  it('the CLI reports exactly what the app reports', async () => {
    server.use(...handlersFor(c))
    const app = appIssues(await loadAllData())
    const cli = validateDataFolder(folders.folderFor(c)).map(key).sort()
    expect(cli).toEqual(app)
    // Both really looked: a bad case is reported, an accepted one is not.
    expect(app.length > 0).toBe(c.expect.scope !== 'accepted')
  })
})

describe('npm run validate says what the app says', () => {
  const corpusFolder = (id: string) => folders.folderFor(corpus.find((c) => c.id === id)!)

  it('reports a file whose documentId is not the index entry that lists it, with file and path', async () => {
    const { code, out } = await runValidateCli(
      join(corpusFolder('ws-28-document-mismatch'), 'index.json'),
    )
    expect(code).toBe(1)
    expect(out).toContain(
      'ERROR  km-153005/updates.json at documentId: index.json lists this file for "km-153005" but it says "km-999999"',
    )
    // The unusable file's updates are not cited as missing by the funding evidence: one problem.
    expect(errorLines(out)).toHaveLength(1)
    expect(await appErrors('ws-28-document-mismatch')).toBe(1)
  }, 30_000)

  it('reports a document.json that names another letter than its index entry', async () => {
    const folder = folders.copyOfShipped('document-id')
    const file = join(folder, 'km-153005/document.json')
    writeFileSync(file, readFileSync(file, 'utf8').replace('"id": "km-153005"', '"id": "km-1"'))
    const { code, out } = await runValidateCli(join(folder, 'index.json'))
    expect(code).toBe(1)
    expect(out).toContain(
      'ERROR  km-153005/document.json at id: index.json lists this file for "km-153005" but it says "km-1"',
    )
    expect(errorLines(out)).toHaveLength(1)
    server.use(...dataFileHandlers(realDataFiles(folder)))
    const loaded = await loadAllData()
    expect(loaded.failures.flatMap((failure) => failure.issues)).toMatchObject([
      { file: 'km-153005/document.json', path: 'id', code: 'document-mismatch' },
    ])
  }, 30_000)

  it('prints one problem, not a follow-on "does not exist", for an update of a rejected commitment', async () => {
    const { code, out } = await runValidateCli(
      join(corpusFolder('br-17-update-of-hidden-commitment'), 'index.json'),
    )
    expect(code).toBe(1)
    expect(errorLines(out)).toHaveLength(1)
    expect(out).toMatch(
      /^ERROR {2}km-153005\/commitments\.json at commitments\[\d+\]\.figure\.unit:/m,
    )
    expect(out).toContain('1 error(s) found.')
    expect(await appErrors('br-17-update-of-hidden-commitment')).toBe(1)
  }, 30_000)

  it('prints one problem for an unusable commitments.json, none for what points into it', async () => {
    const { code, out } = await runValidateCli(
      join(corpusFolder('nj-01-truncated-commitments'), 'index.json'),
    )
    expect(code).toBe(1)
    expect(errorLines(out)).toEqual([
      expect.stringMatching(/^ERROR {2}km-153005\/commitments\.json: /),
    ])
    expect(await appErrors('nj-01-truncated-commitments')).toBe(1)
  }, 30_000)

  it("words a missing file with the app's message", async () => {
    const { code, out } = await runValidateCli(
      join(corpusFolder('br-10-funding-404'), 'index.json'),
    )
    expect(code).toBe(1)
    expect(APP_404_EN).toContain('HTTP 404')
    expect(errorLines(out)).toEqual([`ERROR  km-153005/funding.json: ${APP_404_EN}`])
    expect(await appErrors('br-10-funding-404')).toBe(1)
  }, 30_000)

  it("words a missing source text with the app's message, naming the file the letter lists", async () => {
    const folder = folders.copyOfShipped('no-source-text')
    rmSync(join(folder, 'km-153005/source.txt'))
    const { code, out } = await runValidateCli(join(folder, 'index.json'))
    expect(code).toBe(1)
    expect(errorLines(out)).toEqual([`ERROR  km-153005/source.txt: ${APP_404_EN}`])
    // The letter's page fails on the same file with the same (404) issue.
    server.use(...dataFileHandlers(realDataFiles(folder)))
    const [dataset] = (await loadAllData()).datasets
    const failed = await loadSourceText(PUBLISHED_SOURCE, dataset!.entry, dataset!.document!).catch(
      (e: unknown) => e,
    )
    expect(isDataFileError(failed) && failed.issues).toMatchObject([
      { file: 'km-153005/source.txt', path: '', code: 'http-status', params: { status: 404 } },
    ])
  }, 30_000)
})
