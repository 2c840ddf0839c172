import type { bulletin as zh } from '../zh-cn/bulletin'

export const bulletin: Record<keyof typeof zh, string> = {
  'nav.bulletin': 'Bulletin',
  'bulletin.title': 'Periodic bulletin',
  'bulletin.intro':
    'What changed in a period: evidence newly published, commitments whose status changed, deadlines, money allocated or paid out, and commitments with no evidence at all. It comes from the same assessment as every other page, and can be the draft of a weekly, monthly, quarterly or yearly report.',
  'bulletin.period': 'Period: {from} to {to}',
  'bulletin.baseline': 'Changes are measured against the state on {date}.',
  'bulletin.default': 'The address names no period, so last month is shown.',
  'bulletin.clipped':
    'The period ends ({to}) after the view date, so it is counted up to the view date ({asOf}).',

  'bulletin.problem.invalid-from':
    'The start date in the address, “{value}”, is not a real date; write it like 2024-01-01.',
  'bulletin.problem.invalid-to':
    'The end date in the address, “{value}”, is not a real date; write it like 2024-12-31.',
  'bulletin.problem.missing-from': 'The address gives an end date but no start date.',
  'bulletin.problem.missing-to': 'The address gives a start date but no end date.',
  'bulletin.problem.reversed':
    'The start date ({from}) is after the end date ({to}), so there is no such period.',
  'bulletin.problem.after-view':
    'The period starts on {from}, after the view date ({asOf}): nothing could be reported by then.',
  'bulletin.problem.hint': 'Choose one of the periods below, or enter both dates again.',

  'bulletin.presets.label': 'Choose a period',
  'bulletin.preset.week': 'Last week',
  'bulletin.preset.month': 'Last month',
  'bulletin.preset.quarter': 'Last quarter',
  'bulletin.preset.year': 'Last year',
  'bulletin.preset.since-letter': 'Since the reply letter',
  'bulletin.preset.note':
    'Periods count back from the view date: last week runs Monday to Sunday; last month, quarter and year are whole calendar periods. “Since the reply letter” runs from the date of the newest letter shown to the view date; the data does not date congress sessions, so periods cannot follow them.',
  'bulletin.preset.noLetterDate':
    'None of the letters shown states its date, so no period can start at a letter’s date.',
  'bulletin.form.label': 'Your own period',
  'bulletin.form.from': 'From',
  'bulletin.form.to': 'To',
  'bulletin.form.show': 'Show',

  'bulletin.counts.label': 'This period at a glance',
  'bulletin.count.evidence':
    '{count, plural, one {# piece} other {# pieces}} of evidence newly published',
  'bulletin.count.statusChanges': '{count, plural, one {# status change} other {# status changes}}',
  'bulletin.count.newLetters': '{count, plural, one {# new letter} other {# new letters}}',
  'bulletin.count.newlyOverdue':
    '{count, plural, one {# deadline} other {# deadlines}} passed without the promise kept',
  'bulletin.count.upcoming':
    '{count, plural, one {# deadline} other {# deadlines}} in the {days, plural, one {# day} other {# days}} after',
  'bulletin.count.money':
    '{count, plural, one {# record} other {# records}} of money allocated or paid out',
  'bulletin.count.noEvidence':
    '{count, plural, one {# commitment} other {# commitments}} with no evidence at all',
  'bulletin.count.unreadable':
    '{count, plural, one {# commitment} other {# commitments}} whose evidence file cannot be read',
  'bulletin.count.changeLog':
    '{count, plural, one {# entry} other {# entries}} in the record of changes',

  'bulletin.letter': 'Letter: {letter}',

  'bulletin.section.evidence': 'Evidence newly published',
  'bulletin.evidence.intro':
    'Evidence published within the period, newest first. Related figures and context carry their caveat and do not count as progress.',
  'bulletin.evidence.none': 'No evidence was published in this period.',

  'bulletin.section.status': 'Status changes',
  'bulletin.status.intro':
    'The status on {before} against the status on {after}, with the reason for the status on {after}. Reported results, estimates and declined requests have no status and are not listed.',
  'bulletin.status.none': 'No commitment’s status changed in this period.',
  'bulletin.status.changedTo': 'changed to',
  'bulletin.status.reason': 'Why: {reason}',
  'bulletin.newLetters.title': 'Letters new in this period',
  'bulletin.newLetters.note':
    'These letters came out within the period: their commitments are rated for the first time, which is not a change of status.',
  'bulletin.newLetters.item':
    '{letter} ({date}): {rated, plural, one {# commitment} other {# commitments}} rated for the first time, of {count} extracted',
  'bulletin.newLetters.noRated': 'None of its commitments is one that gets a status.',

  'bulletin.section.deadlines': 'Deadlines',
  'bulletin.deadlines.overdue': 'Deadlines that passed in this period, promise not kept',
  'bulletin.deadlines.overdue.none': 'No deadline passed in this period with the promise not kept.',
  'bulletin.deadlines.upcoming':
    'Due in the {days, plural, one {# day} other {# days}} after {date}',
  'bulletin.deadlines.upcoming.none':
    'Nothing falls due in the {days, plural, one {# day} other {# days}} after the period.',
  'bulletin.deadlines.due': 'Deadline: {deadline} (last day {date})',
  'bulletin.deadlines.overdueBy': '{days, plural, one {# day} other {# days}} overdue on {date}',
  'bulletin.deadlines.left': '{days, plural, one {# day} other {# days}} left on {date}',
  'bulletin.deadlines.dueOn': 'due on {date}',

  'bulletin.section.money': 'Money',
  'bulletin.money.intro':
    'Amounts allocated or paid out with a date within the period. Each is the amount as of its date, not what was added in the period; the amounts are not added up, and pledges, estimated needs and shortfalls are not counted.',
  'bulletin.money.none': 'No money allocated or paid out is recorded for this period.',
  'bulletin.money.amount': '{stage} {amount} (source: {asWritten})',
  'bulletin.money.asOf': 'as of {date}',
  'bulletin.money.dateFromLetter': 'the source gives no date; dated by the letter, {date}',
  'bulletin.money.previous': 'before: {amount} (as of {date})',
  'bulletin.money.noPrevious': 'no earlier amount at this stage',

  'bulletin.section.noEvidence': 'Commitments with no evidence at all',
  'bulletin.noEvidence.intro':
    'Commitments with no published evidence by {date}. No evidence means no news yet, not that the promise was broken.',
  'bulletin.noEvidence.none':
    'By {date}, every commitment that gets a status has at least one piece of published evidence.',
  'bulletin.unreadable.title': 'Evidence file cannot be read',
  'bulletin.unreadable.intro':
    'The evidence file of these letters cannot be read, so whether there is evidence is unknown; they are not listed as having none.',

  'bulletin.section.changeLog': 'Record of changes',
  'bulletin.changeLog.intro':
    'What each publish changed in the letters’ public data, for the entries dated within the period, newest first. Every verdict set or changed gives its reason.',
  'bulletin.changeLog.none': 'The record of changes has no entry dated in this period.',
  'bulletin.changeLog.noneOfRead':
    'The records of changes that could be read have no entry dated in this period.',
  'bulletin.changeLog.concerns': 'concerning',
  'bulletin.changeLog.separator': ', ',
  'bulletin.changeLog.gone': 'id {id} (no longer in the data at the end of the period)',
  'bulletin.changeLog.loading': 'Reading the record of changes of {letters}…',
  'bulletin.changeLog.stillLoading':
    'The record of changes of {letter} was still being read, so it is not listed.',
  'bulletin.changeLog.unread':
    'The record of changes of {letter} cannot be read: {message}. Whether it has entries in this period is unknown; the rest of the bulletin is not affected.',
  'bulletin.changeLog.unreadNoReason':
    'The record of changes of {letter} cannot be read. Whether it has entries in this period is unknown; the rest of the bulletin is not affected.',
  'bulletin.changeLog.partial':
    'Some entries of the record of changes of {letter} do not match the data format and are not listed.',

  'bulletin.export.label': 'Download this bulletin',
  'bulletin.export.done': 'Saved {file}',
  'bulletin.csv.section': 'Section',
  'bulletin.csv.letter': 'Letter',
  'bulletin.csv.commitmentId': 'Commitment id',
  'bulletin.csv.commitment': 'Commitment',
  'bulletin.csv.date': 'Date',
  'bulletin.csv.what': 'What',
  'bulletin.csv.comparability': 'Comparability',
  'bulletin.csv.note': 'Note',
  'bulletin.csv.source': 'Source',
  'bulletin.csv.from': 'Period from',
  'bulletin.csv.to': 'Period to',
  'bulletin.csv.kind.evidence': 'Evidence newly published',
  'bulletin.csv.kind.status': 'Status change',
  'bulletin.csv.kind.new-letter': 'New letter',
  'bulletin.csv.kind.overdue': 'Deadline passed in the period',
  'bulletin.csv.kind.upcoming': 'Due soon',
  'bulletin.csv.kind.money': 'Money',
  'bulletin.csv.kind.no-evidence': 'No evidence at all',
  'bulletin.csv.kind.unreadable': 'Evidence file cannot be read',
  'bulletin.csv.kind.change-log': 'Record of changes',
  'bulletin.csv.statusChange': 'from “{before}” to “{after}”',
  'bulletin.csv.firstStatus': 'first rated: {status}',

  'bulletin.embed.description':
    'What changed in a period: new evidence, status changes, deadlines, money and commitments with no evidence',
}
