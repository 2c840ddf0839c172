import type { deskMerge as zh } from '../zh-cn/desk-merge'

/** English messages of the desk's draft merging. */
export const deskMerge: Record<keyof typeof zh, string> = {
  'desk.merge.heading': 'Merged with the published data',
  'desk.merge.intro':
    'The draft keeps the changes you made, item by item. At review and download they are placed on the data files as the server has them now: whatever a colleague published meanwhile is kept.',
  'desk.merge.checking': 'Reading the data files on the server again…',
  'desk.merge.recheck': 'Read the published data again',
  'desk.merge.checkFailed':
    'The data files on the server could not be read again; merged with the version read before: {problem}',
  'desk.merge.unchanged': 'The published data files have not changed since this draft began.',
  'desk.merge.serverHeading': 'Published since this draft began (kept)',
  'desk.merge.added.updates':
    '{count, plural, one {A colleague published # new update} other {A colleague published # new updates}} to {letter}.',
  'desk.merge.changed.updates':
    '{count, plural, one {A colleague changed # update} other {A colleague changed # updates}} of {letter}.',
  'desk.merge.removed.updates':
    '{count, plural, one {A colleague removed # update} other {A colleague removed # updates}} of {letter}.',
  'desk.merge.added.commitments':
    '{count, plural, one {A colleague published # new commitment} other {A colleague published # new commitments}} of {letter}.',
  'desk.merge.changed.commitments':
    '{count, plural, one {A colleague changed # commitment} other {A colleague changed # commitments}} of {letter}.',
  'desk.merge.removed.commitments':
    '{count, plural, one {A colleague removed # commitment} other {A colleague removed # commitments}} of {letter}.',
  'desk.merge.added.funding':
    '{count, plural, one {A colleague published # new funding line} other {A colleague published # new funding lines}} of {letter}.',
  'desk.merge.changed.funding':
    '{count, plural, one {A colleague changed # funding line} other {A colleague changed # funding lines}} of {letter}.',
  'desk.merge.removed.funding':
    '{count, plural, one {A colleague removed # funding line} other {A colleague removed # funding lines}} of {letter}.',
  'desk.merge.added.document': 'A colleague changed the letter details of {letter}.',
  'desk.merge.changed.document': 'A colleague changed the letter details of {letter}.',
  'desk.merge.removed.document': 'A colleague changed the letter details of {letter}.',
  'desk.merge.conflictsHeading': 'Conflicts for you to decide',
  'desk.merge.conflictsIntro':
    'You and a colleague both changed the following, differently. Choose which version stays, one by one; nothing can be downloaded or published until all are decided.',
  'desk.merge.undecided':
    '{count, plural, one {# conflict is} other {# conflicts are}} not decided yet; nothing can be downloaded or published until then.',
  'desk.merge.allDecided':
    '{count, plural, one {The conflict is decided.} other {All # conflicts are decided.}}',
  'desk.merge.conflictWhere': '{letter} · {file} {id}',
  'desk.merge.conflictWhole': 'the whole item',
  'desk.merge.conflictField': 'field {field}',
  'desk.merge.file.document': 'letter details',
  'desk.merge.file.commitments': 'commitment',
  'desk.merge.file.updates': 'update',
  'desk.merge.file.funding': 'funding line',
  'desk.merge.mine': 'Your draft',
  'desk.merge.theirs': 'Published version (colleague)',
  'desk.merge.keepMine': 'Keep mine',
  'desk.merge.keepTheirs': 'Keep the published one',
  'desk.merge.absent': '(not there: removed)',
  'desk.merge.empty': '(empty)',
  'desk.merge.migrated':
    'This draft comes from an older data desk that kept whole copies of files; it has been converted to item-by-item changes. The old draft did not record which version it started from, so everything that differs from the published data is listed as a conflict for you to decide.',
  'desk.merge.migrationGap':
    '{letter}: the published data has {count} {file} item(s) the old draft’s copy lacked ({ids}). They are kept (a colleague may have added them, or you may have removed them); remove them again at the desk if they should go.',
  'desk.merge.letterGone':
    '{letter} is no longer in the published data; the draft’s {count} change(s) to it cannot be placed.',
  'desk.merge.problem.conflict':
    '{where}: your draft and the published version differ, and which one stays is not decided yet.',
  'desk.merge.problem.letterGone':
    '{letter} is no longer in the published data; the draft’s {count} change(s) to it cannot be placed. Revert the changes to it.',
  'desk.merge.changedBeforeDownload':
    'The data files on the server have just changed and the draft was merged again. Check “Merged with the published data”, then download.',
}
