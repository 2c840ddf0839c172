import { deskChangeLog as enDeskChangeLog } from './en/desk-change-log'
import { deskMerge as enDeskMerge } from './en/desk-merge'
import { desk as enDeskArea } from './en/desk'
import { deskChangeLog } from './zh-cn/desk-change-log'
import { deskMerge } from './zh-cn/desk-merge'
import { desk } from './zh-cn/desk'

/**
 * The data desk's messages, both languages: only the few who edit data need them, so they travel
 * with the desk's code (desk-messages.ts registers them when the desk's chunk loads), never with
 * the public dashboard's first screen. Every key starts with `desk.`.
 */
export const zhCNDesk = {
  ...desk,
  ...deskMerge,
  ...deskChangeLog,
}

export type DeskMessageKey = keyof typeof zhCNDesk

export const enDesk: Record<DeskMessageKey, string> = {
  ...enDeskArea,
  ...enDeskMerge,
  ...enDeskChangeLog,
}
