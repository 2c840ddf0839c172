import type { Change, ChangeLogEntry } from '../../src/domain/schema/change-log'
import { recordedByUpdate } from '../../src/features/evidence/model/recorded-by'

/** Illustrative change log entries, made up for this test: ids, dates and names are examples. */
function entry(id: string, date: string, recordedBy: string, changes: Change[]): ChangeLogEntry {
  return { id, date, recordedBy, changes }
}
const added = (itemId: string): Change => ({ file: 'updates', itemId, action: 'added' })
const changed = (itemId: string): Change => ({
  file: 'updates',
  itemId,
  action: 'changed',
  field: 'summary',
})

describe('when and by whom each update was recorded', () => {
  it('gives the entry that added an update', () => {
    const first = entry('ch-1', '2024-03-01', '李四', [added('u-1'), added('u-2')])
    const map = recordedByUpdate([first])
    expect(map.get('u-1')).toEqual({ added: first })
    expect(map.get('u-2')).toEqual({ added: first })
  })

  it('says nothing of an update the log does not mention', () => {
    const map = recordedByUpdate([entry('ch-1', '2024-03-01', '李四', [added('u-1')])])
    expect(map.get('u-0')).toBeUndefined()
    expect(map.has('u-0')).toBe(false)
  })

  it('gives the latest change after the addition', () => {
    const first = entry('ch-1', '2024-03-01', '李四', [added('u-1')])
    const second = entry('ch-2', '2024-05-02', '张三', [changed('u-1')])
    const third = entry('ch-3', '2025-01-10', '王五', [changed('u-1')])
    expect(recordedByUpdate([first, second, third]).get('u-1')).toEqual({
      added: first,
      lastChanged: third,
    })
  })

  it('takes the earliest addition and the latest change by date, whatever the file order', () => {
    const late = entry('ch-1', '2025-02-01', '张三', [added('u-1'), changed('u-2')])
    const early = entry('ch-2', '2024-03-01', '李四', [added('u-1'), changed('u-2')])
    const map = recordedByUpdate([late, early])
    expect(map.get('u-1')?.added).toBe(early)
    expect(map.get('u-2')?.lastChanged).toBe(late)
  })

  it('on one day, the entry later in the file is the later publish', () => {
    const a = entry('ch-1', '2024-03-01', '李四', [added('u-1'), changed('u-2')])
    const b = entry('ch-2', '2024-03-01', '张三', [added('u-1'), changed('u-2')])
    const map = recordedByUpdate([a, b])
    expect(map.get('u-1')?.added).toBe(a)
    expect(map.get('u-2')?.lastChanged).toBe(b)
  })

  it('gives a change alone when the addition came before the log began', () => {
    const only = entry('ch-1', '2024-06-01', '张三', [changed('u-1')])
    expect(recordedByUpdate([only]).get('u-1')).toEqual({ lastChanged: only })
  })

  it('reads only changes to updates, and ignores removals', () => {
    const log = [
      entry('ch-1', '2024-03-01', '李四', [
        { file: 'commitments', itemId: 'c-1', action: 'added' },
        { file: 'funding', itemId: 'f-1', action: 'added' },
        { file: 'document', itemId: 'doc-1', action: 'changed', field: 'title' },
        { file: 'updates', itemId: 'u-9', action: 'removed' },
      ]),
    ]
    const map = recordedByUpdate(log)
    expect(map.size).toBe(0)
  })

  it('does not call the adding publish also the last change', () => {
    const both = entry('ch-1', '2024-03-01', '李四', [added('u-1'), changed('u-1')])
    expect(recordedByUpdate([both]).get('u-1')).toEqual({ added: both })
  })

  it('reads nothing from an empty log', () => {
    expect(recordedByUpdate([]).size).toBe(0)
  })
})
