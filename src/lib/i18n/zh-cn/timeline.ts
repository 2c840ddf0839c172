/** Messages of the timeline (the timeline chart). */
export const timeline = {
  'timeline.title': '承诺时间线',
  'timeline.summary':
    '{count} 项承诺各占一行,从来函日期画到期限;未写明期限的画到查看日期,用浅色虚线框标出。行上的记号是每条公开证据的发布日期,竖线是来函日期、今天和查看日期。',
  'timeline.summaryNone': '没有可以画在时间线上的承诺。',
  'timeline.order': '排列顺序:已逾期的在前,其次按期限先后,未写明期限的在后。',
  'timeline.unrated':
    '另有 {count} 项是答复函报告的成果、测算或未予采纳的建议,不是承诺,没有期限,不在时间线上。',
  'timeline.undated':
    '{count} 项所属的来函未写明日期:横条从最早的证据画起;没有证据的只在表中列出。',
  'timeline.more': '还有 {count} 项,在承诺清单中查看全部',
  'timeline.moreNoLink': '另有 {count} 项未画出,见承诺清单。',
  'timeline.line.letter': '来函',
  'timeline.line.letters': '来函 {count} 封(日期见表)',
  'timeline.line.today': '今天',
  'timeline.line.as-of': '查看日期',
  'timeline.line.today-as-of': '今天(查看日期)',
  'timeline.col.commitment': '承诺',
  'timeline.col.status': '状态',
  'timeline.col.letter': '来函日期',
  'timeline.col.deadline': '期限',
  'timeline.col.evidence': '证据发布日期',
  'timeline.startFromEvidence': '来函未写明日期,横条从最早的证据({date})画起',
  'timeline.noBar': '来函未写明日期,也没有证据,无法画出',
  'timeline.openEnded': '未写明期限',
  'timeline.openEndedBar': '未写明期限,横条画到查看日期({date})',
  'timeline.evidenceItem': '{date}({comparability})',
  'timeline.evidenceWithCaveat': '{date}({comparability}。{caveat})',
  'timeline.legend.openEnded': '浅色虚线框:未写明期限,画到查看日期',
  'timeline.legend.overdue': '红色虚线:期限已过、尚未兑现',
  'timeline.legend.markers': '证据记号:',
  'timeline.tooltip.evidence': '{count} 条证据',
} as const
