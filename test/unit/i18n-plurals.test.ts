import {
  formatMessage,
  messageParams,
  parseMessage,
  pluralSelectors,
} from '../../src/lib/i18n/message-format'
import { translate } from '../../src/lib/i18n/translate'

describe('plural messages (Intl.PluralRules)', () => {
  const items = '{count, plural, one {# item} other {# items}}'

  it('picks the English form by number and formats the number', () => {
    expect(formatMessage(items, { count: 1 }, 'en')).toBe('1 item')
    expect(formatMessage(items, { count: 0 }, 'en')).toBe('0 items')
    expect(formatMessage(items, { count: 2 }, 'en')).toBe('2 items')
    expect(formatMessage(items, { count: 12345 }, 'en')).toBe('12,345 items')
  })

  it('uses the one Chinese form whatever the number', () => {
    const zh = '{count, plural, other {# 项}}'
    expect(formatMessage(zh, { count: 1 }, 'zh-CN')).toBe('1 项')
    expect(formatMessage(zh, { count: 2 }, 'zh-CN')).toBe('2 项')
  })

  it('prefers an exact =N form, and falls back to other', () => {
    const text = '{n, plural, =0 {none} one {one} other {# of them}}'
    expect(formatMessage(text, { n: 0 }, 'en')).toBe('none')
    expect(formatMessage(text, { n: 1 }, 'en')).toBe('one')
    expect(formatMessage(text, { n: 7 }, 'en')).toBe('7 of them')
    expect(formatMessage('{n, plural, other {# x}}', { n: 1 }, 'en')).toBe('1 x')
  })

  it('fills placeholders inside forms and keeps # literal outside a plural', () => {
    const text = 'See #/list: {count, plural, one {# row in {file}} other {# rows in {file}}}'
    expect(formatMessage(text, { count: 1, file: 'a.csv' }, 'en')).toBe(
      'See #/list: 1 row in a.csv',
    )
  })

  it('counts each number on its own in one message', () => {
    const params = { due: '2024-12-31', last: '2025-02-20' }
    expect(
      translate('en', 'reason.no-comparable-evidence-overdue', { ...params, days: 1, count: 2 }),
    ).toBe(
      'deadline 2024-12-31 passed 1 day ago; no like-for-like value; 2 pieces of related or context evidence, not counted as progress',
    )
    expect(
      translate('en', 'reason.no-comparable-evidence-overdue', { ...params, days: 3, count: 1 }),
    ).toBe(
      'deadline 2024-12-31 passed 3 days ago; no like-for-like value; 1 piece of related or context evidence, not counted as progress',
    )
  })

  it('says "1 commitment" and "2 commitments" in the list count, and leaves Chinese alone', () => {
    expect(translate('en', 'list.count', { shown: 1, total: 1 })).toBe('Showing 1 of 1 commitment')
    expect(translate('en', 'list.count', { shown: 2, total: 55 })).toBe(
      'Showing 2 of 55 commitments',
    )
    expect(translate('zh-CN', 'list.count', { shown: 1, total: 1 })).toBe('显示 1 / 1 项承诺')
  })

  it('counts days in deadlines and status reasons', () => {
    expect(translate('en', 'deadline.daysLeft', { days: 1 })).toBe('1 day left')
    expect(translate('en', 'deadline.daysLeft', { days: 12 })).toBe('12 days left')
    expect(translate('en', 'deadline.daysOverdue', { days: 1 })).toBe('1 day overdue')
    expect(translate('en', 'deadline.daysOverdue', { days: 300 })).toBe('300 days overdue')
    expect(translate('zh-CN', 'deadline.daysLeft', { days: 12 })).toBe('还剩 12 天')
    expect(translate('zh-CN', 'deadline.daysOverdue', { days: 3 })).toBe('逾期 3 天')
  })

  it('leaves a missing count visible instead of guessing a form', () => {
    expect(formatMessage(items, {}, 'en')).toBe('{count}')
    expect(formatMessage(items, { count: 'many' }, 'en')).toBe('{count}')
  })

  it('keeps braces that start no placeholder as text', () => {
    expect(formatMessage('one JSON object ({ … }) }', {}, 'en')).toBe('one JSON object ({ … }) }')
  })

  it('lists the parameters a message uses, plural selectors included', () => {
    expect(messageParams('{a} and {n, plural, one {# {b}} other {# {b}s}}')).toEqual([
      'a',
      'b',
      'n',
    ])
    expect(pluralSelectors(items)).toEqual([{ name: 'count', selectors: ['one', 'other'] }])
  })

  it('rejects malformed plurals when parsing, but shows them as written when rendering', () => {
    for (const bad of [
      '{count, plural, one {# item}}',
      '{count, plural, one {# item} other {# items}',
      '{count, select, a {x} other {y}}',
    ]) {
      expect(() => parseMessage(bad), bad).toThrow()
      expect(formatMessage(bad, { count: 1 }, 'en')).toBe(bad)
    }
  })
})
