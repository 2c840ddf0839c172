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
import { timeline } from './en/timeline'
import { bulletin } from './en/bulletin'
import { changeLog } from './en/change-log'
import type { PublicMessageKey } from './zh-cn-public'

/** The English messages of the public dashboard, typed against the Chinese ones (zh-cn-public.ts). */
export const enPublic: Record<PublicMessageKey, string> = {
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
