import type { commitments as zh } from '../zh-cn/commitments'

export const commitments: Record<keyof typeof zh, string> = {
  'list.title': 'Commitments',
  'list.intro':
    'Every promise, target and forecast in the letters, one by one, with its status, progress, deadline and latest evidence; by default the most urgent first, overdue ones at the top. Reported results and the like are not promises and are listed apart below. Open a title for its details and the evidence in full.',

  'list.controls.label': 'Filter and sort commitments',
  'list.search.label': 'Search',
  'list.search.hint':
    'Looks in titles, quotes, sections, notes and the evidence published by the view date (summaries, quotes, source titles and publishers), in Chinese or English, e.g. “funding”, “三(五)”, “Yunnan Daily” or “缺口”.',
  'list.search.evidenceLink': 'Search the evidence page for “{query}”',
  'list.sort.label': 'Sort by',
  'list.sort.urgency': 'Urgency (promises first, overdue at the top)',
  'list.sort.letter': 'Order in the letter',
  'list.sort.deadline': 'Deadline (soonest first)',
  'list.sort.status': 'Status',
  'list.sort.title': 'Title',
  'list.filter.toggle': 'Filters',
  'list.filter.toggleActive': 'Filters ({count} selected)',
  'list.filter.status': 'Status',
  'list.filter.status.hint':
    'Reported results are not promises: they have no status and are not counted under one.',
  'list.filter.category': 'Category',
  'list.filter.kind': 'Kind',
  'list.filter.deadline': 'Deadline',
  'list.filter.document': 'Document',
  'list.filter.document.all': 'All documents ({count})',
  'list.filter.option': '{label} ({count})',

  'list.count': 'Showing {shown} of {total, plural, one {# commitment} other {# commitments}}',
  'list.active.label': 'Active filters',
  'list.active.chip': '{group}: {value}',
  'list.active.query': '“{query}”',
  'list.active.remove': 'Remove filter {group}: {value}',
  'list.clear': 'Clear all filters',
  'list.empty.title': 'No commitment matches',
  'list.empty.body': 'Remove a filter or try another search term.',

  'list.table.caption': 'Commitments, one per row',
  'list.column.commitment': 'Commitment',
  'list.column.status': 'Status',
  'list.column.progress': 'Progress',
  'list.column.evidence': 'Latest evidence',
  'list.column.deadline': 'Deadline',
  'list.column.kind': 'Kind',
  'list.column.category': 'Category',
  'list.column.section': 'Section',
  'list.column.document': 'Document',
  'list.others.summary':
    '{count, plural, one {# reported result or other item} other {# reported results and other items}}',
  'list.others.summaryResults':
    '{count, plural, one {# reported result} other {# reported results}}',
  // The space is the English one before a parenthesis (Chinese full-width brackets need none).
  'list.others.kinds': ' ({kinds})',
  'list.others.kind': '{kind}: {count}',
  'list.others.separator': ', ',
  'list.others.hint':
    'These are facts and figures the letter states, not promises: they have no status, progress or deadline.',
  'list.others.caption': 'Reported results, estimates and declined requests, one per row',
  'list.openDays': 'Open for {days, plural, one {# day} other {# days}} since the letter',
}
