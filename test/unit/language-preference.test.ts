import { initialLanguage, saveLanguage } from '../../src/lib/i18n/language-preference'

describe('language preference', () => {
  it('defaults to Chinese', () => {
    expect(initialLanguage({ search: '', hash: '' })).toBe('zh-CN')
  })
  it('honours ?lang= before the hash or inside it, over the saved choice', () => {
    saveLanguage('zh-CN')
    expect(initialLanguage({ search: '?lang=en', hash: '' })).toBe('en')
    expect(initialLanguage({ search: '', hash: '#/commitments?lang=en' })).toBe('en')
  })
  it('remembers the last choice and ignores unknown languages', () => {
    saveLanguage('en')
    expect(initialLanguage({ search: '?lang=fr', hash: '' })).toBe('en')
  })
})
