import { emptyDraft, type Draft } from '../../src/domain/draft/draft-schema'
import { setFile } from '../../src/domain/draft/draft-edits'
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

const edited = (draft: Draft) => setFile(draft, 'km-153005', { sourceText: '改过的文本' }, NOW)

/** A store with a manual clock: saves run only when the test says time has passed. */
function manualStore(storage: Storage | null) {
  let pending: (() => void) | null = null
  const store = createDraftStore(storage, {
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
    expect(store.getSnapshot().draft).toEqual(emptyDraft(NOW))
    store.update(edited)
    store.update(edited)
    expect(store.getSnapshot()).toMatchObject({ pending: true })
    expect(storage.getItem(DRAFT_STORAGE_KEY)).toBeNull()
    tick()
    expect(storage.writes).toBe(1)
    expect(store.getSnapshot()).toMatchObject({ pending: false, saveError: null })
    expect(JSON.parse(storage.getItem(DRAFT_STORAGE_KEY)!).datasets['km-153005'].sourceText).toBe(
      '改过的文本',
    )
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
    expect(second.getSnapshot().draft.datasets['km-153005']?.sourceText).toBe('改过的文本')
  })

  it('saves on pagehide and when the page is hidden', () => {
    const storage = new MemoryStorage()
    const { store } = manualStore(storage)
    const stop = flushOnLeave(store)
    store.update(edited)
    window.dispatchEvent(new Event('pagehide'))
    expect(storage.writes).toBe(1)
    store.update((draft) => setFile(draft, 'km-153005', { sourceText: '再改' }, NOW))
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
      JSON.stringify({ ...emptyDraft(NOW), version: 2 }),
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
    expect(store.getSnapshot().draft).toEqual(emptyDraft(NOW))
    expect(storage.getItem(DRAFT_STORAGE_KEY)).toBeNull()
  })

  it('reports a full quota and keeps the draft in memory, saving once space is back', () => {
    const storage = new MemoryStorage()
    storage.failWith = new DOMException('full', 'QuotaExceededError')
    const { store } = manualStore(storage)
    store.update(edited)
    store.flush()
    expect(store.getSnapshot()).toMatchObject({ saveError: 'quota', pending: true })
    expect(store.getSnapshot().draft.datasets['km-153005']).toBeDefined()
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
})
