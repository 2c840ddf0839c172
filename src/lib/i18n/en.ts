import { enDesk } from './desk-catalogs'
import { enPublic } from './en-public'
import type { MessageKey } from './zh-cn'

/**
 * English messages. Typed against the Chinese keys, so a missing translation fails the build.
 * Like zh-cn.ts, the whole set is for tests and node tools; the app loads its parts on demand.
 */
export const en: Record<MessageKey, string> = {
  ...enPublic,
  ...enDesk,
}
