import { common } from './en/common'
import { status } from './en/status'
import { assessment } from './en/assessment'
import { evidence } from './en/evidence'
import { commitments } from './en/commitments'
import { detail } from './en/detail'
import { source } from './en/source'
import { funding } from './en/funding'
import { overview } from './en/overview'
import { documents } from './en/documents'
import { embed } from './en/embed'
import { faults } from './en/faults'
import { desk } from './en/desk'
import { deskMerge } from './en/desk-merge'
import { deskChangeLog } from './en/desk-change-log'
import { timeline } from './en/timeline'
import { bulletin } from './en/bulletin'
import type { MessageKey } from './zh-cn'

/** English messages. Typed against the Chinese keys, so a missing translation fails the build. */
export const en: Record<MessageKey, string> = {
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
