import { messageParams, pluralSelectors } from '../../src/lib/i18n/message-format'
import { allMessageKeys, catalogFor, translate } from '../../src/lib/i18n/translate'
import { LANGUAGES } from '../../src/domain/language'

describe('messages', () => {
  it.each(allMessageKeys())('%s is translated into English with the same placeholders', (key) => {
    const zh = catalogFor('zh-CN')[key]
    const en = catalogFor('en')[key]
    expect(en.trim()).not.toBe('')
    expect(messageParams(en)).toEqual(messageParams(zh))
  })

  it.each(LANGUAGES)('every %s plural offers only forms the language has, and "other"', (lang) => {
    const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories
    for (const key of allMessageKeys()) {
      for (const plural of pluralSelectors(catalogFor(lang)[key])) {
        expect(plural.selectors, key).toContain('other')
        for (const selector of plural.selectors) {
          if (!selector.startsWith('=')) expect(forms, `${key}: ${selector}`).toContain(selector)
        }
      }
    }
  })

  // With every number set to 1, no English message may say "1 commitments" or "1 days": a
  // count next to a plural noun needs a plural message. Words ending in "s" that are not plural
  // nouns (verbs agreeing with "1", "status") are listed; add to the list, never drop the test.
  it('no English message puts 1 before a plural noun', () => {
    const notPlural = new Set(
      'is was has its this status as does us meets comes states contains needs plus minus'.split(
        ' ',
      ),
    )
    const mistakes: string[] = []
    for (const key of allMessageKeys()) {
      const template = catalogFor('en')[key]
      const ones = Object.fromEntries(messageParams(template).map((name) => [name, 1]))
      const text = translate('en', key, ones)
      for (const match of text.matchAll(/\b1((?: [a-z-]+){1,3})/gi)) {
        const words = match[1]!.trim().split(' ')
        const noun = words.find((word) => /[^s]s$/i.test(word) && !notPlural.has(word))
        if (noun) mistakes.push(`${key}: "${text}"`)
      }
    }
    expect(mistakes).toEqual([])
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh-CN', 'document.number', { number: '153005' })).toBe('第153005号建议')
    expect(translate('en', 'document.number', {})).toBe('Suggestion No. {number}')
  })
})
