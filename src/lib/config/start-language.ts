import { isLanguage, type Language } from '../../domain/language'
import { initialLanguage } from '../i18n/language-preference'

/** The key language-preference.ts saves the reader's choice under (kept in step by a unit test). */
const SAVED_LANGUAGE_KEY = 'commitment-tracker:lang'

/**
 * The language the app opens in: the reader's own choice (`?lang=`, or the one saved last time)
 * wins; otherwise the configured default, rather than the built-in Chinese.
 */
export function startLanguage(
  configured: Language,
  location: Pick<Location, 'search' | 'hash'> = window.location,
): Language {
  return hasOwnChoice(location) ? initialLanguage(location) : configured
}

function hasOwnChoice(location: Pick<Location, 'search' | 'hash'>): boolean {
  const inUrl = [location.search, location.hash.split('?')[1] ?? ''].some((query) =>
    isLanguage(new URLSearchParams(query).get('lang')),
  )
  if (inUrl) return true
  try {
    return isLanguage(window.localStorage.getItem(SAVED_LANGUAGE_KEY))
  } catch {
    return false
  }
}
