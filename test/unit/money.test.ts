import { formatYuan, formatYuanAxis, formatYuanExact } from '../../src/domain/money'

describe('money', () => {
  it('shows 万元/亿元 in Chinese', () => {
    expect(formatYuan(187_000_000, 'zh-CN')).toBe('1.87亿元')
    expect(formatYuan(53_340_000, 'zh-CN')).toBe('5334万元')
    expect(formatYuan(300_000_000, 'zh-CN')).toBe('3亿元')
    expect(formatYuan(1_070_000, 'zh-CN')).toBe('107万元')
    expect(formatYuan(9_999, 'zh-CN')).toBe('9,999元')
    expect(formatYuan(0, 'zh-CN')).toBe('0元')
  })

  it('shows ¥M / ¥B in English', () => {
    expect(formatYuan(187_000_000, 'en')).toBe('¥187M')
    expect(formatYuan(53_340_000, 'en')).toBe('¥53.34M')
    expect(formatYuan(93_500_000, 'en')).toBe('¥93.5M')
    expect(formatYuan(5_000_000_000, 'en')).toBe('¥5B')
    expect(formatYuan(1_070_000, 'en')).toBe('¥1.07M')
  })

  it('gives the exact figure in the unit official documents use', () => {
    expect(formatYuanExact(187_000_000, 'zh-CN')).toBe('18700万元')
    expect(formatYuanExact(53_340_000, 'zh-CN')).toBe('5334万元')
    expect(formatYuanExact(12_345, 'zh-CN')).toBe('12345元')
    expect(formatYuanExact(53_340_000, 'en')).toBe('¥53,340,000')
  })

  it('never puts a raw 120000000 on an axis', () => {
    expect(formatYuanAxis(120_000_000, 'zh-CN')).toBe('1.2亿')
    expect(formatYuanAxis(50_000_000, 'zh-CN')).toBe('5,000万')
    expect(formatYuanAxis(120_000_000, 'en')).toBe('¥120M')
    expect(formatYuanAxis(0, 'zh-CN')).toBe('0')
  })
})
