import type { overview as zh } from '../zh-cn/overview'

export const overview: Record<keyof typeof zh, string> = {
  'overview.moreLetters':
    '{count, plural, one {# more letter is} other {# more letters are}} not expanded here; they are counted in the totals below.',
  'overview.moreLetters.link': 'See all letters',
  'overview.widgets.title': 'At a glance',
  'overview.asOf': 'Everything below is as of {date}',

  'overview.status.title': 'Status of the commitments',
  'overview.status.summary':
    '{count, plural, one {# commitment} other {# commitments}} to track, counted by status (results the letter reports as done are left out); choose a status to see the list.',
  'overview.status.count': '{count}',
  'overview.status.link': ' (see them in the list)',
  'overview.status.results':
    '{count, plural, one {Another # item is a result} other {Another # items are results}} the letter reports as done: not promises, so not counted above.',

  'overview.funding.title': 'Funding at a glance',
  'overview.funding.summary':
    'Each stage adds up the source figures ("of which" shares are not counted twice); a stage without evidence is not counted as zero.',
  'overview.funding.none': 'The letters shown contain no funding lines.',
  'overview.funding.gaps': 'Paying out pledged money',
  'overview.funding.gap.unknown': '{label}: {pledged} pledged, no evidence of payment published',
  'overview.funding.gap.open': '{label}: {pledged} pledged, {disbursed} paid out ({percent})',
  'overview.funding.gap.closed': '{label}: {pledged} pledged, paid in full ({disbursed})',
  'overview.funding.moreGaps':
    'Listed: the {shown} largest of {total, plural, one {# pledge} other {# pledges}}; the funding page lists them all.',
  'overview.funding.link': 'See the funding details',

  'overview.deadlines.title': 'Upcoming and overdue deadlines',
  'overview.deadlines.summary':
    'Commitments past their deadline or due within 30 days (or behind pace), earliest first.',
  'overview.deadlines.empty': 'No commitment is overdue or due soon.',
  'overview.deadlines.more':
    'See all {total, plural, one {# commitment} other {# commitments}} overdue or due soon in the list',
  'overview.deadlines.due': 'Due: {date}',
  'overview.deadlines.noneStated':
    '{count, plural, one {# commitment states} other {# commitments state}} no deadline',
  'overview.deadlines.noneStatedNote':
    'Without a deadline there is no way to say whether a promise is on time; only evidence of progress can be shown.',
  'overview.deadlines.onTrack':
    '{count, plural, one {# commitment} other {# commitments}} on track (deadline not yet reached)',
}
