// @vitest-environment node
import { execFile } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { fromRoot } from '../support/paths'
import { APP_404_EN } from '../support/run-validate-cli'

const run = promisify(execFile)

async function validate(...files: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(
      fromRoot('node_modules/.bin/tsx'),
      [fromRoot('src/cli/validate.ts'), ...files],
      { cwd: fromRoot() },
    )
    return { code: 0, out: stdout }
  } catch (error) {
    const failed = error as { code: number; stdout: string }
    return { code: failed.code, out: failed.stdout }
  }
}

describe('npm run validate', () => {
  it('passes the shipped data folder', async () => {
    const { code, out } = await validate('public/data/index.json')
    expect(out).toContain('OK')
    expect(code).toBe(0)
  })

  it('prints every problem with its JSON path and exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-validate-'))
    const file = join(dir, 'bad-commitments.json')
    writeFileSync(
      file,
      JSON.stringify({
        documentId: 'km-1',
        commitments: [
          {
            id: 'km-1-c-a',
            documentId: 'km-1',
            section: '三',
            category: 'funding',
            title: 't',
            quote: 'q',
            kind: 'target',
            figure: { comparator: '>=', value: -5, unit: 'yuan', label: '元', asWritten: 'x' },
            deadline: { type: 'date', date: '2023-02-30' },
          },
        ],
      }),
    )
    const { code, out } = await validate(file)
    expect(code).toBe(1)
    expect(out).toContain('commitments[0].figure.value')
    expect(out).toContain('commitments[0].deadline.date')
    expect(out).toContain('2 error(s) found.')
  }, 30_000)

  it('follows an index to the files it lists and checks references between them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-folder-'))
    writeFileSync(
      join(dir, 'index.json'),
      JSON.stringify({
        datasets: [{ id: 'd', document: 'd/document.json', commitments: 'd/commitments.json' }],
      }),
    )
    const { code, out } = await validate(join(dir, 'index.json'))
    expect(code).toBe(1)
    expect(out).toContain(`d/document.json: ${APP_404_EN}`)
    expect(out).toContain(`d/commitments.json: ${APP_404_EN}`)
  }, 30_000)
  it('checks a change log file on its own: a verdict change must give its reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-changes-'))
    const file = join(dir, 'changes.json')
    const change = { file: 'updates', itemId: 'km-1-u-a', action: 'changed' }
    const verdict = { from: null, to: 'kept' }
    const entry = { id: 'km-1-ch-1', date: '2025-03-02', recordedBy: '张三' }
    writeFileSync(
      file,
      JSON.stringify({
        documentId: 'km-1',
        entries: [{ ...entry, changes: [change, { ...change, verdict }] }],
      }),
    )
    const { code, out } = await validate(file)
    expect(code).toBe(1)
    expect(out).toContain(
      'entries[0].changes[1].reason: a change that sets or moves a verdict must give its reason',
    )
    expect(out).toContain('1 error(s) found.')
  }, 30_000)
})
