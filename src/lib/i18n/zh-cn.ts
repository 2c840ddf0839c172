import { zhCNDesk } from './desk-catalogs'
import { zhCNPublic } from './zh-cn-public'

/**
 * Chinese (zh-CN) messages, the reference set, split by area so each feature keeps its own file
 * (the public dashboard's areas in zh-cn-public.ts, the desk's in desk-catalogs.ts). Every key
 * must exist in English too (en.ts is typed against these keys). `{name}` placeholders are filled
 * by `t(key, params)`.
 *
 * The app never imports this whole set for its values (only its `MessageKey` type): the browser
 * loads each part when it is needed, through catalog-registry.ts. Tests and node tools may.
 */
export const zhCN = {
  ...zhCNPublic,
  ...zhCNDesk,
}

export type MessageKey = keyof typeof zhCN
