/** Messages of the all-documents view (Chinese, the reference set). */
export const documents = {
  'documents.title': '全部答复函',
  'documents.summary': '共 {count} 份文件,{commitments} 项已提取的承诺与成果。',
  'documents.groupBy': '分组方式',
  'documents.group.deputy': '按代表',
  'documents.group.respondent': '按答复单位',
  'documents.empty': '在所选日期还没有任何答复函。',
  'documents.commitments': '{count} 项承诺与成果',
  'documents.statusCounts': '状态分布',
  'documents.readLetter': '阅读原文并查看标注',
  'documents.openList': '查看该文件的承诺清单',
  'documents.openOverview': '只看该文件的总览',
} as const
