import type { timeline as zh } from '../zh-cn/timeline'

export const timeline: Record<keyof typeof zh, string> = {
  'timeline.title': 'Commitments over time',
  'timeline.summary':
    '{count, plural, one {# commitment} other {# commitments}}, one row each, drawn from the letter’s date to the deadline; where no deadline is stated, to the view date, as a light dashed outline. The marks on a row are the publication dates of its evidence; the vertical lines are the letter’s date, today and the view date.',
  'timeline.summaryNone': 'No commitments to draw on the timeline.',
  'timeline.order': 'Order: overdue first, then by deadline, then those with no deadline stated.',
  'timeline.unrated':
    '{count, plural, one {# more item is a result, estimate or declined request the letter reports: not a promise, with no deadline, so not on the timeline.} other {# more items are results, estimates or declined requests the letter reports: not promises, with no deadline, so not on the timeline.}}',
  'timeline.undated':
    '{count, plural, one {# commitment is} other {# commitments are}} from a letter with no stated date: bars start at the earliest evidence; those without evidence are only in the table.',
  'timeline.more': '{count} more in the list of commitments',
  'timeline.moreNoLink':
    '{count, plural, one {# more is} other {# more are}} not drawn; see the list of commitments.',
  'timeline.line.letter': 'Letter',
  'timeline.line.letters': '{count, plural, one {# letter} other {# letters}} (dates in the table)',
  'timeline.line.today': 'Today',
  'timeline.line.as-of': 'View date',
  'timeline.line.today-as-of': 'Today (view date)',
  'timeline.col.commitment': 'Commitment',
  'timeline.col.status': 'Status',
  'timeline.col.letter': 'Letter date',
  'timeline.col.deadline': 'Deadline',
  'timeline.col.evidence': 'Evidence published',
  'timeline.startFromEvidence':
    'letter date not stated; the bar starts at the earliest evidence ({date})',
  'timeline.noBar': 'letter date not stated and no evidence: not drawn',
  'timeline.openEnded': 'no deadline stated',
  'timeline.openEndedBar': 'no deadline stated; the bar runs to the view date ({date})',
  'timeline.evidenceItem': '{date} ({comparability})',
  'timeline.evidenceWithCaveat': '{date} ({comparability}. {caveat})',
  'timeline.legend.openEnded': 'Light dashed outline: no deadline stated, drawn to the view date',
  'timeline.legend.overdue': 'Red dashed line: deadline passed, not kept',
  'timeline.legend.markers': 'Evidence marks:',
  'timeline.tooltip.evidence': '{count, plural, one {# piece} other {# pieces}} of evidence',
}
