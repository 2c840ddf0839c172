import type { deskChangeLog as zh } from '../zh-cn/desk-change-log'

/** English messages of the desk's change-log writing. */
export const deskChangeLog: Record<keyof typeof zh, string> = {
  'desk.changeLog.legend': 'Record of changes',
  'desk.changeLog.intro':
    'Every publish adds an entry to the letter’s public record of changes: the date, who recorded it and what changed; when a rating changes, the reason too.',
  'desk.changeLog.recordedBy': 'Recorded by',
  'desk.changeLog.recordedBy.hint': 'Your name, shown publicly exactly as you type it.',
  'desk.changeLog.recordedBy.missing':
    'Enter who recorded these changes: the record of changes names the person.',
  'desk.changeLog.summary': 'Summary (optional)',
  'desk.changeLog.summary.hint':
    'A sentence or two on what this publish holds, e.g. “progress from the 2024 work report”.',
  'desk.changeLog.reasons.intro':
    'This publish changes the rating of {count, plural, one {# commitment} other {# commitments}}; give the reason for each.',
  'desk.changeLog.reason.set': 'Why “{title}” is rated {to}',
  'desk.changeLog.reason.moved': 'Why the rating of “{title}” changes from {from} to {to}',
  'desk.changeLog.reason.withdrawn': 'Why the rating of “{title}” ({from}) is withdrawn',
  'desk.changeLog.reason.missing':
    'Give the reason the rating of “{title}” changes: a rating never changes without one.',
  'desk.changeLog.problem.incomplete':
    'Fill in the change record above first: who records this publish, and a reason for each change of rating.',
}
