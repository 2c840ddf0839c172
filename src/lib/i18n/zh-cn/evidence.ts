/** Messages of the evidence page, #/evidence (Chinese, the reference set). */
export const evidence = {
  'evidence.nav': '进展证据',
  'evidence.title': '进展证据',
  'evidence.intro':
    '查看日期前已发布的每一条进展证据,最新发布的在前,并列出它涉及的承诺。只有同口径数据计入进度;相关但不同口径的数据和背景信息都附有说明。',

  'evidence.controls.label': '筛选和搜索进展证据',
  'evidence.search.label': '搜索证据',
  'evidence.search.hint':
    '在证据摘要、引文、说明、来源标题和发布者以及所涉承诺的标题中查找,中英文均可,例如“营业收入”“云南日报”或“231”。',
  'evidence.search.listLink': '在承诺清单中搜索“{query}”',
  'evidence.filter.comparability': '证据口径',
  'evidence.filter.document': '所属文件',
  'evidence.filter.document.all': '全部文件({count})',
  'evidence.filter.option': '{label}({count})',

  'evidence.count': '显示 {shown} / {total} 条证据',
  'evidence.clear': '清除全部筛选',
  'evidence.empty.none.title': '还没有进展证据',
  'evidence.empty.none.body':
    '截至查看日期 {date},数据中没有任何已发布的进展证据。没有证据只说明尚无公开消息,不代表承诺未兑现。',
  'evidence.empty.filtered.title': '没有符合条件的证据',
  'evidence.empty.filtered.body': '请减少筛选条件或换一个搜索词。',

  'evidence.list.label': '进展证据,最新发布的在前',
  'evidence.item.stateAsOf': '所报告的情况截至 {date}',
  'evidence.item.quote': '来源原文',
  'evidence.item.source': '来源网页',
  'evidence.item.noUrl': '数据未提供来源网址',
  'evidence.item.bearsOn': '涉及的承诺',
  'evidence.item.recorded': '记录于 {date}',
  'evidence.item.lastChanged': '最后修改于 {date}',
  'evidence.item.changedOnly': '最后修改于 {date}',
  'evidence.item.recordedBy': '记录人 {name}',
  'evidence.recorded.unread':
    '{letter}的修改记录无法读取:{message}。这份文件的证据照常列出,只是不显示记录日期和记录人。',
  'evidence.more': '再显示 {count} 条',
  'evidence.shownOf': '已显示前 {shown} 条,共 {total} 条',
} as const
