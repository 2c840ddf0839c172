// @vitest-environment node
import { mkdtempSync, cpSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { validateDataFolder } from '../../src/cli/validate-folder'
import {
  buildChangeLogEntries,
  changeLogWrites,
  verdictChanges,
  verdictChangesNeedingReason,
  withChangeLogs,
  type ChangeLogMeta,
} from '../../src/domain/draft/change-log-entry'
import { formatDataJson } from '../../src/domain/draft/format-json'
import type { DataSnapshot, DatasetSnapshot, JsonObject } from '../../src/domain/draft/snapshot'
import {
  changeLogEntrySchema,
  changeLogFileSchema,
  type ChangeLogFile,
} from '../../src/domain/schema/change-log'
import { INVENTED_DOCUMENT, NEW_TARGET, shippedSnapshot } from '../support/desk-snapshot'
import { PUBLIC_DATA } from '../support/real-data'

const KM = 'km-153005'
const PROJECTS = 'km-153005-c-projects-20'
const PATENTS = 'km-153005-c-patents-60'
const RESULTS = 'km-153005-u-2024-projects-with-results'
const META: ChangeLogMeta = { date: '2025-03-02', recordedBy: ' 张三 ', reasons: {} }

const published = shippedSnapshot()

/** A copy of the shipped files with `edit` applied to the 153005 letter's copy. */
function drafted(edit: (dataset: DatasetSnapshot) => void, from = published): DataSnapshot {
  const copy = structuredClone(from)
  edit(copy.datasets.find((d) => d.entry.id === KM)!)
  return copy
}

const updatesOf = (d: DatasetSnapshot) => d.updates!.updates as JsonObject[]
const linesOf = (d: DatasetSnapshot) => d.funding!.lines as JsonObject[]
const update = (d: DatasetSnapshot, id: string) => updatesOf(d).find((u) => u.id === id)!

const NEW_UPDATE: JsonObject = {
  id: 'km-153005-u-2025-projects',
  commitmentId: PROJECTS,
  asOf: '2025-02-28',
  value: 15,
  comparability: 'same-metric',
  summary: '示例:立项15个。',
  source: { title: '示例来源', date: '2025-03-01' },
  verdict: { status: 'partly-kept', date: '2025-03-02', rationale: '示例:15 / 20。' },
}

/** The published data with a verdict on the 2024 projects evidence, as if set earlier. */
const withVerdict = drafted((d) => {
  update(d, RESULTS).verdict = { status: 'in-progress', date: '2025-01-10', rationale: '示例甲' }
})

describe('the changes of a publish, item by item', () => {
  it('records nothing when nothing changed', () => {
    expect(buildChangeLogEntries(published, structuredClone(published), META).size).toBe(0)
    expect(verdictChangesNeedingReason(published, structuredClone(published))).toEqual([])
  })

  it('an update added with a verdict: the evidence, and the verdict set with its reason', () => {
    const after = drafted((d) => updatesOf(d).push(NEW_UPDATE))
    expect(verdictChangesNeedingReason(published, after)).toEqual([PROJECTS])
    expect(verdictChanges(published, after)).toEqual([
      {
        datasetId: KM,
        commitmentId: PROJECTS,
        title: '积极争取立项20个以上',
        titleEn: 'Strive to establish 20+ projects',
        from: null,
        to: 'partly-kept',
        updateId: NEW_UPDATE.id,
      },
    ])
    const entries = buildChangeLogEntries(published, after, {
      ...META,
      reasons: { [PROJECTS]: ' 完成 15 项,目标 20 项 ' },
      summary: '2025 年一季度进展',
    })
    expect([...entries.keys()]).toEqual([KM])
    const entry = entries.get(KM)!
    expect(entry).toEqual({
      id: 'km-153005-ch-20250302-1',
      date: '2025-03-02',
      recordedBy: '张三',
      summary: '2025 年一季度进展',
      changes: [
        { file: 'updates', itemId: NEW_UPDATE.id, commitmentIds: [PROJECTS], action: 'added' },
        {
          file: 'updates',
          itemId: NEW_UPDATE.id,
          commitmentIds: [PROJECTS],
          action: 'changed',
          field: 'verdict',
          verdict: { from: null, to: 'partly-kept' },
          reason: '完成 15 项,目标 20 项',
        },
      ],
    })
    expect(changeLogEntrySchema.safeParse(entry).success).toBe(true)
  })

  it('a verdict change without a reason is written without one, and the schema refuses it', () => {
    const after = drafted((d) => updatesOf(d).push(NEW_UPDATE))
    const blank: Record<string, string>[] = [{}, { [PROJECTS]: '   ' }]
    for (const reasons of blank) {
      const entry = buildChangeLogEntries(published, after, { ...META, reasons }).get(KM)!
      const result = changeLogEntrySchema.safeParse(entry)
      expect(result.success).toBe(false)
      expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['changes.1.reason'])
    }
  })

  it('a verdict moved on an existing update: from → to, and its other fields from → to', () => {
    const after = drafted((d) => {
      update(d, RESULTS).verdict = {
        status: 'partly-kept',
        date: '2025-01-10',
        rationale: '示例乙',
      }
    }, withVerdict)
    expect(verdictChangesNeedingReason(withVerdict, after)).toEqual([PROJECTS])
    const entry = buildChangeLogEntries(withVerdict, after, {
      ...META,
      reasons: { [PROJECTS]: '理由' },
    }).get(KM)!
    const base = { file: 'updates', itemId: RESULTS, commitmentIds: [PROJECTS], action: 'changed' }
    // The status move is said once, by the verdict's change; the rationale is a field change.
    expect(entry.changes).toEqual([
      { ...base, field: 'verdict.rationale', from: '示例甲', to: '示例乙' },
      {
        ...base,
        field: 'verdict',
        verdict: { from: 'in-progress', to: 'partly-kept' },
        reason: '理由',
      },
    ])
    expect(changeLogEntrySchema.safeParse(entry).success).toBe(true)
  })

  it('a later verdict elsewhere moves the commitment; an older one superseded does not', () => {
    const later = drafted((d) => updatesOf(d).push(NEW_UPDATE), withVerdict)
    expect(verdictChanges(withVerdict, later).map((c) => [c.from, c.to, c.updateId])).toEqual([
      ['in-progress', 'partly-kept', NEW_UPDATE.id],
    ])
    // Its older verdict's status edited under the newer one: the public verdict does not move.
    const older = drafted((d) => {
      update(d, RESULTS).verdict = { status: 'stalled', date: '2025-01-10', rationale: '示例甲' }
    }, later)
    expect(verdictChangesNeedingReason(later, older)).toEqual([])
    expect(buildChangeLogEntries(later, older, META).get(KM)!.changes).toEqual([
      {
        file: 'updates',
        itemId: RESULTS,
        commitmentIds: [PROJECTS],
        action: 'changed',
        field: 'verdict.status',
        from: 'in-progress',
        to: 'stalled',
      },
    ])
  })

  it('a verdict withdrawn (its update removed) needs a reason too', () => {
    const after = drafted((d) => {
      d.updates!.updates = updatesOf(d).filter((u) => u.id !== RESULTS)
    }, withVerdict)
    expect(verdictChanges(withVerdict, after).map((c) => [c.from, c.to, c.updateId])).toEqual([
      ['in-progress', null, RESULTS],
    ])
    const entry = buildChangeLogEntries(withVerdict, after, {
      ...META,
      reasons: { [PROJECTS]: '来源有误' },
    }).get(KM)!
    expect(entry.changes).toEqual([
      { file: 'updates', itemId: RESULTS, commitmentIds: [PROJECTS], action: 'removed' },
      {
        file: 'updates',
        itemId: RESULTS,
        commitmentIds: [PROJECTS],
        action: 'changed',
        field: 'verdict',
        from: 'in-progress',
        to: null,
        reason: '来源有误',
      },
    ])
    expect(changeLogEntrySchema.safeParse(entry).success).toBe(true)
  })

  it('funding: a line added, an entry added and an amount corrected at its stage', () => {
    const after = drafted((d) => {
      const lines = linesOf(d)
      const gap = lines.find((l) => l.id === 'km-153005-f-second-batch-gap')!
      gap.entries = [
        ...(gap.entries as JsonObject[]),
        {
          stage: 'disbursed',
          amount: 53340000,
          asWritten: '5334万元',
          asOf: '2025-02-28',
          evidence: { type: 'update', updateId: 'km-153005-u-2024-revenue' },
        },
      ]
      const labs = lines.find((l) => l.id === 'km-153005-f-lab-team-grant')!
      labs.entries = (labs.entries as JsonObject[]).map((e) => ({
        ...e,
        amount: 31000000,
        asWritten: '3100万元',
      }))
      lines.push({ ...structuredClone(labs), id: 'km-153005-f-new-line' })
    })
    const entry = buildChangeLogEntries(published, after, META).get(KM)!
    expect(entry.changes).toEqual([
      {
        file: 'funding',
        itemId: 'km-153005-f-second-batch-gap',
        commitmentIds: ['km-153005-c-gap-5334'],
        action: 'changed',
        field: 'entries.disbursed',
        to: '5334万元',
      },
      {
        file: 'funding',
        itemId: 'km-153005-f-lab-team-grant',
        commitmentIds: ['km-153005-c-lab-team-grant-30m'],
        action: 'changed',
        field: 'entries.allocated',
        from: '3000万元',
        to: '3100万元',
      },
      {
        file: 'funding',
        itemId: 'km-153005-f-new-line',
        commitmentIds: ['km-153005-c-lab-team-grant-30m'],
        action: 'added',
      },
    ])
    expect(changeLogEntrySchema.safeParse(entry).success).toBe(true)
  })

  it('the letter’s fields and a commitment’s fields, from → to, down to plain values', () => {
    const after = drafted((d) => {
      d.document = { ...d.document, title: '新标题' }
      const commitments = d.commitments!.commitments as JsonObject[]
      const patents = commitments.find((c) => c.id === PATENTS)!
      patents.deadline = { type: 'date', date: '2026-06-30' }
      patents.headline = true
    })
    const entry = buildChangeLogEntries(published, after, META).get(KM)!
    const wasTitle = published.datasets.find((d) => d.entry.id === KM)!.document!.title
    const wasDeadline = (
      published.datasets.find((d) => d.entry.id === KM)!.commitments!.commitments as JsonObject[]
    ).find((c) => c.id === PATENTS)!.deadline as JsonObject
    expect(wasDeadline.type).not.toBe('date')
    const fields = entry.changes.map((c) => [c.file, c.itemId, c.field, c.from, c.to])
    expect(fields).toContainEqual(['document', KM, 'title', wasTitle, '新标题'])
    expect(fields).toContainEqual([
      'commitments',
      PATENTS,
      'deadline.type',
      wasDeadline.type,
      'date',
    ])
    expect(fields).toContainEqual([
      'commitments',
      PATENTS,
      'deadline.date',
      undefined,
      '2026-06-30',
    ])
    expect(fields).toContainEqual(['commitments', PATENTS, 'headline', undefined, true])
    expect(entry.changes.every((c) => c.action === 'changed')).toBe(true)
    expect(changeLogEntrySchema.safeParse(entry).success).toBe(true)
  })

  it('a letter added: the letter, then each of its items', () => {
    const after = structuredClone(published)
    const entry = { ...after.datasets[0]!.entry, id: 'km-160001' }
    for (const kind of ['document', 'commitments', 'updates', 'funding'] as const)
      entry[kind] = `km-160001/${kind}.json`
    after.datasets.push({
      entry,
      document: INVENTED_DOCUMENT,
      commitments: { documentId: 'km-160001', commitments: [NEW_TARGET] },
      sourceText: 'text',
    })
    const entries = buildChangeLogEntries(published, after, META)
    expect([...entries.keys()]).toEqual(['km-160001'])
    expect(entries.get('km-160001')!.changes).toEqual([
      { file: 'document', itemId: 'km-160001', action: 'added' },
      { file: 'commitments', itemId: NEW_TARGET.id, action: 'added' },
    ])
  })
})

