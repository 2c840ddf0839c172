/** Messages of the source-letter page (Chinese, the reference set). */
export const source = {
  'source.back': '← 返回答复函列表',
  'source.notFound.title': '找不到这份文件',
  'source.notFound.body': '数据中没有编号为 “{id}” 的答复函。它可能已被改名,或地址输入有误。',
  'source.notFound.notYet': '编号为 “{id}” 的答复函日期为 {date};所选查看日期 {asOf} 时尚未发出。',
  'source.notFound.today': '查看今天的情况',
  'source.notFound.list': '查看全部答复函',

  'source.text.title': '答复函全文',
  'source.text.loading': '正在加载答复函全文…',
  'source.text.error': '答复函全文无法加载:{message}',
  'source.text.noDocument': '这封答复函的元数据无法加载,因此无法显示全文。',
  'source.text.empty': '答复函全文是空的。',

  'source.coverage.title': '追踪覆盖情况',
  'source.coverage.paragraphs': '{paragraphs} 段中 {covered} 段含有已追踪的承诺',
  'source.coverage.characters': '已追踪的原文占全文的 {share}({covered} / {total} 字,不计空白)',
  'source.coverage.commitments': '{found} / {total} 项承诺的原文已在全文中标出',
  'source.coverage.missing': '以下 {count} 项的原文未能在全文中找到,请核对数据:',

  'source.legend.title': '图例',
  'source.legend.tracked': '已追踪的原文,点击查看这项承诺',
  'source.legend.untracked': '没有标记的文字:未追踪',
  'source.legend.overlap': '多项承诺共用的文字',
  'source.legend.target': '从承诺详情页跳转来的那一项',
  'source.legend.markers': '标记后的符号和文字表示兑现情况:',
  'source.legend.reported': '答复函报告的已完成工作:不是承诺,没有兑现状态',

  'source.mark.describe': '{title}:{status}',
  'source.mark.also': '同一段文字还属于:{titles}',
  'source.paragraph.commitments': '本段 {count} 项已追踪的内容',
} as const
