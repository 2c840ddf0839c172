import { registerMessages } from './catalog-registry'
import { enDesk, zhCNDesk } from './desk-catalogs'

/**
 * Registers the desk's messages (both languages) with the catalogue registry. The desk's page
 * imports this module statically, so its lazily loaded chunk brings the messages with it and they
 * are registered before the desk first renders.
 */
export function loadDeskMessages(): void {
  registerMessages('zh-CN', zhCNDesk)
  registerMessages('en', enDesk)
}

loadDeskMessages()
