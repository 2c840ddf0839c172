/** Messages of the overview area (Chinese, the reference set). */
export const overview = {
  'overview.moreLetters': '另有 {count} 封答复函未在此展开,已计入下面的总体情况。',
  'overview.moreLetters.link': '查看全部答复函',
  'overview.widgets.title': '总体情况',
  // Before the first letter's date nothing is known yet: zeros are not "nothing happened".
  'overview.notYetKnown':
    '查看日期 {date} 时,所载的 {count} 封答复函还没有一封发出(最早一封的日期为 {first}),因此下面没有承诺,各项统计均为零。',

  'overview.headline.summary': '{count} 项核心内容:{kinds}。',
  'overview.headline.kindCount': '{kind} {count} 项',
  'overview.headline.statuses': '需要追踪的 {count} 项中:{statuses}。',
  'overview.headline.statusCount': '{status} {count} 项',
  'overview.headline.figure.target': '目标',
  'overview.headline.figure.forecast': '预计',
  'overview.headline.figure.result': '答复函所述',
  'overview.headline.figure.estimate': '测算或所需',
  'overview.headline.baseline': '{value} · {relation}',
  'overview.headline.relation.counts': '原文说明计入目标',
  'overview.headline.relation.does-not-count': '原文说明不计入目标',
  'overview.headline.relation.not-stated': '原文未说明是否计入目标',
  'overview.headline.open': '查看详情',

  'overview.chart.twoReadings': '两条横条:原文未说明基数是否计入,两种读法各标数值,不给单一百分比。',
  'overview.chart.twoReadingsPercent': '两种读法,不给出单一百分比',
  'overview.chart.short.excluding-baseline': '不计入 {value}/{target}',
  'overview.chart.short.including-baseline': '计入 {value}/{target}',
  'overview.chart.reading.excluding-baseline': '不计入基数',
  'overview.chart.reading.including-baseline': '计入基数',

  'overview.status.title': '各项承诺的状态',
  'overview.status.summary':
    '{count} 项需要追踪的承诺按状态统计(不含答复函报告的已完成成果);点击状态可查看对应清单。',
  'overview.status.count': '{count} 项',
  // Read after the status and count, by screen readers only: what the link does.
  'overview.status.link': '(在承诺清单中查看)',
  'overview.status.results': '另有 {count} 项是答复函报告的已完成成果,不是承诺,未计入上述统计。',

  'overview.funding.title': '资金概况',
  'overview.funding.summary':
    '每个阶段列出原文所写的各笔金额,不相加:原文没有把它们相加,各笔的截至日期也不同。没有证据的阶段不按零计算。',
  'overview.funding.item': '{label}:',
  'overview.funding.moreItems': '另有 {count} 笔,见资金页',
  'overview.funding.derivedNote': '标为“推算”的数字不是原文数字,是由原文数字计算得出的,仅供参考。',
  'overview.funding.none': '所显示的答复函中没有资金条目。',
  'overview.funding.gaps': '承诺资金的拨付',
  'overview.funding.gap.unknown': '{label}:承诺 {pledged},暂无公开的拨付证据',
  'overview.funding.gap.open':
    '{label}:承诺 {pledged},已拨付 {disbursed}(推算:{disbursed} ÷ {pledged},约 {percent},仅供参考)',
  'overview.funding.gap.closed': '{label}:承诺 {pledged},已足额拨付 {disbursed}',
  'overview.funding.moreGaps': '以上是金额最大的 {shown} 笔(共 {total} 笔承诺资金),全部见资金页。',
  'overview.funding.moreBodies':
    '以上是前 {shown} 个答复单位的资金(共 {total} 个答复单位,各自列出,从不相加),全部见资金页。',
  'overview.funding.link': '查看资金详情',

  'overview.deadlines.title': '临近和逾期的期限',
  'overview.deadlines.summary': '已逾期或 30 天内到期(或进度落后)的承诺,按期限先后排列。',
  'overview.deadlines.empty': '没有已逾期或临近期限的承诺。',
  'overview.deadlines.more': '在承诺清单中查看全部 {total} 项逾期或临近期限的承诺',
  'overview.deadlines.due': '期限:{date}',
  'overview.deadlines.noneStated': '{count} 项承诺未写明期限',
  'overview.deadlines.noneStatedNote': '没有写明期限的承诺无法判断是否按期,只能看有无进展证据。',
  'overview.deadlines.onTrack': '{count} 项承诺按期推进(期限未到)',
  'overview.glance.title': '一览:目标进度、承诺状态、资金与期限',
  'overview.glance.funding.title': '资金走到了哪一步',
  'overview.glance.funding.stage': '{stage} {amount}',
  'overview.glance.funding.share.open': '推算:已拨付约 {percent}({disbursed} ÷ {pledged}),仅供参考',
  'overview.glance.funding.share.closed': '推算:已拨付 {disbursed},达到承诺的 {pledged}',
  'overview.timeline.embed': '核心承诺的时间线:来函日期、各项期限、每条证据、今天和查看日期',
  'overview.glance.funding.more': '另有 {count} 个资金条目,见资金页',
  'overview.glance.funding.noEvidence': '暂无证据',
  'overview.glance.funding.noPayment': '暂无拨付证据',
  'overview.glance.funding.needNote': '(所需或缺口,不是承诺或拨付)',
  'overview.chart.letter': '文件',
  'overview.letter.facts': '答复函概要',
  'overview.letter.open': '答复函详情',
} as const
