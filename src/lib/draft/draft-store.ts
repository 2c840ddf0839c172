import { draftSchema, draftV1Schema, emptyDraft, type Draft } from '../../domain/draft/draft-schema'
import { formatDataJson } from '../../domain/draft/format-json'
import { mergeDrafts } from '../../domain/draft/merge-drafts'
import { migrateDraftV1 } from '../../domain/draft/migrate-draft'

/**
 * One draft per browser profile and site. The key predates draft version 2 and is kept, so a
 * draft stored in the old format is found and migrated (the version is inside the draft).
 */
export const DRAFT_STORAGE_KEY = 'commitment-tracker:draft:v1'
export const SAVE_DELAY_MS = 300

/** Why the stored (or imported) text is not a draft. */
export type DraftProblem =
  | { kind: 'not-json'; detail: string }
  | { kind: 'not-a-draft'; path: string; detail: string }
  | { kind: 'too-large'; bytes: number }

export type SaveError = 'quota' | 'unavailable'

export interface DraftState {
  draft: Draft
  /**
   * The stored text could not be read as a draft: it is kept untouched (not overwritten) until
   * the official exports or discards it.
   */
  corrupt: { raw: string; problem: DraftProblem } | null
  /** The last save failed; the draft is only in memory until it succeeds. */
  saveError: SaveError | null
  /** A change not written to storage yet. */
  pending: boolean
}

export interface DraftStore {
  getSnapshot: () => DraftState
  subscribe: (listener: () => void) => () => void
  /** Applies an edit; saved within SAVE_DELAY_MS, or at once on flush(). */
  update: (edit: (draft: Draft) => Draft) => void
  flush: () => void
  /** The draft as a file's text (pretty JSON), for "export draft". */
  exportText: () => string
  importText: (text: string) => { ok: true } | { ok: false; problem: DraftProblem }
  /** Empties the draft (and a corrupt stored text) for good. */
  discard: () => void
  /** Reads storage again (another tab saved). */
  reload: () => void
}

/** Imported files larger than this are refused before parsing: a draft is a few hundred kB. */
export const MAX_DRAFT_BYTES = 20_000_000

/**
 * Reads a stored or exported draft; a version-1 draft (whole copies of files) comes back migrated
 * to edits. `session` names the tab that will go on editing it.
 */
export function parseDraftText(
  text: string,
  session = 'local',
): { ok: true; draft: Draft; migrated?: true } | { ok: false; problem: DraftProblem } {
  if (text.length > MAX_DRAFT_BYTES)
    return { ok: false, problem: { kind: 'too-large', bytes: text.length } }
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return {
      ok: false,
      problem: {
        kind: 'not-json',
        detail: String(error instanceof Error ? error.message : error).slice(0, 200),
      },
    }
  }
  if ((value as { version?: unknown } | null)?.version === 1) {
    const old = draftV1Schema.safeParse(value)
    if (old.success) return { ok: true, draft: migrateDraftV1(old.data, session), migrated: true }
  }
  const result = draftSchema.safeParse(value)
  if (result.success) return { ok: true, draft: { ...result.data, session } }
  const issue = result.error.issues[0]!
  return {
    ok: false,
    problem: {
      kind: 'not-a-draft',
      path: formatPath(issue.path),
      detail: issue.message.slice(0, 200),
    },
  }
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join('.')
}

interface Options {
  /** This tab's name for its edits (a random one by default). */
  session?: string
  delayMs?: number
  now?: () => Date
  schedule?: (run: () => void, ms: number) => unknown
  cancel?: (handle: unknown) => void
}

/**
 * The draft in localStorage. Every edit updates memory at once (the UI reads it through
 * useSyncExternalStore) and is written after a short quiet spell, so typing does not serialise
 * the whole draft on every key; `flush` writes at once (pagehide, visibilitychange).
 */
