/** Messages of the all-documents view (Chinese, the reference set). */
export const documents = {
  'documents.title': '全部答复函',
  'documents.summary': '共 {count} 份文件,{commitments} 项已提取的承诺与成果。',
  'documents.groupBy': '分组方式',
  'documents.group.deputy': '按代表',
  'documents.group.respondent': '按答复单位',
  'documents.empty': '在所选日期还没有任何答复函。',
  'documents.commitments': '{count} 项承诺与成果',
  'documents.results': '其中 {count} 项是答复函报告的已完成成果,不评定兑现状态',
  'documents.unrated': '另有 {count} 项是测算、所需资金或未予采纳的请求,不是承诺,不评定兑现状态',
  'documents.statusCounts': '状态分布(不含已报告的成果)',
  'documents.readLetter': '阅读原文并查看标注',
  'documents.openList': '查看该文件的承诺清单',
  'documents.openOverview': '只看该文件的总览',
} as const
