import type { Language } from '../../domain/language'
import { en } from './en'
import { formatMessage } from './message-format'
import { zhCN, type MessageKey } from './zh-cn'

export type { MessageKey }
export type MessageParams = Record<string, string | number>
export type Translate = (key: MessageKey, params?: MessageParams) => string

const catalogs: Record<Language, Record<MessageKey, string>> = { 'zh-CN': zhCN, en }

/**
 * Fills `{name}` placeholders and picks plural forms (`{count, plural, one {…} other {…}}`, see
 * message-format.ts) by the language's plural rules. Values are plain text: React escapes them.
 */
export function translate(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogs[lang][key] ?? zhCN[key] ?? key
  return formatMessage(template, params, lang)
}

export function allMessageKeys(): MessageKey[] {
  return Object.keys(zhCN) as MessageKey[]
}

export function catalogFor(lang: Language): Record<MessageKey, string> {
  return catalogs[lang]
}
