import type { Language } from '../../domain/language'
import type { MessageKey } from './zh-cn'

/**
 * The messages the page has so far, per language. The first screen downloads only the language
 * it shows (each public catalogue is its own chunk, loaded by `loadLanguage`), and no desk
 * messages: desk-messages.ts registers those when the desk's code loads. `translate` reads from
 * here synchronously, so a language must be loaded before it is shown (main.tsx does it before
 * the first render, the language switch before switching).
 */
export type Messages = Partial<Record<MessageKey, string>>

const catalogs: Record<Language, Messages> = { 'zh-CN': {}, en: {} }
const loaded = new Set<Language>()
const loading = new Map<Language, Promise<void>>()
const listeners = new Set<() => void>()
let version = 0
let deskLoading: Promise<void> | null = null

const publicCatalogs: Record<Language, () => Promise<Messages>> = {
  'zh-CN': () => import('./zh-cn-public').then((module) => module.zhCNPublic),
  en: () => import('./en-public').then((module) => module.enPublic),
}

export function messageFor(lang: Language, key: MessageKey): string | undefined {
  return catalogs[lang][key]
}

/** All keys with a message in `lang` so far (every key once both catalogues are in). */
export function registeredKeys(lang: Language): MessageKey[] {
  return Object.keys(catalogs[lang]) as MessageKey[]
}

export function registeredMessages(lang: Language): Messages {
  return catalogs[lang]
}

/** Adds messages to a language (a public catalogue, or the desk's part of it). */
export function registerMessages(lang: Language, messages: Messages): void {
  Object.assign(catalogs[lang], messages)
  version += 1
  for (const listener of listeners) listener()
}

/** The language's public catalogue is in: it can be shown. */
export function isLanguageLoaded(lang: Language): boolean {
  return loaded.has(lang)
}

/**
 * Downloads the language's public catalogue once. It rejects when the chunk cannot be fetched
 * (an intranet reader offline); a later call tries again.
 */
export function loadLanguage(lang: Language): Promise<void> {
  if (loaded.has(lang)) return Promise.resolve()
  let pending = loading.get(lang)
  if (!pending) {
    pending = publicCatalogs[lang]()
      .then((messages) => {
        loaded.add(lang)
        registerMessages(lang, messages)
      })
      .finally(() => loading.delete(lang))
    loading.set(lang, pending)
  }
  return pending
}

/**
 * The desk's messages without its code: for a page that opens on the desk or its draft preview
 * (main.tsx), or a desk message asked for before the desk's code came (translate.ts).
 */
export function loadDeskMessages(): Promise<void> {
  deskLoading ??= import('./desk-catalogs').then(
    ({ zhCNDesk, enDesk }) => {
      registerMessages('zh-CN', zhCNDesk)
      registerMessages('en', enDesk)
    },
    (error: unknown) => {
      deskLoading = null
      throw error
    },
  )
  return deskLoading
}

/** For React (useSyncExternalStore): re-render when messages arrive. */
export function subscribeCatalogs(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function catalogsVersion(): number {
  return version
}

// Node (the validate CLI, node-side test helpers) has no page that loads catalogues: it gets both
// full catalogues at once. A browser build never takes this branch (Vite makes it `if (false)`).
if (
  !(import.meta.env as Partial<ImportMetaEnv> | undefined)?.PROD &&
  typeof window === 'undefined'
) {
  const [{ zhCN }, { en }] = await Promise.all([import('./zh-cn'), import('./en')])
  loaded.add('zh-CN')
  loaded.add('en')
  registerMessages('zh-CN', zhCN)
  registerMessages('en', en)
}
