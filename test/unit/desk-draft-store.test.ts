import { emptyDraft, type Draft } from '../../src/domain/draft/draft-schema'
import { setLetterWork, upsertItem } from '../../src/domain/draft/draft-edits'
import { replayDraft } from '../../src/domain/draft/replay-draft'
import { itemsOf } from '../../src/domain/draft/snapshot'
import { shippedSnapshot } from '../support/desk-snapshot'
import {
  createDraftStore,
  DRAFT_STORAGE_KEY,
  flushOnLeave,
  SAVE_DELAY_MS,
} from '../../src/lib/draft/draft-store'

const NOW = new Date('2026-11-30T08:00:00Z')

/** A Storage whose setItem can be made to fail like a full browser quota. */
class MemoryStorage implements Storage {
  private map = new Map<string, string>()
  failWith: DOMException | null = null
  writes = 0
  get length() {
    return this.map.size
  }
  clear() {
    this.map.clear()
  }
  getItem(key: string) {
    return this.map.get(key) ?? null
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null
  }
  removeItem(key: string) {
    this.map.delete(key)
  }
  setItem(key: string, value: string) {
    if (this.failWith) throw this.failWith
    this.writes += 1
    this.map.set(key, value)
  }
}

const typed = (text: string) => (draft: Draft) => setLetterWork(draft, { text, fields: {} }, NOW)
const edited = typed('改过的文本')

/** A store with a manual clock: saves run only when the test says time has passed. */
function manualStore(storage: Storage | null, session = 'tab-a') {
  let pending: (() => void) | null = null
  const store = createDraftStore(storage, {
    session,
    now: () => NOW,
    schedule: (run) => {
      pending = run
      return 1
    },
    cancel: () => {
      pending = null
    },
  })
  return { store, tick: () => pending?.() }
}

