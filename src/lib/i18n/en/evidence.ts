import type { evidence as zh } from '../zh-cn/evidence'

/** Messages of the evidence page, #/evidence (English). */
export const evidence: Record<keyof typeof zh, string> = {
  'evidence.nav': 'Evidence',
  'evidence.title': 'Evidence',
  'evidence.intro':
    'Every piece of evidence published by the view date, newest first, with the commitments it bears on. Only same-metric figures count as progress; related metrics and context always carry their caveat.',

  'evidence.controls.label': 'Filter and search the evidence',
  'evidence.search.label': 'Search evidence',
  'evidence.search.hint':
    'Looks in summaries, quotes, notes, source titles and publishers, and the titles of the commitments concerned, in Chinese or English, e.g. “operating revenue”, “Yunnan Daily” or “231”.',
  'evidence.search.listLink': 'Search the commitments list for “{query}”',
  'evidence.filter.comparability': 'Comparability',
  'evidence.filter.document': 'Document',
  'evidence.filter.document.all': 'All documents ({count})',
  'evidence.filter.option': '{label} ({count})',

  'evidence.count':
    'Showing {shown} of {total, plural, one {# piece} other {# pieces}} of evidence',
  'evidence.clear': 'Clear all filters',
  'evidence.empty.none.title': 'No evidence yet',
  'evidence.empty.none.body':
    'As of the view date, {date}, the data holds no published evidence at all. No evidence only means nothing has been published; it does not mean a commitment was broken.',
  'evidence.empty.filtered.title': 'No evidence matches',
  'evidence.empty.filtered.body': 'Remove a filter or try another search term.',

  'evidence.list.label': 'Evidence, newest first',
  'evidence.item.stateAsOf': 'The state reported is as of {date}',
  'evidence.item.quote': 'The source’s words',
  'evidence.item.source': 'Source page',
  'evidence.item.noUrl': 'The data gives no address for the source',
  'evidence.item.bearsOn': 'Bears on',
  'evidence.item.recorded': 'Recorded {date}',
  'evidence.item.lastChanged': 'last changed {date}',
  'evidence.item.changedOnly': 'Last changed {date}',
  'evidence.item.recordedBy': 'by {name}',
  'evidence.recorded.unread':
    'The record of changes of {letter} could not be read: {message}. Its evidence is still listed, only without when and by whom each piece was recorded.',
  'evidence.more': 'Show {count} more',
  'evidence.shownOf': 'Showing the first {shown} of {total}',
}
