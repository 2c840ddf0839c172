import type { commitments as zh } from '../zh-cn/commitments'

export const commitments: Record<keyof typeof zh, string> = {
  'list.title': 'Commitments',
  'list.intro':
    'Every result, forecast and promise in the letters, one by one, with its status and deadline. Open a title for its details.',

  'list.controls.label': 'Filter and sort commitments',
  'list.search.label': 'Search',
  'list.search.hint':
    'Looks in titles, quotes, sections and notes, in Chinese or English, e.g. “funding”, “三(五)” or “缺口”.',
  'list.sort.label': 'Sort by',
  'list.sort.letter': 'Order in the letter',
  'list.sort.deadline': 'Deadline (soonest first)',
  'list.sort.status': 'Status',
  'list.sort.title': 'Title',
  'list.filter.toggle': 'Filters',
  'list.filter.toggleActive': 'Filters ({count} selected)',
  'list.filter.status': 'Status',
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
  'list.column.deadline': 'Deadline',
  'list.column.kind': 'Kind',
  'list.column.category': 'Category',
  'list.column.section': 'Section',
  'list.column.document': 'Document',
  'list.deadline.notApplicable': 'Not applicable (reported result)',
}
