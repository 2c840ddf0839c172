import type { changeLog as zh } from '../zh-cn/change-log'

export const changeLog: Record<keyof typeof zh, string> = {
  'changeLog.recordedBy': 'recorded by {name}',
  'changeLog.reason': 'reason: {reason}',
  'changeLog.updates.added': 'evidence added',
  'changeLog.updates.changed': 'evidence changed',
  'changeLog.updates.removed': 'evidence removed',
  'changeLog.funding.added': 'funding line added',
  'changeLog.funding.changed': 'funding line changed',
  'changeLog.funding.removed': 'funding line removed',
  'changeLog.commitments.added': 'commitment recorded',
  'changeLog.commitments.changed': 'commitment details changed',
  'changeLog.commitments.removed': 'commitment removed',
  'changeLog.document.added': 'letter details recorded',
  'changeLog.document.changed': 'letter details changed',
  'changeLog.document.removed': 'letter details removed',
  // Quoted: a capitalised status mid-sentence ("rated Partly kept") reads as a typo.
  'changeLog.verdictSet': 'rated “{to}”',
  'changeLog.verdictMoved': 'rating changed from “{from}” to “{to}”',
  'changeLog.verdictWithdrawn': 'rating “{from}” withdrawn',
  'changeLog.verdictWithdrawnUnknown': 'rating withdrawn',
}
