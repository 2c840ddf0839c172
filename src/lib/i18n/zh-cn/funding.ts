/** Messages of the funding area (Chinese, the reference set). */
export const funding = {
  'funding.title': '资金',
  'funding.intro':
    '答复函涉及的每一笔钱:承诺投入、已安排和已拨付的金额。约整数字旁都附有原文写法,便于与原文核对;按差额推算的数字另行标明。',
  'funding.empty': '所显示的答复函中没有资金条目。',

  'funding.stage.pledged': '承诺投入',
  'funding.stage.allocated': '已安排',
  'funding.stage.disbursed': '已拨付',

  'funding.source.provincial': '省级',
  'funding.source.municipal': '市级',
  'funding.source.province-and-city': '省市合计(未分列)',
  'funding.source.other': '其他来源',
  'funding.source.unspecified': '原文未说明来源',

  'funding.noEvidence': '暂无证据',
  'funding.noPayment': '暂无公开的拨付证据',
  'funding.dateUnknown': '日期不明',
  'funding.asWritten': '原文:{asWritten}',
  'funding.amountWithSource': '{amount}(原文:{asWritten})',
  'funding.derivedNote': '标为“推算”的数字不是原文数字,是由原文数字计算得出的,仅供参考。',

  'funding.stages.title': '各笔资金:承诺、安排与拨付',
  'funding.stages.summary':
    '{lines} 笔资金中,{pledged} 笔有承诺金额,{allocated} 笔有安排金额,{disbursed} 笔有拨付证据;没有证据的阶段不画柱,只标“暂无证据”。',
  'funding.stages.charted':
    '图中画出金额最大的 {shown} 条资金条目(共 {total} 条);全部条目见下方表格。',
  'funding.stages.axis': '金额',
  'funding.stages.line': '资金条目',

  'funding.split.heading': '总数中的省级与市级份额',
  'funding.split.title': '{total}的来源构成',
  'funding.split.summary':
    '原文写明其中 {stated};其余 {remainder} 原文未分列,由总数减去写明部分计算得出,不是原文数字。',
  'funding.split.stated': '{source}(原文列明)',
  'funding.split.remainder': '其余 {amount}(按差额计算,原文未分列)',
  'funding.split.remainderSource': '{source}(按差额推算)',
  'funding.split.remainderUnknownSource': '其余部分(来源未能推定)',
  'funding.split.restShort': '{source}(推算)',
  'funding.split.restShortUnknown': '其余(推算)',
  'funding.split.partsSilent': '以下部分在该阶段没有金额,包含在其余部分中:{lines}',
  'funding.split.inconsistent':
    '数据不一致:{total}中列明的各部分合计 {parts},比总数多 {excess},因此无法计算其余部分。',
  'funding.split.part': '组成部分',
  'funding.split.amount': '金额',
  'funding.split.basis': '依据',
  'funding.split.basisDerived': '按差额计算:{total} − {parts}',
  'funding.split.total': '合计(原文)',

  'funding.gap.heading': '承诺资金的拨付情况',
  'funding.gap.title': '{label}:拨付进度',
  'funding.gap.summary.unknown': '承诺 {pledged}({date});暂无公开的拨付证据,不按零计算。',
  'funding.gap.summary.open':
    '承诺 {pledged};截至 {date} 累计拨付 {disbursed}(推算:{disbursed} ÷ {pledged},约占承诺的 {percent}),尚差 {remaining}(推算:{pledged} 减 {disbursed})。',
  'funding.gap.summary.closed': '承诺 {pledged};截至 {date} 累计拨付 {disbursed},已足额拨付。',
  'funding.gap.pledged': '承诺金额',
  'funding.gap.disbursed': '累计拨付',
  'funding.gap.date': '日期',
  'funding.gap.event': '事项',
  'funding.gap.amount': '金额',
  'funding.gap.note': '说明',

  'funding.target.heading': '资金目标:基数、最新证据与目标',
  'funding.target.summary': '目标 {target};{baseline};最新同口径证据:{latest}。',
  'funding.target.baselineLine': '答复函此前所列 {baseline}({relation})',
  'funding.target.target': '目标',
  'funding.target.baseline': '基数',
  'funding.target.baselineNone': '原文未给出基数',
  'funding.target.baselineValue': '{amount}({exact})· {date}',
  'funding.target.latest': '最新同口径证据',
  'funding.target.earlier': '答复函此前所列',
  'funding.target.relation.counts': '原文说明计入目标',
  'funding.target.relation.does-not-count': '原文说明不计入目标',
  'funding.target.relation.not-stated': '原文未说明是否计入目标',
  'funding.target.apart':
    '答复函此前所列的 {baseline}:{relation},因此图中不把它画向目标线,只在这里列出。',
  'funding.target.reading.excluding-baseline': '不计入此前数字',
  'funding.target.reading.including-baseline': '计入此前数字',
  'funding.target.derivedBar': '推算 {amount}',
  'funding.target.basis': '说明',
  'funding.target.nothingToDraw': '既无基数也无公开进展证据,图中只有目标线,故不绘制图表。',
  'funding.target.item': '项目',
  'funding.target.value': '金额',
  'funding.target.when': '截至',

  'funding.totals.title': '按资金来源列出',
  'funding.totals.note':
    '每格列出原文所写的各笔金额,不相加:原文没有把它们相加,各笔的截至日期也不同。“其中”部分已包含在所属总数中,不另列。',
  'funding.totals.source': '资金来源',
  'funding.totals.more': '另有 {count} 笔,见下方全部资金条目',

  'funding.lines.title': '全部资金条目与依据',
  'funding.lines.caption':
    '每笔资金的每条记录:阶段、约整金额与原文写法、截至日期、资金来源、相关承诺和依据。',
  'funding.lines.line': '资金条目',
  'funding.lines.stage': '阶段',
  'funding.lines.amount': '金额(约整)',
  'funding.lines.asWritten': '原文写法',
  'funding.lines.asOf': '截至',
  'funding.lines.evidence': '依据',
  'funding.lines.source': '资金来源:{source}',
  'funding.lines.partOf': '属于:{label}',
  'funding.lines.commitments': '相关承诺:',
  'funding.lines.noEntries': '在所选日期之前没有记录。',
  'funding.lines.split': '其中 {stated};其余 {remainder}(按差额计算,原文未分列)',

  'funding.evidence.document': '答复函原文:',
  'funding.evidence.openLetter': '在答复函全文中查看',
  'funding.evidence.update': '后续报道:{title}({date})',
  'funding.evidence.sourceLink': '打开来源(外部链接)',
  'funding.evidence.missing': '证据 {id} 未找到。',
} as const
