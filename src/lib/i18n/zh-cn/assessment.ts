/**
 * The words of the one assessment (readings, evidence labels, caveats, freshness, quote checks),
 * shared by every surface so a commitment reads the same on each (Chinese, the reference set).
 */
export const assessment = {
  'reason.no-comparable-evidence':
    '暂无同口径数值;有 {count} 条相关或背景证据(最近 {last}),不计入进度',
  'reason.no-comparable-evidence-overdue':
    '期限 {due} 已过 {days} 天,暂无同口径数值;有 {count} 条相关或背景证据,不计入进度',
  'reason.evidence-unavailable': '进展证据文件无法加载,暂不能评定',
  'reason.readings-differ':
    '最新数值按两种读法为 {value} 或 {valueAlt}:一种达到目标 {target},一种未达到;原文未说明基数是否计入目标,无法评定',
  'reason.target-met.two': '最新数值按两种读法为 {value} 或 {valueAlt},都达到目标 {target}({last})',
  'reason.below-overdue.two':
    '期限 {due} 已过,最新数值按两种读法为 {value} 或 {valueAlt},目标 {target}',
  'reason.below-open.two': '最新数值按两种读法为 {value} 或 {valueAlt},目标 {target}({last})',

  'assessment.label': '类型',
  'assessment.progress': '进度',
  'assessment.progress.none': '暂无同口径数值,不计算进度',
  'assessment.progress.one': '{value} / 目标 {target} · 完成目标的 {percent}',
  'assessment.progress.two': '两种读法:{first};{second}',
  'assessment.progress.twoWhy':
    '原文未说明基数({baseline})是否计入目标,因此两种读法都列出,不给出单一百分比。',
  'assessment.reading.as-reported': '{value}',
  'assessment.reading.excluding-baseline': '不计入基数 {baseline}:{value}',
  'assessment.reading.including-baseline': '计入基数 {baseline}:{value}',
  'assessment.reading.ofTarget': '{value} / {target}',
  'assessment.derived': '推算值,原文未写明:{left}加{right}',
  'assessment.derived.minus': '推算值,原文未写明:{left}减{right}',

  'assessment.evidence.latest': '最新进展证据',
  'assessment.evidence.unavailable': '进展证据文件无法加载,不知道有没有证据',
  'assessment.evidence.none': '暂无公开进展证据',
  'assessment.evidence.label': '证据口径',
  'assessment.evidence.caveat': '注意:',
  'assessment.evidence.caveatGeneric.related-metric':
    '这条证据的统计口径与承诺不同,只作参考,不计入进度。',
  'assessment.evidence.caveatGeneric.context': '这是背景信息,不能直接看作这项承诺的结果。',
  'assessment.evidence.published': '发布于 {date}',
  'assessment.evidence.source': '来源:{source}',

  'assessment.freshness.evidence': '最近一条证据发布于 {date},距查看日期 {days} 天',
  'assessment.freshness.letter': '自答复函({date})以来 {days} 天,没有公开证据',
  'assessment.freshness.quiet': '已超过一年没有新消息',
  'assessment.openDays': '未写明期限 · 自答复函起已 {days} 天',

  'assessment.quote.letter': '答复函原文',
  'assessment.quote.notFound': '未能在答复函全文中找到这段原文,请核对数据',
  'assessment.quote.unchecked': '尚未与答复函全文核对',

  'assessment.dates.asOf': '查看日期 {date}',
  'assessment.dates.newestEvidence': '最新证据发布于 {date}',
  'assessment.dates.noEvidence': '截至查看日期尚无公开证据',
} as const
