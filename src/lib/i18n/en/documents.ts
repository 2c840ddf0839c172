import type { documents as zh } from '../zh-cn/documents'

export const documents: Record<keyof typeof zh, string> = {
  'documents.title': 'All reply letters',
  'documents.summary':
    '{count, plural, one {# document} other {# documents}}, {commitments, plural, one {# commitment or result} other {# commitments and results}} extracted.',
  'documents.groupBy': 'Group by',
  'documents.group.deputy': 'Deputy',
  'documents.group.respondent': 'Responding body',
  'documents.empty': 'No reply letter had been published by the chosen date.',
  'documents.commitments':
    '{count, plural, one {# commitment or result} other {# commitments and results}}',
  'documents.results':
    '{count, plural, one {# of them is a result} other {# of them are results}} the letter reports as done: not rated',
  'documents.unrated':
    '{count, plural, one {# item is} other {# items are}} an estimate, a stated need or a declined request: not a promise, not rated',
  'documents.statusCounts': 'Statuses (reported results not included)',
  'documents.readLetter': 'Read the letter with highlights',
  'documents.openList': 'Commitments of this document',
  'documents.openOverview': 'Overview of this document only',
}
