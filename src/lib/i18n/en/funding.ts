import type { funding as zh } from '../zh-cn/funding'

export const funding: Record<keyof typeof zh, string> = {
  'funding.title': 'Funding',
  'funding.intro':
    'Every sum of money in the letters: pledged, allocated and paid out. Each rounded figure sits next to the figure as the source writes it, so it can be checked; figures computed as a difference are marked as such.',
  'funding.empty': 'The letters shown contain no funding lines.',
  'funding.bodies.note':
    'Money is listed by responding body, each with its own charts and tables; amounts of different bodies are never added together.',
  'funding.body.letters': 'Letters: {letters}',
  'funding.body.unknown': "Responding body unknown (the letter's file could not be read)",
  'funding.body.widgetTitle': '{title} · {body}',
  'funding.apartNote':
    '"Estimated / needed" and "Not yet funded" are needs and shortfalls the source states, not money promised or paid: they are listed apart and never added to money pledged, allocated or disbursed.',

  'funding.stage.pledged': 'Pledged',
  'funding.stage.allocated': 'Allocated',
  'funding.stage.disbursed': 'Disbursed',
  'funding.stage.needed': 'Estimated / needed',
  'funding.stage.unfunded': 'Not yet funded (stated gap)',

  'funding.source.provincial': 'Provincial',
  'funding.source.municipal': 'Municipal',
  'funding.source.province-and-city': 'Provincial and municipal (not split)',
  'funding.source.other': 'Other source',
  'funding.source.unspecified': 'Source not stated',
  'funding.source.central': 'Central government',
  'funding.source.county': 'County',
  'funding.source.township': 'Township',
  'funding.source.self-raised': "Self-raised (the applicant's own money, not government funding)",
  'funding.source.special-fund': 'Special fund (name not stated)',
  'funding.source.specialFundNamed': 'Special fund: {name}',

  'funding.noEvidence': 'No evidence',
  'funding.noPayment': 'No evidence of payment published',
  'funding.dateUnknown': 'Date unclear',
  'funding.asWritten': 'Source: {asWritten}',
  'funding.amountWithSource': '{amount} (source: {asWritten})',
  'funding.derivedNote':
    'Figures marked "derived" are not in the source: they are worked out from its figures, for reference only.',

  'funding.stages.title': 'Each funding line: pledged, allocated, disbursed',
  'funding.stages.summary':
    'Of {lines, plural, one {# funding line} other {# funding lines}}, {pledged} {pledged, plural, one {has} other {have}} a pledged amount, {allocated} an allocated amount and {disbursed} evidence of payment; a stage without evidence has no bar and says "No evidence".',
  'funding.stages.summaryApart':
    '{needed, plural, one {# more line states} other {# more lines state}} an estimated or needed amount and {unfunded} a stated funding gap, drawn apart and not added to the amounts above.',
  'funding.stages.charted':
    'The chart draws the {shown, plural, one {largest funding line} other {# largest funding lines}} of {total}; the table below lists them all.',
  'funding.stages.axis': 'Amount',
  'funding.stages.line': 'Funding line',

  'funding.split.heading': 'Provincial and municipal shares of a total',
  'funding.split.title': 'Where the {total} comes from',
  'funding.split.summary':
    'The source states {stated}; the rest, {remainder}, is not stated separately: it is the total minus the stated part, not a source figure.',
  'funding.split.stated': '{source} (stated)',
  'funding.split.remainder':
    'The rest, {amount} (computed as the difference; not stated separately in the source)',
  'funding.split.remainderSource': '{source} (derived as the difference)',
  'funding.split.remainderUnknownSource': 'The rest (source cannot be inferred)',
  'funding.split.restShort': '{source} (derived)',
  'funding.split.restShortUnknown': 'Rest (derived)',
  'funding.split.partsSilent':
    'These parts state no amount at this stage and are inside the rest: {lines}',
  'funding.split.inconsistent':
    'Inconsistent data: the parts of {total} add up to {parts}, {excess} more than the total, so the rest cannot be computed.',
  'funding.split.part': 'Part',
  'funding.split.amount': 'Amount',
  'funding.split.basis': 'Basis',
  'funding.split.basisDerived': 'Computed: {total} − {parts}',
  'funding.split.total': 'Total (source)',

  'funding.gap.heading': 'Paying out pledged money',
  'funding.gap.title': '{label}: payment progress',
  'funding.gap.summary.unknown':
    'Pledged {pledged} ({date}); no evidence of payment published, which is not counted as zero.',
  'funding.gap.summary.open':
    'Pledged {pledged}; by {date} {disbursed} paid out in total (derived: {disbursed} ÷ {pledgedAmount}, about {percent} of the pledge), {remaining} still to go (derived: {pledgedAmount} minus {disbursed}).',
  'funding.gap.summary.closed':
    'Pledged {pledged}; by {date} {disbursed} paid out in total, the pledge is paid in full.',
  'funding.gap.pledged': 'Pledged',
  'funding.gap.disbursed': 'Paid out in total',
  'funding.gap.date': 'Date',
  'funding.gap.event': 'Event',
  'funding.gap.amount': 'Amount',
  'funding.gap.note': 'Note',

  'funding.target.heading': 'Funding targets: baseline, latest evidence and target',
  'funding.target.summary': 'Target {target}; {baseline}; latest like-for-like evidence: {latest}.',
  'funding.target.baselineLine': 'earlier figure in the letter {baseline} ({relation})',
  'funding.target.target': 'Target',
  'funding.target.baseline': 'Baseline',
  'funding.target.baselineNone': 'The source gives no baseline',
  'funding.target.baselineValue': '{amount} ({exact}) · {date}',
  'funding.target.latest': 'Latest like-for-like evidence',
  'funding.target.earlier': 'Earlier figure in the letter',
  'funding.target.relation.counts': 'the letter says it counts toward the target',
  'funding.target.relation.does-not-count': 'the letter says it does not count toward the target',
  'funding.target.relation.not-stated':
    'the letter does not say whether it counts toward the target',
  'funding.target.apart':
    'The earlier figure in the letter, {baseline}: {relation}, so the chart does not draw it toward the target line; it is listed here instead.',
  'funding.target.reading.excluding-baseline': 'not counting the earlier figure',
  'funding.target.reading.including-baseline': 'counting the earlier figure',
  'funding.target.derivedBar': 'derived {amount}',
  'funding.target.basis': 'Note',
  'funding.target.nothingToDraw':
    'There is neither a baseline nor published evidence; a chart would show only the target line, so none is drawn.',
  'funding.target.item': 'Item',
  'funding.target.value': 'Amount',
  'funding.target.when': 'As of',

  'funding.totals.title': 'Amounts by source of funds',
  'funding.totals.note':
    'Each cell lists the amounts as the source writes them, without adding them up: the source does not add them, and each is as of a different date. "Of which" shares are inside their totals and not listed again.',
  'funding.totals.source': 'Source of funds',
  'funding.totals.more':
    '{count, plural, one {# more amount} other {# more amounts}}: see every funding line below',

  'funding.lines.title': 'Every funding line and its evidence',
  'funding.lines.caption':
    'Every record of every funding line: stage, rounded amount and the figure as written, as-of date, source of funds, linked commitments and evidence.',
  'funding.lines.line': 'Funding line',
  'funding.lines.stage': 'Stage',
  'funding.lines.amount': 'Amount (rounded)',
  'funding.lines.asWritten': 'As written',
  'funding.lines.asOf': 'As of',
  'funding.lines.evidence': 'Evidence',
  'funding.lines.source': 'Source of funds: {source}',
  'funding.lines.partOf': 'Part of: {label}',
  'funding.lines.commitments': 'Commitments:',
  'funding.lines.noEntries': 'Nothing recorded by the chosen date.',
  'funding.lines.split':
    'Of which {stated}; the rest {remainder} (computed as the difference; not stated separately in the source)',

  'funding.evidence.document': 'Letter, verbatim:',
  'funding.evidence.openLetter': 'See it in the full letter',
  'funding.evidence.update': 'Follow-up report: {title} ({date})',
  'funding.evidence.sourceLink': 'Open the source (external link)',
  'funding.evidence.missing': 'Evidence {id} not found.',
}
