import type { assessment as zh } from '../zh-cn/assessment'

/** The words of the one assessment, shared by every surface (English). */
export const assessment: Record<keyof typeof zh, string> = {
  'reason.no-comparable-evidence':
    'no like-for-like value yet; {count, plural, one {# piece} other {# pieces}} of related or context evidence (latest {last}), not counted as progress',
  'reason.no-comparable-evidence-overdue':
    'deadline {due} passed {days, plural, one {# day} other {# days}} ago; no like-for-like value; {count, plural, one {# piece} other {# pieces}} of related or context evidence, not counted as progress',
  'reason.evidence-unavailable': 'the evidence file could not be loaded; cannot be rated for now',
  'reason.readings-differ':
    'the latest value reads as {value} or {valueAlt}: one meets the target of {target}, the other does not; the letter does not say whether the baseline counts, so no rating',
  'reason.target-met.two':
    'the latest value reads as {value} or {valueAlt}; both meet the target of {target} ({last})',
  'reason.below-overdue.two':
    'deadline {due} passed; the latest value reads as {value} or {valueAlt}, against the target of {target}',
  'reason.below-open.two':
    'the latest value reads as {value} or {valueAlt}, against the target of {target} ({last})',

  'assessment.label': 'Kind',
  'assessment.progress': 'Progress',
  'assessment.progress.none': 'No like-for-like value yet; no progress computed',
  'assessment.progress.one': '{value} of the target {target} · {percent} of target',
  'assessment.progress.two': 'Two readings: {first}; {second}',
  'assessment.progress.twoWhy':
    'The letter does not say whether the baseline ({baseline}) counts toward the target, so both readings are given and no single percentage.',
  'assessment.reading.as-reported': '{value}',
  'assessment.reading.excluding-baseline': 'not counting the baseline of {baseline}: {value}',
  'assessment.reading.including-baseline': 'counting the baseline of {baseline}: {value}',
  'assessment.reading.ofTarget': '{value} of {target}',
  'assessment.derived': 'derived, not stated in the letter: {left} plus {right}',
  'assessment.derived.minus': 'derived, not stated in the letter: {left} minus {right}',

  'assessment.evidence.latest': 'Latest evidence',
  'assessment.evidence.unavailable':
    'the evidence file could not be loaded: whether there is evidence is unknown',
  'assessment.evidence.none': 'No evidence published',
  'assessment.evidence.label': 'Comparability',
  'assessment.evidence.caveat': 'Caveat: ',
  'assessment.evidence.caveatGeneric.related-metric':
    'This evidence measures something different from the commitment; for reference only, not counted as progress.',
  'assessment.evidence.caveatGeneric.context':
    'This is background information, not a result of this commitment.',
  'assessment.evidence.published': 'published {date}',
  'assessment.evidence.source': 'Source: {source}',

  'assessment.freshness.evidence':
    'newest evidence published {date}, {days, plural, one {# day} other {# days}} before the view date',
  'assessment.freshness.letter':
    '{days, plural, one {# day} other {# days}} since the letter ({date}) with no published evidence',
  'assessment.freshness.quiet': 'no news for over a year',
  'assessment.openDays':
    'no deadline stated · open for {days, plural, one {# day} other {# days}} since the letter',

  'assessment.quote.letter': 'The letter’s words',
  'assessment.quote.notFound':
    'These words were not found in the letter’s full text: check the data',
  'assessment.quote.unchecked': 'Not yet checked against the letter’s full text',

  'assessment.dates.asOf': 'View date {date}',
  'assessment.dates.newestEvidence': 'newest evidence published {date}',
  'assessment.dates.noEvidence': 'no evidence published by the view date',
}