describe('the change-log files of a publish', () => {
  const after = drafted((d) => updatesOf(d).push(NEW_UPDATE))
  const meta = { ...META, reasons: { [PROJECTS]: '完成 15 项,目标 20 项' } }

  it('a letter without a log gets <id>/changes.json, listed in its index entry', () => {
    const entries = buildChangeLogEntries(published, after, meta)
    const writes = changeLogWrites(published, after, entries)
    expect(writes).toHaveLength(1)
    const [write] = writes
    expect(write!.path).toBe('km-153005/changes.json')
    expect(write!.entryChanged).toBe(true)
    expect(write!.entry).toEqual({ ...after.datasets[0]!.entry, changes: write!.path })
    expect(write!.file).toEqual({ documentId: KM, entries: [entries.get(KM)] })
    expect(changeLogFileSchema.safeParse(write!.file).success).toBe(true)

    const logged = withChangeLogs(after, writes)
    const indexEntries = logged.index.datasets as JsonObject[]
    expect(indexEntries.find((e) => e.id === KM)!.changes).toBe(write!.path)
    // The other letters' entries are as they were.
    expect(indexEntries.filter((e) => e.id !== KM)).toEqual(
      (after.index.datasets as JsonObject[]).filter((e) => e.id !== KM),
    )
    expect(logged.datasets.find((d) => d.entry.id === KM)!.entry.changes).toBe(write!.path)
    // Published as files, the folder passes `npm run validate`.
    expect(validateDataFolder(folderWith(logged, write!.path, write!.file))).toEqual([])
  })

  it('a letter with a log gets the entry at its end, under an id not used yet', () => {
    const log: ChangeLogFile = {
      documentId: KM,
      entries: [
        {
          id: 'km-153005-ch-20250302-1',
          date: '2025-03-02',
          recordedBy: '李四',
          changes: [{ file: 'updates', itemId: 'km-153005-u-2023-key-labs', action: 'added' }],
        },
      ],
    }
    const withLog = structuredClone(published)
    const km = withLog.datasets.find((d) => d.entry.id === KM)!
    km.entry.changes = 'km-153005/log.json'
    ;(withLog.index.datasets as JsonObject[]).find((e) => e.id === KM)!.changes = km.entry.changes
    km.changes = log as unknown as JsonObject
    const afterWithLog = drafted((d) => updatesOf(d).push(NEW_UPDATE), withLog)
    const entries = buildChangeLogEntries(withLog, afterWithLog, meta)
    expect(entries.get(KM)!.id).toBe('km-153005-ch-20250302-2')
    const [write] = changeLogWrites(withLog, afterWithLog, entries)
    expect(write!.path).toBe('km-153005/log.json')
    expect(write!.entryChanged).toBe(false)
    expect(write!.file.entries.map((e) => e.recordedBy)).toEqual(['李四', '张三'])
    expect(log.entries).toHaveLength(1)
    expect(changeLogFileSchema.safeParse(write!.file).success).toBe(true)
  })

  it('refuses to start over a listed log that was not read', () => {
    const unread = structuredClone(published)
    unread.datasets.find((d) => d.entry.id === KM)!.entry.changes = 'km-153005/changes.json'
    const afterUnread = drafted((d) => updatesOf(d).push(NEW_UPDATE), unread)
    const entries = buildChangeLogEntries(unread, afterUnread, meta)
    expect(() => changeLogWrites(unread, afterUnread, entries)).toThrow(/not read/)
  })
})

/** A copy of the shipped folder with the logged index and one change log written into it. */
function folderWith(logged: DataSnapshot, path: string, file: ChangeLogFile): string {
  const dir = mkdtempSync(join(tmpdir(), 'ct-change-log-entry-'))
  cpSync(PUBLIC_DATA, dir, { recursive: true })
  const km = logged.datasets.find((d) => d.entry.id === KM)!
  writeFileSync(join(dir, km.entry.updates!), formatDataJson(km.updates))
  writeFileSync(join(dir, 'index.json'), formatDataJson(logged.index))
  writeFileSync(join(dir, path), formatDataJson(file))
  return dir
}
