import type { Language } from '../../domain/language'
import {
  loadDeskMessages,
  messageFor,
  registeredKeys,
  registeredMessages,
} from './catalog-registry'
import { formatMessage } from './message-format'
import type { MessageKey } from './zh-cn'

export type { MessageKey }
export type MessageParams = Record<string, string | number>
export type Translate = (key: MessageKey, params?: MessageParams) => string

/**
 * Fills `{name}` placeholders and picks plural forms (`{count, plural, one {…} other {…}}`, see
 * message-format.ts) by the language's plural rules. Values are plain text: React escapes them.
 *
 * The messages come from catalog-registry.ts: the language must be loaded (`loadLanguage`). A
 * key missing in it falls back to Chinese (when loaded), then to the key itself.
 */
export function translate(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = messageFor(lang, key) ?? messageFor('zh-CN', key)
  if (template === undefined) {
    // Every key has a Chinese message, so this one is the desk's, asked for before the desk's
    // code came (the draft preview reached by a link): fetch them; the I18nProvider renders
    // again when they are in.
    loadDeskMessages().catch(() => undefined)
  }
  return formatMessage(template ?? key, params, lang)
}

/**
 * Every key, and a language's messages, as registered. Tests and node tools have them all (the
 * test setup loads every catalogue; node gets the full ones, catalog-registry.ts); in the browser
 * they hold what has been loaded so far.
 */
export function allMessageKeys(): MessageKey[] {
  return registeredKeys('zh-CN')
}

export function catalogFor(lang: Language): Record<MessageKey, string> {
  return registeredMessages(lang) as Record<MessageKey, string>
}
