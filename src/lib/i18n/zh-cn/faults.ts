/** Messages of the faults area (Chinese, the reference set). */
export const faults = {
  // Problems the common catalogue has no (or too vague) words for.
  'faults.problem.http-404':
    '服务器上没有这个文件(HTTP 404):请检查 index.json 中的路径,以及文件是否已复制到服务器',
  'faults.problem.http-5xx': '服务器暂时出错(HTTP {status}),可稍后重试',
  'faults.problem.timeout': '服务器在 {seconds} 秒内没有传完这个文件',
  'faults.problem.truncated-response': '传输中断:只收到了文件的一部分',
  'faults.problem.not-utf8': '文件不是 UTF-8 编码(可能存成了 GBK),中文会显示为乱码:请另存为 UTF-8',
  'faults.problem.circular-reference': '“{id}” 经由 partOf 成了它自己的一部分(循环引用)',
  'faults.schema.int': '应为整数,不能有小数',
  'faults.schema.invisible-character':
    '含有不可见的控制字符 {char}(第 {position} 个字符处):这类字符能改变文字的显示顺序,不予显示',
  'faults.schema.reserved-id': '“constructor” 和 “prototype” 是保留字,不能用作编号',
  'faults.schema.deadline-before-baseline':
    '期限 {deadline} 早于基数日期 {baseline}:目标从基数衡量到期限,两个日期必有一个写错',
  'faults.schema.partial-date':
    '日期 “{value}” 无效:应为真实存在的日期(2023-06-19)、月份(2023-06)或年份(2023)',
  'faults.schema.measure-needs-unit':
    '这个数字以计量单位计(unit 为 measure),请在 unitName 中写明单位,如“公里”',
  'faults.schema.unit-name-without-measure':
    'unitName 只用于计量单位(unit 为 measure);金额、个数、人数和百分比不需要',
  'faults.schema.date-source-without-date':
    '写了日期来源(dateSource),却没有日期:请补上日期,或删去日期来源',
  'faults.schema.newer-contract':
    '数据按更新版本的数据规范编写,本系统只能读取到第 {max} 版:请升级本系统,或按第 {max} 版导出数据',
  'faults.schema.duplicate-id': '编号 “{id}” 重复',
  'faults.schema.url-credentials': '链接中含有用户名(“@” 之前的部分),可能借此冒充其他网站,不予显示',
  'faults.schema.unchecked': '嵌套过深或内容过大,无法检查',
  'faults.format.date': '日期无效,应为真实存在的日期,格式 YYYY-MM-DD',
  'faults.format.url': '链接无效:只接受以 http:// 或 https:// 开头的网址',
  'faults.format.id': '编号格式错误:只能由小写字母、数字和单个连字符组成',
  'faults.format.relative-path': '路径格式错误:应为相对路径,如 km-153005/document.json',
  'faults.repair.fieldDropped': '(已忽略这个字段,其余内容照常显示)',

  // While data loads.
  'faults.loading.waiting': '仍在等待服务器发送:{files}',
  'faults.loading.elapsed': '已等待 {seconds} 秒',
  'faults.loading.retrying': '{problem}。正在第 {attempt} 次重试…',

  // A part of the page whose program code could not be downloaded.
  'faults.widget.code':
    '这部分的程序代码未能下载(网络可能已中断)。其余内容照常显示;恢复网络后可重新加载页面。',
  'faults.widget.reload': '重新加载页面',

  // The last good data, kept on screen when it cannot be refreshed.
  'faults.stale.offline': '离线:显示的是 {time} 获取的数据',
  'faults.stale.failed': '无法更新数据:显示的是 {time} 获取的数据',
  'faults.stale.files': '未能更新:{files}',
  'faults.stale.retry': '重新获取数据',

  // Quotes that do not occur in their letter's full text (the rows' quote check).
  'faults.quote.title': '引文核对({count} 处):数据中记录的引文不在答复函全文中',
  'faults.quote.notFound':
    '{letter}中的承诺 {id}(“{title}”):数据中记录的引文“{quote}”不在这封答复函的全文中,请对照答复函核对 commitments.json。',
  'faults.quote.letterNumbered': '{number}的答复函({id})',
  'faults.quote.letterTitled': '答复函“{title}”({id})',
  'faults.quote.open': '查看这项承诺',
} as const
