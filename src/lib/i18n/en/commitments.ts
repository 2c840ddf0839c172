import type { commitments as zh } from '../zh-cn/commitments'

export const commitments: Record<keyof typeof zh, string> = {
  'list.title': 'Commitments',
  'list.intro':
    'Every result, forecast and promise in the letters, one by one, with its status, progress, latest evidence and deadline. Open a title for its details and the evidence in full.',

  'list.controls.label': 'Filter and sort commitments',
  'list.search.label': 'Search',
  'list.search.hint':
    'Looks in titles, quotes, sections, notes and the evidence published by the view date (summaries, quotes, source titles and publishers), in Chinese or English, e.g. “funding”, “三(五)”, “Yunnan Daily” or “缺口”.',
  'list.search.evidenceLink': 'Search the evidence page for “{query}”',
  'list.sort.label': 'Sort by',
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
  'list.deadline.notApplicable': 'Not applicable (reported result)',
  'list.progress.notApplicable': 'No figure to reach',
  'list.openDays': 'Open for {days, plural, one {# day} other {# days}} since the letter',
}
