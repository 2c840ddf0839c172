import type { status as zh } from '../zh-cn/status'

export const status: Record<keyof typeof zh, string> = {
  'status.kept': 'Kept',
  'status.partly-kept': 'Partly kept',
  'status.in-progress': 'In progress',
  'status.stalled': 'Stalled',
  'status.broken': 'Broken',
  'status.not-rated': 'Not yet rated',

  'status.source.verdict': 'Verdict',
  'status.source.computed': 'Computed by the rules',
  'status.differs': 'The data gives the verdict "{verdict}"; the rules compute "{computed}".',

  'reason.verdict': 'verdict of {date}',
  'reason.result-reported': 'work the letter reports as done (a result, not a promise to track)',
  'reason.no-evidence': 'no evidence published',
  'reason.no-evidence-overdue':
    'deadline {due} passed {days, plural, one {# day} other {# days}} ago; no evidence published',
  'reason.target-met': 'latest value {value} meets the target of {target} ({last})',
  'reason.below-overdue':
    'deadline {due} passed, last reported value {value} against the target of {target}',
  'reason.nothing-by-deadline':
    'deadline {due} passed, last reported value 0 against the target of {target}',
  'reason.below-open': 'latest value {value} against the target of {target} ({last})',
  'reason.qualitative-evidence': 'progress reported (latest {last}); no verdict yet',

  'light.green': 'On track',
  'light.yellow': 'Due soon or behind pace',
  'light.red': 'Overdue',
  'light.none': 'No deadline stated',
  'light.done': 'Done',
  'deadline.daysLeft': '{days, plural, one {# day} other {# days}} left',
  'deadline.daysOverdue': '{days, plural, one {# day} other {# days}} overdue',
  'deadline.dueToday': 'due today',
  'deadline.behindPace': 'behind pace',

  'kind.result': 'Reported result',
  'kind.forecast': 'Forecast',
  'kind.target': 'Numeric target',
  'kind.estimate': 'Estimate or stated need',
  'kind.declined': 'Request declined',
  'kind.promise': 'Qualitative promise',

  'category.projects': 'Projects',
  'category.funding': 'Funding',
  'category.outcomes': 'Outcomes',
  'category.platforms': 'Platforms',
  'category.talent': 'Talent',
  'category.institutions': 'Institutions',
  'category.coordination': 'Coordination',
  'category.reporting': 'Reporting',
  'category.policy': 'Policy',
  'category.infrastructure': 'Infrastructure',
  'category.services': 'Public services',
  'category.other': 'Other',

  'routine.weekly': 'weekly report',
  'routine.monthly': 'monthly bulletin',
  'routine.quarterly': 'quarterly analysis',
  'routine.annual': 'annual appraisal',

  'comparability.same-metric': 'like-for-like figure',
  'comparability.related-metric': 'related, not the same metric',
  'comparability.context': 'context',
} as const
