import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../domain/language'

const STORAGE_KEY = 'commitment-tracker:lang'

/** `?lang=` (before or inside the hash) wins, then the saved choice, then Chinese. */
export function initialLanguage(
  location: Pick<Location, 'search' | 'hash'> = window.location,
): Language {
  const fromUrl = langFromQuery(location.search) ?? langFromQuery(location.hash.split('?')[1] ?? '')
  if (fromUrl) return fromUrl
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY)
    if (isLanguage(saved)) return saved
  } catch {
    // Storage can be blocked by policy on intranet machines; the default is fine then.
  }
  return DEFAULT_LANGUAGE
}

export function saveLanguage(lang: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang)
  } catch {
    // Not persisting is acceptable; the choice still holds for this page view.
  }
}

function langFromQuery(query: string): Language | undefined {
  const value = new URLSearchParams(query).get('lang')
  return isLanguage(value) ? value : undefined
}
