/**
 * Messages of a change log's lines, one wording wherever a change is told (the bulletin, its
 * CSV/JSON, a commitment's history): see lib/format/describe-change-log.ts.
 */
export const changeLog = {
  'changeLog.recordedBy': '记录人 {name}',
  'changeLog.reason': '理由:{reason}',
  'changeLog.updates.added': '新增一条进展证据',
  'changeLog.updates.changed': '修改了一条进展证据',
  'changeLog.updates.removed': '删除了一条进展证据',
  'changeLog.funding.added': '新增一条相关资金',
  'changeLog.funding.changed': '修改了一条相关资金',
  'changeLog.funding.removed': '删除了一条相关资金',
  // No "这项" or "一项": the same words read on the commitment's own page and in the bulletin.
  'changeLog.commitments.added': '录入承诺',
  'changeLog.commitments.changed': '修改了承诺的内容',
  'changeLog.commitments.removed': '删除了承诺',
  'changeLog.document.added': '录入答复函的信息',
  'changeLog.document.changed': '修改了答复函的信息',
  'changeLog.document.removed': '删除了答复函的信息',
  // Statuses in quotes, as elsewhere in a sentence (status.differs): "由推进中改为" would blur.
  'changeLog.verdictSet': '核定为“{to}”',
  'changeLog.verdictMoved': '评定由“{from}”改为“{to}”',
  'changeLog.verdictWithdrawn': '撤销了评定“{from}”',
  'changeLog.verdictWithdrawnUnknown': '撤销了评定',
} as const
