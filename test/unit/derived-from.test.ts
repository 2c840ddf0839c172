import { describe, expect, it, vi } from 'vitest'
import { derivedFrom } from '../../src/lib/collections/derived-from'

describe('derivedFrom: values worked out once per array and key', () => {
  it('works a value out once per array and key, and again for another array or key', () => {
    const cache = derivedFrom<number[], number>()
    const rows = [1, 2, 3]
    const sum = vi.fn(() => rows.reduce((a, b) => a + b, 0))
    expect(cache(rows, 'sum', sum)).toBe(6)
    expect(cache(rows, 'sum', sum)).toBe(6)
    expect(sum).toHaveBeenCalledTimes(1)
    const other = [1, 2, 3]
    expect(cache(other, 'sum', () => 60)).toBe(60)
    expect(cache(rows, 'max', () => 3)).toBe(3)
    expect(cache(rows, 'sum', sum)).toBe(6)
    expect(sum).toHaveBeenCalledTimes(1)
  })

  it('keeps a few keys per array, dropping the oldest first', () => {
    const cache = derivedFrom<object, string>()
    const rows = {}
    for (let i = 0; i < 8; i += 1) cache(rows, `k${i}`, () => `v${i}`)
    cache(rows, 'k8', () => 'v8')
    const again = vi.fn(() => 'v0 again')
    expect(cache(rows, 'k0', again)).toBe('v0 again')
    expect(again).toHaveBeenCalledTimes(1)
    expect(cache(rows, 'k8', () => 'not asked')).toBe('v8')
  })

  it('keeps an undefined or null value as worked out, not as missing', () => {
    const cache = derivedFrom<object, null>()
    const rows = {}
    const none = vi.fn(() => null)
    cache(rows, 'x', none)
    cache(rows, 'x', none)
    expect(none).toHaveBeenCalledTimes(1)
  })
})

describe('derivedFrom with an input compared by identity', () => {
  it('works the value out again when that input is another one', () => {
    const cache = derivedFrom<object, string>()
    const rows = {}
    const t1 = () => 'a'
    const t2 = () => 'b'
    expect(cache(rows, 'zh', () => 'with t1', t1)).toBe('with t1')
    expect(cache(rows, 'zh', () => 'not asked', t1)).toBe('with t1')
    expect(cache(rows, 'zh', () => 'with t2', t2)).toBe('with t2')
    expect(cache(rows, 'zh', () => 'not asked', t2)).toBe('with t2')
  })
})