describe('draft store', () => {
  it('starts empty, keeps edits in memory at once and writes them after the quiet spell', () => {
    const storage = new MemoryStorage()
    const { store, tick } = manualStore(storage)
    expect(store.getSnapshot().draft).toEqual(emptyDraft(NOW, 'tab-a'))
    store.update(edited)
    store.update(edited)
    expect(store.getSnapshot()).toMatchObject({ pending: true })
    expect(storage.getItem(DRAFT_STORAGE_KEY)).toBeNull()
    tick()
    expect(storage.writes).toBe(1)
    expect(store.getSnapshot()).toMatchObject({ pending: false, saveError: null })
    expect(JSON.parse(storage.getItem(DRAFT_STORAGE_KEY)!).letter.text).toBe('改过的文本')
  })

  it('uses a real timer of at most 300 ms by default', async () => {
    vi.useFakeTimers()
    try {
      const storage = new MemoryStorage()
      const store = createDraftStore(storage)
      store.update(edited)
      vi.advanceTimersByTime(SAVE_DELAY_MS)
      expect(SAVE_DELAY_MS).toBeLessThanOrEqual(300)
      expect(storage.getItem(DRAFT_STORAGE_KEY)).not.toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })

  it('reloads what was saved (a new page)', () => {
    const storage = new MemoryStorage()
    const first = manualStore(storage)
    first.store.update(edited)
    first.store.flush()
    const second = createDraftStore(storage)
    expect(second.getSnapshot().draft.letter?.text).toBe('改过的文本')
  })

  it('saves on pagehide and when the page is hidden', () => {
    const storage = new MemoryStorage()
    const { store } = manualStore(storage)
    const stop = flushOnLeave(store)
    store.update(edited)
    window.dispatchEvent(new Event('pagehide'))
    expect(storage.writes).toBe(1)
    store.update(typed('再改'))
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true })
    document.dispatchEvent(new Event('visibilitychange'))
    expect(storage.writes).toBe(2)
    stop()
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true })
  })

  it.each([
    ['not JSON', '{"format": "commitment-tracker-draft", ', 'not-json'],
    ['someone else’s JSON', '{"hello": "world"}', 'not-a-draft'],
    [
      'a draft of a newer version',
      JSON.stringify({ ...emptyDraft(NOW), version: 3 }),
      'not-a-draft',
    ],
  ])('a corrupt stored draft (%s) is reported and kept, never overwritten', (_, raw, kind) => {
    const storage = new MemoryStorage()
    storage.setItem(DRAFT_STORAGE_KEY, raw)
    const { store, tick } = manualStore(storage)
    expect(store.getSnapshot().corrupt).toEqual({ raw, problem: expect.objectContaining({ kind }) })
    store.update(edited)
    tick()
    store.flush()
    expect(storage.getItem(DRAFT_STORAGE_KEY)).toBe(raw)
    store.discard()
    expect(store.getSnapshot().corrupt).toBeNull()
    expect(storage.getItem(DRAFT_STORAGE_KEY)).toBeNull()
  })

  it('exports a file that imports back to the same draft', () => {
    const { store } = manualStore(new MemoryStorage())
    store.update(edited)
    const text = store.exportText()
    const other = manualStore(new MemoryStorage()).store
    expect(other.importText(text)).toEqual({ ok: true })
    expect(other.getSnapshot().draft).toEqual(store.getSnapshot().draft)
  })

  it('refuses an import that is not a draft and keeps the current draft', () => {
    const { store } = manualStore(new MemoryStorage())
    store.update(edited)
    const before = store.getSnapshot().draft
    const result = store.importText('{"datasets": []}')
    expect(result).toMatchObject({ ok: false, problem: { kind: 'not-a-draft' } })
    expect(store.importText('not json')).toMatchObject({ ok: false, problem: { kind: 'not-json' } })
    expect(store.getSnapshot().draft).toBe(before)
  })

  it('discard empties memory and storage', () => {
    const storage = new MemoryStorage()
    const { store } = manualStore(storage)
    store.update(edited)
    store.flush()
    store.discard()
    expect(store.getSnapshot().draft).toEqual(emptyDraft(NOW, 'tab-a'))
    expect(storage.getItem(DRAFT_STORAGE_KEY)).toBeNull()
  })

  it('reports a full quota and keeps the draft in memory, saving once space is back', () => {
    const storage = new MemoryStorage()
    storage.failWith = new DOMException('full', 'QuotaExceededError')
    const { store } = manualStore(storage)
    store.update(edited)
    store.flush()
    expect(store.getSnapshot()).toMatchObject({ saveError: 'quota', pending: true })
    expect(store.getSnapshot().draft.letter?.text).toBe('改过的文本')
    storage.failWith = null
    store.flush()
    expect(store.getSnapshot()).toMatchObject({ saveError: null, pending: false })
  })

  it('without storage (switched off) it works in memory and says so', () => {
    const { store } = manualStore(null)
    store.update(edited)
    store.flush()
    expect(store.getSnapshot().saveError).toBe('unavailable')
  })

  it('notifies subscribers on every change', () => {
    const { store } = manualStore(new MemoryStorage())
    const listener = vi.fn()
    const stop = store.subscribe(listener)
    store.update(edited)
    store.discard()
    stop()
    store.update(edited)
    expect(listener).toHaveBeenCalledTimes(2)
  })

  describe('two tabs of one browser', () => {
    const published = shippedSnapshot()
    const addUpdate = (id: string) => (draft: Draft) =>
      upsertItem(
        published,
        draft,
        'km-153005',
        'updates',
        {
          id,
          commitmentId: 'km-153005-c-gap-5334',
          asOf: '2023-09-30',
          comparability: 'same-metric',
          summary: id,
          source: { title: '示例', date: '2023-10-08' },
        },
        NOW,
      )
    const updateIds = (draft: Draft) =>
      itemsOf(replayDraft(published, draft).snapshot.datasets[0]!.updates, 'updates').map(
        (item) => item.id,
      )

    it('both tabs’ unsaved edits are kept, whichever saves last', () => {
      const storage = new MemoryStorage()
      const tabA = manualStore(storage, 'tab-a')
      const tabB = manualStore(storage, 'tab-b')
      tabA.store.update(addUpdate('u-from-a'))
      tabB.store.update(addUpdate('u-from-b'))
      tabB.store.flush()
      tabA.store.flush()
      const stored = JSON.parse(storage.getItem(DRAFT_STORAGE_KEY)!) as Draft
      expect(updateIds(stored)).toEqual(expect.arrayContaining(['u-from-a', 'u-from-b']))
      expect(updateIds(tabA.store.getSnapshot().draft)).toEqual(
        expect.arrayContaining(['u-from-a', 'u-from-b']),
      )
      // The other tab hears of the save (a storage event) and shows both too.
      tabB.store.reload()
      expect(updateIds(tabB.store.getSnapshot().draft)).toEqual(
        expect.arrayContaining(['u-from-a', 'u-from-b']),
      )
    })

    it('a tab with unsaved edits joins another tab’s save instead of ignoring it', () => {
      const storage = new MemoryStorage()
      const tabA = manualStore(storage, 'tab-a')
      const tabB = manualStore(storage, 'tab-b')
      tabB.store.update(addUpdate('u-from-b'))
      tabB.store.flush()
      tabA.store.update(addUpdate('u-from-a'))
      tabA.store.reload()
      expect(updateIds(tabA.store.getSnapshot().draft)).toEqual(
        expect.arrayContaining(['u-from-a', 'u-from-b']),
      )
      expect(tabA.store.getSnapshot().pending).toBe(true)
    })

    it('a draft stored in the old format (whole copies) is read as edits', () => {
      const storage = new MemoryStorage()
      const copy = structuredClone(published.datasets[0]!.updates!) as {
        documentId: string
        updates: Array<Record<string, unknown>>
      }
      copy.updates.push({
        id: 'u-old-format',
        commitmentId: 'km-153005-c-gap-5334',
        asOf: '2023-09-30',
        comparability: 'same-metric',
        summary: '旧格式草稿里的进展',
        source: { title: '示例', date: '2023-10-08' },
      })
      storage.setItem(
        DRAFT_STORAGE_KEY,
        JSON.stringify({
          format: 'commitment-tracker-draft',
          version: 1,
          savedAt: NOW.toISOString(),
          datasets: { 'km-153005': { updates: copy } },
          newEntries: [],
          letter: { text: '未写完的答复函', fields: {} },
        }),
      )
      const { store } = manualStore(storage)
      const { draft, corrupt } = store.getSnapshot()
      expect(corrupt).toBeNull()
      expect(draft).toMatchObject({ version: 2, migration: { from: 1 } })
      expect(draft.letter?.text).toBe('未写完的答复函')
      expect(updateIds(draft)).toContain('u-old-format')
      expect(replayDraft(published, draft).conflicts).toEqual([])
    })
  })
})
