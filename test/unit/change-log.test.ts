// @vitest-environment node
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { validateDataFolder } from '../../src/cli/validate-folder'
import { appendChangeLogEntry } from '../../src/domain/draft/change-log'
import { changeLogFileSchema, type ChangeLogFile } from '../../src/domain/schema/change-log'
import { fileKindOf, fileSchemas } from '../../src/domain/schema/contract'
import { dataIndexSchema } from '../../src/domain/schema/data-index'
import { readChangeLog } from '../../src/lib/data/readers'
import { zodIssuesToDataIssues } from '../../src/lib/data/validate'
import { describeProblem } from '../../src/lib/i18n/describe-issue'
import { translate } from '../../src/lib/i18n/translate'
import { PUBLIC_DATA, readShipped } from '../support/real-data'

/** An illustrative change log (test-only): one verdict set with its reason, one evidence added. */
function changeLog(): ChangeLogFile {
  return {
    documentId: 'km-153005',
    entries: [
      {
        id: 'km-153005-ch-1',
        date: '2025-03-02',
        recordedBy: '张三',
        changes: [
          { file: 'updates', itemId: 'km-153005-u-x', action: 'added' },
          {
            file: 'updates',
            itemId: 'km-153005-u-x',
            action: 'changed',
            field: 'verdict',
            verdict: { from: null, to: 'partly-kept' },
            reason: '完成 12 项,目标 20 项',
          },
        ],
      },
    ],
  }
}

const zh = (issue: Parameters<typeof describeProblem>[0]) =>
  describeProblem(issue, (key, params) => translate('zh-CN', key, params))
const en = (issue: Parameters<typeof describeProblem>[0]) =>
  describeProblem(issue, (key, params) => translate('en', key, params))

describe('change log schema', () => {
  it('accepts a valid change log and is a file kind of the contract', () => {
    expect(changeLogFileSchema.safeParse(changeLog()).success).toBe(true)
    expect(fileKindOf('km-153005/changes.json')).toBe('changes')
    expect(fileSchemas.changes).toBe(changeLogFileSchema)
  })

  it('refuses a verdict change without a reason, in plain words in both languages', () => {
    const file = changeLog()
    delete file.entries[0]!.changes[1]!.reason
    const result = changeLogFileSchema.safeParse(file)
    expect(result.success).toBe(false)
    const issues = zodIssuesToDataIssues('changes.json', result.error!.issues)
    expect(issues).toHaveLength(1)
    expect(issues[0]!.path).toBe('entries[0].changes[1].reason')
    expect(zh(issues[0]!)).toBe('核定或改变评定时必须写明理由')
    expect(en(issues[0]!)).toBe('a change that sets or changes a rating must give its reason')
  })

  it('refuses unknown fields, unknown actions and an entry with no changes', () => {
    const extra = changeLog() as unknown as { entries: Array<Record<string, unknown>> }
    extra.entries[0]!.author = '张三'
    expect(changeLogFileSchema.safeParse(extra).error?.issues[0]?.code).toBe('unrecognized_keys')

    const action = changeLog() as unknown as { entries: Array<{ changes: object[] }> }
    action.entries[0]!.changes[0] = { file: 'updates', itemId: 'a', action: 'moved' }
    expect(changeLogFileSchema.safeParse(action).success).toBe(false)

    const empty = changeLog()
    empty.entries[0]!.changes = []
    expect(changeLogFileSchema.safeParse(empty).success).toBe(false)
  })

  it('keeps the index backward compatible: a dataset with or without a change log', () => {
    const index = readShipped('index.json')
    expect(dataIndexSchema.safeParse(index).success).toBe(true)
    const withLog = structuredClone(index) as { datasets: Array<Record<string, unknown>> }
    withLog.datasets[0]!.changes = 'km-153005/changes.json'
    expect(dataIndexSchema.safeParse(withLog).success).toBe(true)
  })
})

describe('reading a change log', () => {
  const entry = {
    id: 'km-153005',
    document: 'km-153005/document.json',
    commitments: 'km-153005/commitments.json',
    changes: 'km-153005/changes.json',
  }

  it('keeps the good entries and reports the bad one by its path', () => {
    const file = changeLog()
    file.entries.push({ ...file.entries[0]!, id: 'km-153005-ch-2', date: '2025-02-30' })
    const result = readChangeLog(entry, { body: file, warnings: [] })
    expect(result.items.map((e) => e.id)).toEqual(['km-153005-ch-1'])
    expect(result.issues.map((i) => i.path)).toEqual(['entries[1].date'])
  })

  it('refuses a change log written for another letter', () => {
    expect(() =>
      readChangeLog(entry, { body: { ...changeLog(), documentId: 'other' }, warnings: [] }),
    ).toThrow(/km-153005/)
  })
})

describe('validating a folder with a change log', () => {
  /** A copy of the shipped 153005 letter whose index lists `changes`. */
  function folderWith(changes: unknown): string {
    const dir = mkdtempSync(join(tmpdir(), 'ct-changes-'))
    cpSync(join(PUBLIC_DATA, 'km-153005'), join(dir, 'km-153005'), { recursive: true })
    const index = readShipped<{ datasets: Array<{ id: string }> }>('index.json')
    const datasets = index.datasets
      .filter((d) => d.id === 'km-153005')
      .map((d) => ({ ...d, changes: 'km-153005/changes.json' }))
    writeFileSync(join(dir, 'index.json'), JSON.stringify({ ...index, datasets }))
    if (changes !== undefined) {
      writeFileSync(join(dir, 'km-153005/changes.json'), JSON.stringify(changes))
    }
    return dir
  }

  it('passes a valid change log', () => {
    expect(validateDataFolder(folderWith(changeLog()))).toEqual([])
  })

  it('reports a verdict change without a reason, and a listed change log that is missing', () => {
    const file = changeLog()
    delete file.entries[0]!.changes[1]!.reason
    const problems = validateDataFolder(folderWith(file))
    expect(problems.map((p) => `${p.file} ${p.path}`)).toEqual([
      'km-153005/changes.json entries[0].changes[1].reason',
    ])
    const missing = validateDataFolder(folderWith(undefined))
    expect(missing.map((p) => p.file)).toEqual(['km-153005/changes.json'])
  })
})

describe('appendChangeLogEntry', () => {
  const entry = changeLog().entries[0]!

  it('starts a change log for a letter without one', () => {
    const file = appendChangeLogEntry(undefined, 'km-153005', entry)
    expect(file).toEqual({ documentId: 'km-153005', entries: [entry] })
    expect(changeLogFileSchema.safeParse(file).success).toBe(true)
  })

  it('adds at the end without touching the given file, and never rewrites an entry', () => {
    const before = changeLog()
    const next = { ...entry, id: 'km-153005-ch-2', date: '2025-04-01' }
    const after = appendChangeLogEntry(before, 'km-153005', next)
    expect(after.entries.map((e) => e.id)).toEqual(['km-153005-ch-1', 'km-153005-ch-2'])
    expect(before.entries).toHaveLength(1)
    expect(() => appendChangeLogEntry(after, 'km-153005', next)).toThrow(/already/)
    expect(() => appendChangeLogEntry(after, 'other', { ...next, id: 'x' })).toThrow(/other/)
  })
})
