import { groupBy } from '../../src/lib/collections/group-by'

describe('groupBy', () => {
  it('groups by key, keeping the order of first appearance and the order within groups', () => {
    const rows = [
      { doc: 'b', n: 1 },
      { doc: 'a', n: 2 },
      { doc: 'b', n: 3 },
    ]
    const groups = groupBy(rows, (r) => r.doc)
    expect([...groups.keys()]).toEqual(['b', 'a'])
    expect(groups.get('b')?.map((r) => r.n)).toEqual([1, 3])
    expect(groups.get('a')?.map((r) => r.n)).toEqual([2])
    expect(groups.get('c')).toBeUndefined()
  })

  it('returns an empty map for no items', () => {
    expect(groupBy([], () => 'x').size).toBe(0)
  })
})