export function createDraftStore(storage: Storage | null, options: Options = {}): DraftStore {
  const delayMs = options.delayMs ?? SAVE_DELAY_MS
  const now = options.now ?? (() => new Date())
  const schedule = options.schedule ?? ((run, ms) => setTimeout(run, ms))
  const cancel =
    options.cancel ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>))
  const session = options.session ?? randomSession()
  const listeners = new Set<() => void>()
  let timer: unknown = null
  /** The draft as this tab last read or wrote it: what another tab's save is compared with. */
  let synced: Draft = emptyDraft(now(), session)
  let syncedRaw: string | null = null
  let state = read()

  function read(): DraftState {
    let raw: string | null = null
    try {
      raw = storage?.getItem(DRAFT_STORAGE_KEY) ?? null
    } catch {
      return {
        draft: emptyDraft(now(), session),
        corrupt: null,
        saveError: 'unavailable',
        pending: false,
      }
    }
    if (raw === null) {
      remember(emptyDraft(now(), session), null)
      return {
        draft: synced,
        corrupt: null,
        saveError: storage ? null : 'unavailable',
        pending: false,
      }
    }
    const parsed = parseDraftText(raw, session)
    if (parsed.ok) remember(parsed.draft, raw)
    return parsed.ok
      ? { draft: parsed.draft, corrupt: null, saveError: null, pending: false }
      : {
          draft: emptyDraft(now(), session),
          corrupt: { raw, problem: parsed.problem },
          saveError: null,
          pending: false,
        }
  }

  function set(next: DraftState): void {
    state = next
    listeners.forEach((listener) => listener())
  }

  function write(): void {
    if (timer !== null) cancel(timer)
    timer = null
    if (!state.pending || state.corrupt) return
    try {
      if (!storage) throw new Error('no storage')
      // Another tab may have saved since this one read the draft: its work is joined, not lost.
      const draft = withStored(state.draft)
      const raw = JSON.stringify(draft)
      storage.setItem(DRAFT_STORAGE_KEY, raw)
      remember(draft, raw)
      set({ ...state, draft, pending: false, saveError: null })
    } catch (error) {
      set({ ...state, saveError: isQuotaError(error) ? 'quota' : 'unavailable' })
    }
  }

  function remember(draft: Draft, raw: string | null): void {
    synced = draft
    syncedRaw = raw
  }

  /** The stored draft, when another tab saved one since this tab last read or wrote it. */
  function readStored(): Draft | undefined {
    const raw = storage?.getItem(DRAFT_STORAGE_KEY) ?? null
    if (raw === null || raw === syncedRaw) return undefined
    const stored = parseDraftText(raw, session)
    return stored.ok ? stored.draft : undefined
  }

  /** This tab's draft joined with another tab's save, if there was one. */
  function withStored(draft: Draft): Draft {
    const stored = readStored()
    return stored ? mergeDrafts(stored, draft, synced) : draft
  }

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    update(edit) {
      // A corrupt stored draft is never overwritten by accident: it must be exported or discarded.
      if (state.corrupt) return
      set({ ...state, draft: edit(state.draft), pending: true })
      if (timer !== null) cancel(timer)
      timer = schedule(write, delayMs)
    },
    flush: write,
    exportText: () => formatDataJson(state.draft),
    importText(text) {
      const parsed = parseDraftText(text, session)
      if (!parsed.ok) return parsed
      if (timer !== null) cancel(timer)
      timer = null
      // The imported draft replaces this one, as the official chose: it is not joined.
      try {
        if (!storage) throw new Error('no storage')
        const raw = JSON.stringify(parsed.draft)
        storage.setItem(DRAFT_STORAGE_KEY, raw)
        remember(parsed.draft, raw)
        set({ draft: parsed.draft, corrupt: null, saveError: null, pending: false })
      } catch (error) {
        const saveError = isQuotaError(error) ? 'quota' : 'unavailable'
        set({ draft: parsed.draft, corrupt: null, saveError, pending: true })
      }
      return { ok: true }
    },
    discard() {
      if (timer !== null) cancel(timer)
      timer = null
      try {
        storage?.removeItem(DRAFT_STORAGE_KEY)
      } catch {
        // Nothing stored to remove: the empty draft in memory is what counts.
      }
      remember(emptyDraft(now(), session), null)
      set({ draft: synced, corrupt: null, saveError: null, pending: false })
    },
    reload() {
      if (!state.pending) return set(read())
      // Unsaved edits here and a save from another tab: join them now, save as usual.
      const stored = readStored()
      if (!stored || state.corrupt) return
      const draft = mergeDrafts(stored, state.draft, synced)
      remember(stored, storage?.getItem(DRAFT_STORAGE_KEY) ?? null)
      set({ ...state, draft })
    },
  }
}

function randomSession(): string {
  const bytes = new Uint8Array(6)
  globalThis.crypto?.getRandomValues?.(bytes)
  return `tab${[...bytes].map((byte) => byte.toString(36)).join('')}${Date.now().toString(36)}`.slice(
    0,
    40,
  )
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' ||
      error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      error.code === 22)
  )
}

/** Saves on the way out: the tab closing, or hidden on a phone (which may never come back). */
export function flushOnLeave(store: DraftStore, target: Window = window): () => void {
  const flush = () => store.flush()
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') flush()
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key === DRAFT_STORAGE_KEY) store.reload()
  }
  target.addEventListener('pagehide', flush)
  target.document.addEventListener('visibilitychange', onVisibility)
  target.addEventListener('storage', onStorage)
  return () => {
    target.removeEventListener('pagehide', flush)
    target.document.removeEventListener('visibilitychange', onVisibility)
    target.removeEventListener('storage', onStorage)
  }
}
