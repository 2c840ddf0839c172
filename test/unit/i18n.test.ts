import { allMessageKeys, catalogFor, translate } from '../../src/lib/i18n/translate'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('messages', () => {
  it.each(allMessageKeys())('%s is translated into English with the same placeholders', (key) => {
    const zh = catalogFor('zh-CN')[key]
    const en = catalogFor('en')[key]
    expect(en.trim()).not.toBe('')
    expect(placeholders(en)).toEqual(placeholders(zh))
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh-CN', 'document.number', { number: '153005' })).toBe('第153005号建议')
    expect(translate('en', 'document.number', {})).toBe('Suggestion No. {number}')
  })
})
