import { applyDraft } from '../../src/domain/draft/apply-draft'
import {
  addLetter,
  removeItem,
  resolveConflict,
  revertDataset,
  upsertItem,
} from '../../src/domain/draft/draft-edits'
import { draftSchema, emptyDraft, type Draft } from '../../src/domain/draft/draft-schema'
import { mergeDrafts } from '../../src/domain/draft/merge-drafts'
import { migrateDraftV1 } from '../../src/domain/draft/migrate-draft'
import { replayDraft } from '../../src/domain/draft/replay-draft'
import { itemsOf, type DataSnapshot, type JsonObject } from '../../src/domain/draft/snapshot'
import { publishFiles } from '../../src/lib/draft/publish-files'
import {
  INVENTED_DOCUMENT,
  INVENTED_LETTER,
  NEW_TARGET,
  shippedSnapshot,
} from '../support/desk-snapshot'

/*
 * Two officials draft against the same published files; one publishes, then the other's draft
 * is replayed onto what the server holds now. Nothing either recorded may be lost, and where
 * both changed one thing the second is asked to choose.
 */

const T0 = new Date('2026-11-30T08:00:00Z')
const T1 = new Date('2026-11-30T09:00:00Z')
const T2 = new Date('2026-11-30T10:00:00Z')
const ID = 'km-153005'
const META = { date: '2026-11-30', recordedBy: '测试记录人', reasons: {} }
const published = shippedSnapshot()
const km = (snapshot: DataSnapshot) => snapshot.datasets.find((d) => d.entry.id === ID)!
const updates = (snapshot: DataSnapshot) => itemsOf(km(snapshot).updates, 'updates')
const lines = (snapshot: DataSnapshot) => itemsOf(km(snapshot).funding, 'funding')
const firstUpdate = updates(published)[0]!
const gapLine = lines(published).find((line) => line.id === 'km-153005-f-second-batch-gap')!

function update(id: string, summary: string): JsonObject {
  return {
    id,
    commitmentId: 'km-153005-c-gap-5334',
    asOf: '2023-09-30',
    value: 53340000,
    comparability: 'same-metric',
    summary,
    source: { title: '示例来源', date: '2023-10-08', url: 'https://kjj.km.gov.cn/example' },
  }
}

const disbursed = (amount: number, asOf: string): JsonObject => ({
  stage: 'disbursed',
  comparator: '=',
  amount,
  asWritten: `${amount / 10000}万元`,
  asOf,
  // Evidence an update already published carries, so each draft can be published alone.
  evidence: { type: 'update', updateId: String(firstUpdate.id) },
})

/** What the server holds after the official publishes: the draft's files replace the old ones. */
function publishedAfter(base: DataSnapshot, draft: Draft): DataSnapshot {
  const result = publishFiles(base, draft, META)
  expect(result).toMatchObject({ ok: true })
  return applyDraft(base, draft)
}

const officialA = (session = 'a') => emptyDraft(T0, session)
const officialB = (session = 'b') => emptyDraft(T0, session)

