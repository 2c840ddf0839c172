import { common } from './zh-cn/common'
import { status } from './zh-cn/status'
import { assessment } from './zh-cn/assessment'
import { evidence } from './zh-cn/evidence'
import { commitments } from './zh-cn/commitments'
import { detail } from './zh-cn/detail'
import { source } from './zh-cn/source'
import { funding } from './zh-cn/funding'
import { overview } from './zh-cn/overview'
import { documents } from './zh-cn/documents'
import { embed } from './zh-cn/embed'
import { faults } from './zh-cn/faults'
import { desk } from './zh-cn/desk'
import { deskMerge } from './zh-cn/desk-merge'
import { deskChangeLog } from './zh-cn/desk-change-log'
import { timeline } from './zh-cn/timeline'
import { bulletin } from './zh-cn/bulletin'

/**
 * Chinese (zh-CN) messages, the reference set, split by area so each feature keeps its own file.
 * Every key must exist in English too (en.ts is typed against these keys). `{name}`
 * placeholders are filled by `t(key, params)`.
 */
export const zhCN = {
  ...common,
  ...status,
  ...assessment,
  ...evidence,
  ...commitments,
  ...detail,
  ...source,
  ...funding,
  ...overview,
  ...documents,
  ...embed,
  ...faults,
  ...desk,
  ...deskMerge,
  ...deskChangeLog,
  ...timeline,
  ...bulletin,
}

export type MessageKey = keyof typeof zhCN
