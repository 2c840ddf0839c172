import type { overview as zh } from '../zh-cn/overview'

export const overview: Record<keyof typeof zh, string> = {
  'overview.moreLetters':
    '{count, plural, one {# more letter is} other {# more letters are}} not expanded here; they are counted in the totals below.',
  'overview.moreLetters.link': 'See all letters',
  'overview.widgets.title': 'At a glance',
  'overview.notYetKnown':
    'On the view date {date} none of the {count, plural, one {# letter had} other {# letters had}} been sent yet (the earliest is dated {first}), so there are no commitments below and every count is zero.',

  'overview.headline.summary':
    '{count, plural, one {# headline item} other {# headline items}}: {kinds}.',
  'overview.headline.kindCount': '{kind}: {count}',
  'overview.headline.statuses':
    'Of the {count, plural, one {# item} other {# items}} to track: {statuses}.',
  'overview.headline.statusCount': '{status}: {count}',
  'overview.headline.figure.target': 'Target',
  'overview.headline.figure.forecast': 'Forecast',
  'overview.headline.figure.result': 'As the letter reports',
  'overview.headline.figure.estimate': 'Estimate or stated need',
  'overview.headline.baseline': '{value} · {relation}',
  'overview.headline.relation.counts': 'the letter says it counts toward the target',
  'overview.headline.relation.does-not-count':
    'the letter says it does not count toward the target',
  'overview.headline.relation.not-stated':
    'the letter does not say whether it counts toward the target',
  'overview.headline.open': 'See details',

  'overview.chart.twoReadings':
    'Two bars: the letter leaves open whether the baseline counts, so both readings are shown with their values and no single percentage.',
  'overview.chart.twoReadingsPercent': 'two readings, no single percentage',
  'overview.chart.short.excluding-baseline': 'excl. {value} of {target}',
  'overview.chart.short.including-baseline': 'incl. {value} of {target}',
  'overview.chart.reading.excluding-baseline': 'not counting the baseline',
  'overview.chart.reading.including-baseline': 'counting the baseline',

  'overview.status.title': 'Status of the commitments',
  'overview.status.summary':
    '{count, plural, one {# commitment} other {# commitments}} to track, counted by status (results the letter reports as done are left out); choose a status to see the list.',
  'overview.status.count': '{count}',
  'overview.status.link': ' (see them in the list)',
  'overview.status.results':
    '{count, plural, one {Another # item is a result} other {Another # items are results}} the letter reports as done: not promises, so not counted above.',

  'overview.funding.title': 'Funding at a glance',
  'overview.funding.summary':
    'Each stage lists the amounts as the source writes them, without adding them up: the source does not add them, and each is as of a different date. A stage without evidence is not counted as zero.',
  'overview.funding.item': '{label}: ',
  'overview.funding.moreItems':
    '{count, plural, one {# more amount} other {# more amounts}} on the funding page',
  'overview.funding.derivedNote':
    'Figures marked "derived" are not in the source: they are worked out from its figures, for reference only.',
  'overview.funding.none': 'The letters shown contain no funding lines.',
  'overview.funding.gaps': 'Paying out pledged money',
  'overview.funding.gap.unknown': '{label}: {pledged} pledged, no evidence of payment published',
  'overview.funding.gap.open':
    '{label}: {pledged} pledged, {disbursed} paid out (derived: {disbursed} ÷ {pledged}, about {percent}, for reference only)',
  'overview.funding.gap.closed': '{label}: {pledged} pledged, paid in full ({disbursed})',
  'overview.funding.moreGaps':
    'Listed: the {shown} largest of {total, plural, one {# pledge} other {# pledges}}; the funding page lists them all.',
  'overview.funding.moreBodies':
    'The money of {shown, plural, one {the first responding body} other {the first # responding bodies}} (of {total}; each listed apart, never added up); the funding page lists all.',
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
  'overview.glance.title': 'At a glance: targets, status, money and deadlines',
  'overview.glance.funding.title': 'How far the money got',
  'overview.glance.funding.stage': '{stage}: {amount}',
  'overview.glance.funding.share.open':
    'Derived: about {percent} paid ({disbursed} ÷ {pledged}), for reference only',
  'overview.glance.funding.share.closed': 'Derived: {disbursed} paid, the full {pledged} pledged',
  'overview.timeline.embed':
    'Timeline of the headline commitments: the letter date, each deadline, every piece of evidence, today and the view date',
  'overview.glance.funding.more':
    '{count, plural, one {# more funding line} other {# more funding lines}} on the funding page',
  'overview.glance.funding.noEvidence': 'no evidence yet',
  'overview.glance.funding.noPayment': 'no evidence of payment',
  'overview.glance.funding.needNote': '(needed or not yet covered: neither promised nor paid)',
  'overview.chart.letter': 'Letter',
  'overview.letter.facts': 'The letter in brief',
  'overview.letter.open': 'Letter details',
}
