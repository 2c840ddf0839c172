/** The UI languages. Chinese first: it is the language of the sources and of most readers. */
export const LANGUAGES = ['zh-CN', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'zh-CN'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** Picks the English variant of a data text when the UI is English and the data has one. */
export function localized(lang: Language, zh: string, en: string | undefined): string {
  return lang === 'en' && en ? en : zh
}
