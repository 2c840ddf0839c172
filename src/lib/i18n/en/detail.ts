import type { detail as zh } from '../zh-cn/detail'

export const detail: Record<keyof typeof zh, string> = {
  'detail.back': '← Back to all commitments',
  'detail.notFound.title': 'Commitment not found',
  'detail.notFound.body':
    'There is no commitment with the id “{id}” in the data. It may have been renamed, or the address may be mistyped.',
  'detail.notFound.notYet':
    'The commitment “{id}” comes from a letter dated {date}; on the chosen date, {asOf}, that letter had not been sent yet.',
  'detail.notFound.today': 'See the situation today',
  'detail.notFound.list': 'See all commitments',

  'detail.kind': 'Kind',
  'detail.category': 'Category',
  'detail.section': 'Place in the letter',
  'detail.source.title': 'Source',
  'detail.source.letter': 'Letter',
  'detail.source.openLetter': 'See this passage in the full letter',

  'detail.status.title': 'Is it kept?',
  'detail.status.titleResult': 'About this result',
  'detail.status.label': 'Status',
  'detail.status.kind': 'Kind',
  'detail.status.why': 'Why',
  'detail.status.resultBody':
    'This is work the letter reports as done, not a promise: it has no status and is not counted in the status totals. Any evidence below is for reference.',
  'detail.status.progress': 'Progress',
  'detail.status.latest': 'Latest evidence',
  'detail.status.freshness': 'News',
  'detail.verdict.date': 'Date of the verdict',
  'detail.verdict.rationale': 'Rationale',
  'detail.verdict.computedReason': 'Why the rules say so: {reason}',
  'detail.deadline.title': 'Deadline',
  'detail.deadline.noLight':
    'This is work the letter reports as done: there is no deadline to watch.',

  'detail.quote.title': 'The letter’s words',
  'detail.quote.titleUnchecked': 'The quote recorded in the data',
  'detail.quote.titleNotFound': 'The quote recorded in the data (not in the letter)',
  'detail.quote.paragraph':
    'The paragraph it stands in (paragraph {number}; the marked words are this commitment)',
  'detail.quote.alone': 'The words of this commitment:',
  'detail.quote.aloneRecorded':
    'The quote recorded in the data (these words are not in the letter):',
  'detail.quote.notInText':
    'These words could not be found in the full letter; only the quote recorded in the data is shown. Please check the data against the letter.',
  'detail.quote.translation': 'English translation',
  'detail.text.loading': 'Loading the full letter…',
  'detail.text.error': 'The full letter could not be loaded: {message}',
  'detail.text.noDocument':
    'The letter’s metadata could not be loaded, so its full text cannot be shown.',

  'detail.facts.title': 'What was promised',
  'detail.facts.figure': 'Figure',
  'detail.facts.target': 'Target',
  'detail.facts.baseline': 'Baseline',
  'detail.facts.baselineAsOf': 'as of {date}',
  'detail.facts.baselineUndated': 'the letter gives no date',
  'detail.facts.baselineRelation': 'Does the baseline count toward the target?',
  'detail.facts.baselineRelation.counts': 'Yes: the target includes the baseline',
  'detail.facts.baselineRelation.does-not-count': 'No: the target is on top of the baseline',
  'detail.facts.baselineRelation.not-stated':
    'The letter does not say, so progress is given in both readings',
  'detail.facts.deadline': 'Deadline',
  'detail.facts.routines': 'Routines',
  'detail.facts.resultAsOf': 'As of',
  'detail.facts.resultUndated': 'not stated in the letter',
  'detail.facts.latest': 'Latest like-for-like value',
  'detail.facts.latestValue': '{value} (as of {date})',
  'detail.facts.latestValueNew':
    '{value} added (as of {date}; only what was added in the period, not the baseline)',
  'detail.facts.estimate': 'Estimate or stated need',
  'detail.facts.declinedReason': 'Reason given for declining',
  'detail.facts.condition': 'Condition',
  'detail.facts.implementer': 'Carried out by',
  'detail.facts.note': 'Note',

  'detail.evidence.title': 'Evidence of progress',
  'detail.evidence.count':
    '{count, plural, one {# published piece of evidence.} other {# published pieces of evidence, newest first.}}',
  'detail.evidence.noneBody':
    'No public report or document about this commitment has been found. No evidence does not mean no progress, and it is never counted as zero.',
  'detail.evidence.published': 'Published {date}',
  'detail.evidence.asOf': 'Describes the situation as of {date}',
  'detail.evidence.value': 'Reported figure: {value}',
  'detail.evidence.valueNew': 'Reported figure: {value} (only what was added in the period)',
  'detail.evidence.quote': 'Words of the report',
  'detail.evidence.source': 'Source: ',
  'detail.evidence.verdict': 'Verdict: ',

  'detail.chart.title': 'The value over time',
  'detail.chart.summary':
    '{count, plural, one {# like-for-like value} other {# like-for-like values}}; the latest is {latest} ({date}) against a target of {target}; the dashed line is the target.',
  'detail.chart.date': 'Date',
  'detail.chart.value': 'Value',
  'detail.chart.what': 'Source',
  'detail.chart.baseline': 'Baseline (the letter)',
  'detail.chart.summaryTwo':
    '{count, plural, one {# like-for-like value} other {# like-for-like values}}, the latest as of {date}. {progress}. The letter does not say whether the baseline counts toward the target: the two lines are the two readings; the dashed line is the target {target}.',
  'detail.chart.basis.excluding-baseline': 'Not counting the baseline of {baseline}',
  'detail.chart.basis.including-baseline': 'Counting the baseline of {baseline}',
  'detail.chart.derived': '{value} ({derivation})',
  'detail.chart.targetLine': 'Target {target}',
  'detail.chart.deadlineLine': 'Deadline',
  'detail.chart.noValues': 'No like-for-like values yet, so there is no chart.',
  'detail.history.title': 'History',
  'detail.history.intro':
    'The public record of each change published to this commitment’s data, newest first.',
  'detail.history.none': 'The record of changes lists nothing about this commitment.',
  'detail.history.loading': 'Reading the record of changes…',
  'detail.history.error':
    'The history could not be read: {message}. Nothing else on this page depends on it.',
  'detail.history.rule.verdict-needs-reason':
    'a change that sets or changes a rating must give its reason',
}
