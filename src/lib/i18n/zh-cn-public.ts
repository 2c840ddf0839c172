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
import { timeline } from './zh-cn/timeline'
import { bulletin } from './zh-cn/bulletin'
import { changeLog } from './zh-cn/change-log'

/**
 * The Chinese messages of the public dashboard: what every reader downloads, loaded on demand by
 * catalog-registry.ts (its own chunk). The desk's areas are in desk-catalogs.ts; zh-cn.ts joins
 * both into the reference set. A new area for readers goes here (and into en-public.ts).
 */
export const zhCNPublic = {
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
  ...timeline,
  ...bulletin,
  ...changeLog,
}

export type PublicMessageKey = keyof typeof zhCNPublic
