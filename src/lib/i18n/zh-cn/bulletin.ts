/** Messages of the bulletin (the periodic bulletin, #/bulletin). */
export const bulletin = {
  'nav.bulletin': '定期通报',
  'bulletin.title': '定期通报',
  'bulletin.intro':
    '汇总一个时段内的变化:新公开的证据、承诺状态的变化、到期情况、资金的安排和拨付,以及仍没有任何证据的承诺。内容与其他页面出自同一套评估,可用作周报、月通报、季度分析和年度考核的底稿。',
  'bulletin.period': '时段:{from}至{to}',
  'bulletin.baseline': '状态变化是与{date}的情况相比。',
  'bulletin.default': '地址中没有指定时段,显示上月。',
  'bulletin.clipped': '时段结束日({to})晚于查看日期,只统计到查看日期({asOf})为止。',

  'bulletin.problem.invalid-from':
    '地址中的开始日期“{value}”不是真实存在的日期,例如应写作 2024-01-01。',
  'bulletin.problem.invalid-to':
    '地址中的结束日期“{value}”不是真实存在的日期,例如应写作 2024-12-31。',
  'bulletin.problem.missing-from': '地址中只有结束日期,缺少开始日期。',
  'bulletin.problem.missing-to': '地址中只有开始日期,缺少结束日期。',
  'bulletin.problem.reversed': '开始日期({from})晚于结束日期({to}),这个时段不成立。',
  'bulletin.problem.after-view': '时段从{from}开始,晚于查看日期({asOf}):那时还没有可以报告的内容。',
  'bulletin.problem.hint': '请选择下面的一个时段,或重新填写两个日期。',

  'bulletin.presets.label': '选择时段',
  'bulletin.preset.week': '上周',
  'bulletin.preset.month': '上月',
  'bulletin.preset.quarter': '上季度',
  'bulletin.preset.year': '上一年',
  'bulletin.preset.since-letter': '自答复函发出以来',
  'bulletin.preset.note':
    '时段按查看日期往前推算:上周为周一至周日,上月、上季度、上一年为完整的自然月、季度和年。“自答复函发出以来”从所显示答复函中最新一份的日期算到查看日期;数据里没有人代会会期的日期,所以不能按会期划分。',
  'bulletin.preset.noLetterDate': '所显示的答复函都没有写明日期,无法按答复函日期划分时段。',
  'bulletin.form.label': '自定时段',
  'bulletin.form.from': '开始日期',
  'bulletin.form.to': '结束日期',
  'bulletin.form.show': '显示',

  'bulletin.counts.label': '本期概况',
  'bulletin.count.evidence': '新公开的证据 {count} 条',
  'bulletin.count.statusChanges': '状态变化 {count} 项',
  'bulletin.count.newLetters': '新增答复函 {count} 份',
  'bulletin.count.newlyOverdue': '本期到期未兑现 {count} 项',
  'bulletin.count.upcoming': '之后 {days} 天内到期 {count} 项',
  'bulletin.count.money': '资金安排或拨付记录 {count} 条',
  'bulletin.count.noEvidence': '尚无任何证据的承诺 {count} 项',
  'bulletin.count.unreadable': '证据文件无法读取的承诺 {count} 项',
  'bulletin.count.changeLog': '修改记录 {count} 条',

  'bulletin.letter': '答复函:{letter}',

  'bulletin.section.evidence': '新公开的证据',
  'bulletin.evidence.intro':
    '发布日期在本时段内的证据,新的在前。口径不同的数据和背景信息都附有说明,不算作进度。',
  'bulletin.evidence.none': '本时段内没有新公开的证据。',

  'bulletin.section.status': '状态变化',
  'bulletin.status.intro':
    '{before}与{after}的状态对比,附{after}的依据。已报告的成果、测算和未采纳的请求没有状态,不列入。',
  'bulletin.status.none': '本时段内没有承诺的状态发生变化。',
  'bulletin.status.changedTo': '变为',
  'bulletin.status.reason': '依据:{reason}',
  'bulletin.newLetters.title': '本时段新增的答复函',
  'bulletin.newLetters.note': '这些答复函在本时段内才发出,其中的承诺是首次评估,不算状态变化。',
  'bulletin.newLetters.item': '{letter}({date}):首次评估 {rated} 项承诺,共提取 {count} 项',
  'bulletin.newLetters.noRated': '其中没有需要评估状态的承诺。',

  'bulletin.section.deadlines': '到期情况',
  'bulletin.deadlines.overdue': '本时段内到期未兑现',
  'bulletin.deadlines.overdue.none': '本时段内没有期限已过而尚未兑现的承诺。',
  'bulletin.deadlines.upcoming': '{date}之后 {days} 天内到期',
  'bulletin.deadlines.upcoming.none': '时段结束后 {days} 天内没有到期的承诺。',
  'bulletin.deadlines.due': '期限:{deadline}(最后一天为{date})',
  'bulletin.deadlines.overdueBy': '截至{date}已逾期 {days} 天',
  'bulletin.deadlines.left': '截至{date}还剩 {days} 天',
  'bulletin.deadlines.dueOn': '{date}当天到期',

  'bulletin.section.money': '资金',
  'bulletin.money.intro':
    '日期在本时段内的“已安排”和“已拨付”金额。每个金额都是截至该日期的数额,不是本时段新增的数额;各条目不相加,承诺投入、测算所需和资金缺口都不计入。',
  'bulletin.money.none': '本时段内没有资金安排或拨付的记录。',
  'bulletin.money.amount': '{stage}{amount}(原文:{asWritten})',
  'bulletin.money.asOf': '截至{date}',
  'bulletin.money.dateFromLetter': '原文未写明时间,按答复函日期{date}计',
  'bulletin.money.previous': '此前:{amount}(截至{date})',
  'bulletin.money.noPrevious': '此前没有这一阶段的金额记录',

  'bulletin.section.noEvidence': '尚无任何证据的承诺',
  'bulletin.noEvidence.intro':
    '截至{date}仍没有任何公开证据的承诺。没有证据只说明尚无消息,不等于未兑现。',
  'bulletin.noEvidence.none': '截至{date},每项需要评估的承诺都至少有一条公开证据。',
  'bulletin.unreadable.title': '证据文件无法读取',
  'bulletin.unreadable.intro':
    '这些答复函的进展证据文件无法读取,不知道有没有证据,因此没有列入“尚无任何证据”。',

  'bulletin.section.changeLog': '修改记录',
  'bulletin.changeLog.intro':
    '各答复函每次发布时对公开数据所做的修改,只列日期在本时段内的条目,新的在前。核定或改变评定时都写明了理由。',
  'bulletin.changeLog.none': '本时段内的修改记录中没有条目。',
  'bulletin.changeLog.noneOfRead': '已读取的修改记录在本时段内没有条目。',
  'bulletin.changeLog.concerns': '涉及',
  'bulletin.changeLog.separator': '、',
  'bulletin.changeLog.gone': '编号{id}(时段结束时数据中已没有这项承诺)',
  'bulletin.changeLog.loading': '正在读取{letters}的修改记录…',
  'bulletin.changeLog.stillLoading': '{letter}的修改记录尚未读取完,未列入。',
  'bulletin.changeLog.unread':
    '{letter}的修改记录无法读取:{message}。不知道其中有没有本时段的条目,通报的其他内容不受影响。',
  'bulletin.changeLog.unreadNoReason':
    '{letter}的修改记录无法读取。不知道其中有没有本时段的条目,通报的其他内容不受影响。',
  'bulletin.changeLog.partial': '{letter}的修改记录中有条目不符合数据格式,没有列入。',

  'bulletin.export.label': '下载本期通报',
  'bulletin.export.done': '已下载 {file}',
  'bulletin.csv.section': '栏目',
  'bulletin.csv.letter': '答复函',
  'bulletin.csv.commitmentId': '承诺编号',
  'bulletin.csv.commitment': '承诺',
  'bulletin.csv.date': '日期',
  'bulletin.csv.what': '情况',
  'bulletin.csv.comparability': '口径',
  'bulletin.csv.note': '说明',
  'bulletin.csv.source': '来源',
  'bulletin.csv.from': '时段开始',
  'bulletin.csv.to': '时段结束',
  'bulletin.csv.kind.evidence': '新公开的证据',
  'bulletin.csv.kind.status': '状态变化',
  'bulletin.csv.kind.new-letter': '新增答复函',
  'bulletin.csv.kind.overdue': '本期到期未兑现',
  'bulletin.csv.kind.upcoming': '即将到期',
  'bulletin.csv.kind.money': '资金',
  'bulletin.csv.kind.no-evidence': '尚无任何证据',
  'bulletin.csv.kind.unreadable': '证据文件无法读取',
  'bulletin.csv.kind.change-log': '修改记录',
  'bulletin.csv.statusChange': '由“{before}”变为“{after}”',
  'bulletin.csv.firstStatus': '首次评估:{status}',

  'bulletin.embed.description': '一个时段内的变化:新证据、状态变化、到期、资金和尚无证据的承诺',
} as const