describe('a draft replayed onto files a colleague changed since', () => {
  it('keeps both officials’ work: A’s update, B’s update and B’s payment of a funding line', () => {
    const a = upsertItem(published, officialA(), ID, 'updates', update('km-153005-u-a', 'A'), T1)
    let b = upsertItem(published, officialB(), ID, 'updates', update('km-153005-u-b', 'B'), T1)
    b = upsertItem(
      published,
      b,
      ID,
      'funding',
      {
        ...gapLine,
        entries: [...(gapLine.entries as JsonObject[]), disbursed(10000000, '2023-09-30')],
      },
      T1,
    )
    const server = publishedAfter(published, a)
    const replay = replayDraft(server, b)

    expect(replay.conflicts).toEqual([])
    const ids = updates(replay.snapshot).map((item) => item.id)
    expect(ids.slice(-2)).toEqual(['km-153005-u-a', 'km-153005-u-b'])
    expect(ids).toHaveLength(updates(published).length + 2)
    const line = lines(replay.snapshot).find((item) => item.id === gapLine.id)!
    expect(line.entries).toHaveLength((gapLine.entries as unknown[]).length + 1)
    // The colleague's publication is reported, item by item.
    expect(replay.serverChanges).toEqual([
      expect.objectContaining({
        datasetId: ID,
        file: 'updates',
        added: ['km-153005-u-a'],
        changed: [],
        removed: [],
      }),
    ])
    expect(publishFiles(server, b, META)).toMatchObject({ ok: true })
  })

  it('two payments added to one funding line by two officials are both kept', () => {
    const withEntry = (entry: JsonObject) => ({
      ...gapLine,
      entries: [...(gapLine.entries as JsonObject[]), entry],
    })
    const a = upsertItem(
      published,
      officialA(),
      ID,
      'funding',
      withEntry(disbursed(1e7, '2023-09-30')),
      T1,
    )
    const b = upsertItem(
      published,
      officialB(),
      ID,
      'funding',
      withEntry(disbursed(2e7, '2023-12-31')),
      T1,
    )
    const replay = replayDraft(publishedAfter(published, a), b)
    expect(replay.conflicts).toEqual([])
    const entries = lines(replay.snapshot).find((item) => item.id === gapLine.id)!.entries
    expect(entries).toEqual([
      ...(gapLine.entries as JsonObject[]),
      disbursed(1e7, '2023-09-30'),
      disbursed(2e7, '2023-12-31'),
    ])
  })

  it('different fields of one item changed by each merge; the same field is a conflict to decide', () => {
    const a = upsertItem(
      published,
      officialA(),
      ID,
      'updates',
      { ...firstUpdate, summary: 'A 的摘要', note: 'A 的备注' },
      T1,
    )
    const b = upsertItem(
      published,
      officialB(),
      ID,
      'updates',
      { ...firstUpdate, summary: 'B 的摘要', value: 4 },
      T1,
    )
    const server = publishedAfter(published, a)
    const replay = replayDraft(server, b)

    expect(replay.conflicts).toEqual([
      expect.objectContaining({
        datasetId: ID,
        file: 'updates',
        itemId: firstUpdate.id,
        path: ['summary'],
        mine: 'B 的摘要',
        theirs: 'A 的摘要',
      }),
    ])
    const merged = () =>
      updates(replayDraft(server, decided).snapshot).find((u) => u.id === firstUpdate.id)
    let decided = b
    // Undecided: the colleague's version stays, B's other change is in, and publishing is blocked.
    expect(merged()).toMatchObject({ summary: 'A 的摘要', note: 'A 的备注', value: 4 })
    const blocked = publishFiles(server, b, META)
    expect(blocked).toMatchObject({
      ok: false,
      problems: [expect.objectContaining({ kind: 'conflict' })],
    })

    const key = replay.conflicts[0]!.key
    decided = resolveConflict(b, key, 'mine', T2)
    expect(merged()).toMatchObject({ summary: 'B 的摘要', note: 'A 的备注', value: 4 })
    expect(replayDraft(server, decided).conflicts[0]).toMatchObject({ key, choice: 'mine' })
    expect(publishFiles(server, decided, META)).toMatchObject({ ok: true })
    decided = resolveConflict(b, key, 'theirs', T2)
    expect(merged()).toMatchObject({ summary: 'A 的摘要', note: 'A 的备注', value: 4 })
  })

  it('an item one removed and the other changed is a conflict, not a silent removal', () => {
    const a = upsertItem(
      published,
      officialA(),
      ID,
      'updates',
      { ...firstUpdate, summary: '改了' },
      T1,
    )
    const b = removeItem(published, officialB(), ID, 'updates', String(firstUpdate.id), T1)
    const server = publishedAfter(published, a)
    const replay = replayDraft(server, b)
    expect(replay.conflicts).toEqual([
      expect.objectContaining({
        path: [],
        mine: undefined,
        theirs: expect.objectContaining({ summary: '改了' }),
      }),
    ])
    expect(updates(replay.snapshot).some((u) => u.id === firstUpdate.id)).toBe(true)
    const removed = resolveConflict(b, replay.conflicts[0]!.key, 'mine', T2)
    expect(
      updates(replayDraft(server, removed).snapshot).some((u) => u.id === firstUpdate.id),
    ).toBe(false)
  })

  it('a removal of an item nobody else touched still removes it', () => {
    const b = removeItem(published, officialB(), ID, 'updates', String(firstUpdate.id), T1)
    const a = upsertItem(published, officialA(), ID, 'updates', update('km-153005-u-a', 'A'), T1)
    const replay = replayDraft(publishedAfter(published, a), b)
    expect(replay.conflicts).toEqual([])
    expect(updates(replay.snapshot).map((u) => u.id)).not.toContain(firstUpdate.id)
    expect(updates(replay.snapshot).map((u) => u.id)).toContain('km-153005-u-a')
  })

  it('records the version of the published file, not a copy of it', () => {
    const draft = upsertItem(
      published,
      officialA(),
      ID,
      'updates',
      update('km-153005-u-a', 'A'),
      T1,
    )
    const stored = JSON.stringify(draft)
    // The shipped updates file's other items are not in the stored draft.
    expect(stored).not.toContain(String(updates(published)[1]!.summary))
    expect(draft.bases['km-153005/updates.json']).toMatchObject({
      hash: expect.any(String),
      items: expect.objectContaining({ [String(firstUpdate.id)]: expect.any(String) }),
    })
    expect(draft.edits).toEqual([
      expect.objectContaining({
        datasetId: ID,
        file: 'updates',
        itemId: 'km-153005-u-a',
        base: null,
      }),
    ])
    expect(draftSchema.parse(JSON.parse(stored))).toEqual(draft)
  })

  it('repeated edits of one item by one tab stay one edit from the same starting point', () => {
    let draft = upsertItem(
      published,
      officialA(),
      ID,
      'updates',
      { ...firstUpdate, summary: '一' },
      T1,
    )
    draft = upsertItem(published, draft, ID, 'updates', { ...firstUpdate, summary: '二' }, T2)
    expect(draft.edits).toHaveLength(1)
    expect(draft.edits[0]).toMatchObject({ base: firstUpdate, value: { summary: '二' } })
  })
})

