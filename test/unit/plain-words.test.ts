import { comparatorWords, formatFigure, withComparator } from '../../src/domain/figure-format'
import { LANGUAGES } from '../../src/domain/language'
import type { Comparator, Figure } from '../../src/domain/schema/primitives'
import { describeFigure } from '../../src/lib/export/describe-figure'
import { describeStatusReason } from '../../src/lib/format/describe-status'
import { allMessageKeys, catalogFor, translate } from '../../src/lib/i18n/translate'
import { wrapLabel, mostLines } from '../../src/lib/chart/wrap-label'

/*
 * Plain words, not notation: a target reads "不少于 20" / "at least 20", never "≥ 20" or
 * "= 5334万元", on the screen, in a status reason and in the exports alike.
 */

const COMPARATORS: Comparator[] = ['>=', '>', '=', '<=', '<']
const figure: Figure = {
  comparator: '>=',
  value: 20,
  unit: 'count',
  label: '个省市一体化项目',
  labelEn: 'integrated projects',
  asWritten: '20个以上',
}

describe('comparators in words', () => {
  it.each(LANGUAGES)('says the catalogue’s words in %s, and nothing for "="', (lang) => {
    for (const comparator of COMPARATORS) {
      const expected = comparator === '=' ? '' : translate(lang, `comparator.${comparator}`)
      expect(comparatorWords(comparator, lang)).toBe(expected)
    }
    expect(withComparator('5334万元', '=', lang)).toBe('5334万元')
    expect(withComparator('5334万元', null, lang)).toBe('5334万元')
  })

  it.each(LANGUAGES)('formats a figure as the exports describe it, in %s', (lang) => {
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
      translate(lang, key, params)
    for (const comparator of COMPARATORS) {
      const f = { ...figure, comparator }
      expect(formatFigure(f, lang)).toBe(describeFigure(f, t, lang))
      expect(formatFigure(f, lang)).not.toMatch(/[=≥≤<>]/)
    }
    expect(formatFigure(figure, 'zh-CN')).toBe('不少于 20 个省市一体化项目')
    expect(formatFigure(figure, 'en')).toBe('at least 20 integrated projects')
    expect(formatFigure({ ...figure, comparator: '>', value: 60 }, 'en')).toBe(
      'more than 60 integrated projects',
    )
  })

  it('words the target of a status reason, in both languages', () => {
    const reason = {
      code: 'below-open',
      params: { value: 12, target: 20, comparator: '>=', last: '2024-02-22' },
    } as Parameters<typeof describeStatusReason>[0]
    const zh = describeStatusReason(reason, (k, p) => translate('zh-CN', k, p), 'zh-CN')
    const en = describeStatusReason(reason, (k, p) => translate('en', k, p), 'en')
    expect(zh).toBe('最新数值 12,目标 不少于 20(2024年2月22日)')
    expect(en).toBe('latest value 12 against the target of at least 20 (Feb 22, 2024)')
    const money = {
      code: 'below-open',
      params: { value: 0, target: 53_340_000, comparator: '=', unit: 'yuan', last: '2024-02-22' },
    } as Parameters<typeof describeStatusReason>[0]
    expect(describeStatusReason(money, (k, p) => translate('zh-CN', k, p), 'zh-CN')).toContain(
      '目标 5334万元',
    )
  })

  it.each(LANGUAGES)('has no comparator symbol before a number in the %s catalogue', (lang) => {
    const catalog = catalogFor(lang)
    // The desk's comparator menu names the symbols on purpose (it edits the data's codes).
    const keys = allMessageKeys().filter((key) => !key.startsWith('desk.'))
    for (const key of keys) expect(`${key}: ${catalog[key]}`).not.toMatch(/[≥≤]|[=<>] ?[{\d]/)
  })

  it.each(LANGUAGES)('gives examples on no real-looking outside host in %s', (lang) => {
    const catalog = catalogFor(lang)
    for (const key of allMessageKeys()) {
      for (const url of catalog[key].match(/https?:\/\/[^\s(),;,;)]+/g) ?? []) {
        // A bare scheme ("http:// or https://") names the rule; a host must be a reserved example.
        const host = url.replace(/^https?:\/\//, '')
        if (host) expect(`${key}: ${host}`).toMatch(/\.example$/)
      }
    }
  })
})

describe('chart labels', () => {
  it('wraps a label onto as many lines as it needs and never cuts it off', () => {
    const label = 'Fiscal S&T funds for the 12 integrated projects (two batches)'
    const lines = wrapLabel(label, 9)
    expect(lines.join(' ')).toBe(label)
    expect(lines.every((line) => line.length <= 18)).toBe(true)
    expect(mostLines([label, 'Short'], 9)).toBe(lines.length)
  })

  it('breaks only a word longer than a line, with a hyphen', () => {
    expect(wrapLabel('Characteristic plants', 9)).toEqual(['Characteristic', 'plants'])
    expect(wrapLabel('Supercalifragilisticexpialidocious', 5)).toEqual([
      'Supercali-',
      'fragilist-',
      'icexpiali-',
      'docious',
    ])
  })

  it('still cuts to a number of lines where asked, with an ellipsis', () => {
    expect(wrapLabel('两批12个省市一体化重大科技项目财政科技经费', 5, 2)).toEqual([
      '两批12个',
      '省市一体…',
    ])
  })
})
