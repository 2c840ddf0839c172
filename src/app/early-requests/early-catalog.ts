/*
 * The messages of the language the page will open in, asked for by the early script (as a module
 * preload, which the app's own import() of the same file then finds done). Before, they were
 * asked for only once the app's code had run: on a slow phone the first screen waited for them.
 *
 * The build names the catalogue files in a meta tag (see vite.config.ts). The choice is the app's
 * first one (src/lib/i18n/language-preference.ts: `?lang=`, then the saved choice, then Chinese),
 * spelled here because this chunk imports nothing; early-requests.test.ts proves they agree.
 */
export const CATALOGS_META = 'commitment-tracker:catalogs'
export const EARLY_LANGUAGE_KEY = 'commitment-tracker:lang'
const EARLY_LANGUAGES = ['zh-CN', 'en'] as const
type EarlyLanguage = (typeof EARLY_LANGUAGES)[number]

const isEarlyLanguage = (value: unknown): value is EarlyLanguage =>
  typeof value === 'string' && (EARLY_LANGUAGES as readonly string[]).includes(value)

export function earlyLanguage(
  location: Pick<Location, 'search' | 'hash'>,
  savedChoice: () => string | null,
): EarlyLanguage {
  for (const query of [location.search, location.hash.split('?')[1] ?? '']) {
    const lang = new URLSearchParams(query).get('lang')
    if (isEarlyLanguage(lang)) return lang
  }
  try {
    const saved = savedChoice()
    if (isEarlyLanguage(saved)) return saved
  } catch {
    // Storage blocked by policy: the default, as the app does.
  }
  return 'zh-CN'
}

/** Adds a module preload of the language's catalogue; nothing when the build named none. */
export function preloadCatalog(doc: Document, lang: EarlyLanguage): void {
  const named = doc.querySelector(`meta[name="${CATALOGS_META}"]`)?.getAttribute('content')
  let files: unknown
  try {
    files = named ? JSON.parse(named) : null
  } catch {
    return
  }
  const file =
    typeof files === 'object' && files !== null ? (files as Record<string, unknown>)[lang] : null
  if (typeof file !== 'string') return
  const link = doc.createElement('link')
  link.rel = 'modulepreload'
  link.crossOrigin = ''
  link.href = file
  doc.head.append(link)
}