describe('two tabs of one browser', () => {
  it('keep both tabs’ edits, and a field both changed becomes a conflict', () => {
    const synced = emptyDraft(T0, 'x')
    const tabA = upsertItem(
      published,
      { ...synced, session: 'tab-a' },
      ID,
      'updates',
      { ...firstUpdate, summary: 'A' },
      T1,
    )
    let tabB = upsertItem(
      published,
      { ...synced, session: 'tab-b' },
      ID,
      'updates',
      update('km-153005-u-b', 'B'),
      T1,
    )
    tabB = upsertItem(published, tabB, ID, 'updates', { ...firstUpdate, summary: 'B' }, T1)
    // Tab B saved first; tab A saves and joins what it finds stored.
    const joined = mergeDrafts(tabB, tabA, synced)
    const replay = replayDraft(published, joined)
    expect(updates(replay.snapshot).map((u) => u.id)).toContain('km-153005-u-b')
    expect(replay.conflicts).toEqual([
      expect.objectContaining({ itemId: firstUpdate.id, path: ['summary'] }),
    ])
    const conflict = replay.conflicts[0]!
    expect([conflict.mine, conflict.theirs].sort()).toEqual(['A', 'B'])
  })

  it('a letter dropped in one tab is not brought back by the other tab’s older copy', () => {
    const synced = addLetter(
      emptyDraft(T0, 'tab-a'),
      { document: INVENTED_DOCUMENT, sourceText: INVENTED_LETTER },
      T0,
    )
    const withTarget = upsertItem(published, synced, 'km-160001', 'commitments', NEW_TARGET, T0)
    const tabA = revertDataset({ ...withTarget, session: 'tab-a' }, 'km-160001', T1)
    const tabB = upsertItem(
      published,
      { ...withTarget, session: 'tab-b' },
      ID,
      'updates',
      update('km-153005-u-b', 'B'),
      T1,
    )
    const joined = mergeDrafts(tabB, tabA, withTarget)
    const drafted = applyDraft(published, joined)
    expect(drafted.datasets.map((d) => d.entry.id)).not.toContain('km-160001')
    expect(updates(drafted).map((u) => u.id)).toContain('km-153005-u-b')
  })

  it('the letter form takes the tab that changed it since the last save', () => {
    const synced = { ...emptyDraft(T0, 'x'), letter: { text: '旧', fields: {} } }
    const typing = { ...synced, session: 'tab-a', letter: { text: '新的文本', fields: {} } }
    const idle = { ...synced, session: 'tab-b' }
    expect(mergeDrafts(typing, idle, synced).letter?.text).toBe('新的文本')
    expect(mergeDrafts(idle, typing, synced).letter?.text).toBe('新的文本')
  })
})

describe('a draft stored in the old format (whole copies)', () => {
  it('migrates: new items added, items a colleague added kept and named, a changed one a conflict', () => {
    const copy = structuredClone(km(published).updates!) as {
      documentId: string
      updates: JsonObject[]
    }
    copy.updates.push(update('km-153005-u-old', '旧草稿新增'))
    const old = {
      format: 'commitment-tracker-draft' as const,
      version: 1 as const,
      savedAt: T0.toISOString(),
      datasets: { [ID]: { updates: copy } },
      newEntries: [],
    }
    // Since the old draft was made, a colleague added one update and changed another.
    let server = applyDraft(
      published,
      upsertItem(
        published,
        officialA(),
        ID,
        'updates',
        update('km-153005-u-colleague', '同事'),
        T1,
      ),
    )
    server = applyDraft(
      server,
      upsertItem(
        server,
        officialA('a2'),
        ID,
        'updates',
        { ...firstUpdate, summary: '同事改的' },
        T1,
      ),
    )
    const draft = migrateDraftV1(old, 'tab-a')
    expect(draftSchema.parse(JSON.parse(JSON.stringify(draft)))).toEqual(draft)
    const replay = replayDraft(server, draft)
    const ids = updates(replay.snapshot).map((u) => u.id)
    expect(ids).toContain('km-153005-u-old')
    expect(ids).toContain('km-153005-u-colleague')
    expect(replay.migrationGaps).toEqual([
      { datasetId: ID, file: 'updates', ids: ['km-153005-u-colleague'] },
    ])
    expect(replay.conflicts).toEqual([
      expect.objectContaining({ itemId: firstUpdate.id, path: ['summary'], theirs: '同事改的' }),
    ])
  })
})
