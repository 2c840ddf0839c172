import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { en } from '../../src/lib/i18n/en'
import { enPublic } from '../../src/lib/i18n/en-public'
import { enDesk, zhCNDesk } from '../../src/lib/i18n/desk-catalogs'
import { zhCN } from '../../src/lib/i18n/zh-cn'
import { zhCNPublic } from '../../src/lib/i18n/zh-cn-public'

// The setup file loads every catalogue into the shared registry; each test here starts from a
// fresh, empty one, as a page does.
async function freshRegistry() {
  vi.resetModules()
  const registry = await import('../../src/lib/i18n/catalog-registry')
  const { translate } = await import('../../src/lib/i18n/translate')
  return { ...registry, translate }
}

afterEach(() => {
  vi.doUnmock('../../src/lib/i18n/en-public')
})

describe('message catalogue registry', () => {
  it('has a language only once it is loaded, and only that language', async () => {
    const { loadLanguage, isLanguageLoaded, translate } = await freshRegistry()
    expect(isLanguageLoaded('en')).toBe(false)
    expect(translate('en', 'app.language')).toBe('app.language')

    await loadLanguage('en')

    expect(isLanguageLoaded('en')).toBe(true)
    expect(translate('en', 'app.language')).toBe('Language')
    expect(isLanguageLoaded('zh-CN')).toBe(false)
    expect(translate('zh-CN', 'app.language')).toBe('app.language')
  })

  it('falls back to Chinese for a message missing in English, once Chinese is loaded', async () => {
    const { loadLanguage, translate } = await freshRegistry()
    await loadLanguage('zh-CN')
    // English not loaded: every message comes from the Chinese catalogue.
    expect(translate('en', 'app.language')).toBe('语言')
  })

  it('brings no desk messages with a language; the desk module registers them', async () => {
    const { loadLanguage, translate } = await freshRegistry()
    await Promise.all([loadLanguage('zh-CN'), loadLanguage('en')])
    expect(translate('zh-CN', 'desk.title.home')).toBe('desk.title.home')
    expect(translate('en', 'desk.title.home')).toBe('desk.title.home')

    await import('../../src/lib/i18n/desk-messages')

    expect(translate('zh-CN', 'desk.title.home')).toBe('数据台')
    expect(translate('en', 'desk.title.home')).toBe('Data desk')
  })

  it('loads the desk messages on their own for a page that opens on the desk', async () => {
    const { loadDeskMessages, translate } = await freshRegistry()
    await loadDeskMessages()
    expect(translate('en', 'desk.title.home')).toBe('Data desk')
  })

  it('rejects a language that cannot be downloaded, and tries again on the next call', async () => {
    const { loadLanguage, isLanguageLoaded } = await freshRegistry()
    vi.doMock('../../src/lib/i18n/en-public', () => {
      throw new Error('offline')
    })
    await expect(loadLanguage('en')).rejects.toThrow()
    expect(isLanguageLoaded('en')).toBe(false)

    vi.doUnmock('../../src/lib/i18n/en-public')
    await loadLanguage('en')
    expect(isLanguageLoaded('en')).toBe(true)
  })
})

describe('the language switch with catalogues loaded on demand', () => {
  async function renderSwitch() {
    const registry = await freshRegistry()
    await registry.loadLanguage('zh-CN')
    const { I18nProvider, useI18n } = await import('../../src/lib/i18n/i18n-context')
    // The app's own switch, as readers use it.
    const { LanguageSwitch } = await import('../../src/app/language-switch')
    function Probe() {
      const { t } = useI18n()
      return <p>{t('app.language')}</p>
    }
    render(
      <I18nProvider lang="zh-CN">
        <Probe />
        <LanguageSwitch />
      </I18nProvider>,
    )
    return registry
  }

  it('keeps the current language until the new one is in, then shows it', async () => {
    const { isLanguageLoaded } = await renderSwitch()
    expect(isLanguageLoaded('en')).toBe(false)
    await userEvent.click(screen.getByRole('button', { name: 'English' }))
    expect(await screen.findByText('Language')).toBeInTheDocument()
    expect(screen.queryByText('app.language')).not.toBeInTheDocument()
  })

  it('stays in the current language when the other cannot be downloaded', async () => {
    const { loadLanguage } = await renderSwitch()
    vi.doMock('../../src/lib/i18n/en-public', () => {
      throw new Error('offline')
    })
    await userEvent.click(screen.getByRole('button', { name: 'English' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '无法加载English界面文字,请在网络恢复后再试。当前语言保持不变。',
    )
    expect(screen.getByText('语言', { selector: 'p' })).toBeInTheDocument()
    await act(async () => {
      await expect(loadLanguage('en')).rejects.toThrow()
    })
  })

  it('opens in a loaded language when the wanted one is not (never a screen of keys)', async () => {
    const registry = await freshRegistry()
    await registry.loadLanguage('zh-CN')
    const { I18nProvider, useI18n } = await import('../../src/lib/i18n/i18n-context')
    function Probe() {
      const { t } = useI18n()
      return <p>{t('app.language')}</p>
    }
    render(
      <I18nProvider lang="en">
        <Probe />
      </I18nProvider>,
    )
    expect(screen.getByText('语言')).toBeInTheDocument()
    // …and the wanted language is not lost: it is loaded and switched to once it is in.
    expect(await screen.findByText('Language')).toBeInTheDocument()
  })
})

describe('catalogue split', () => {
  it('the public catalogues hold no desk message, the desk catalogues only desk messages', () => {
    for (const key of Object.keys(zhCNPublic)) expect(key.startsWith('desk.'), key).toBe(false)
    // 'nav.desk' names the navigation's desk link: main.tsx loads the desk's messages up front
    // when config.json shows that link.
    const deskKeys = Object.keys(zhCNDesk).filter((key) => key !== 'nav.desk')
    for (const key of deskKeys) expect(key.startsWith('desk.'), key).toBe(true)
    expect(Object.keys(enPublic).sort()).toEqual(Object.keys(zhCNPublic).sort())
    expect(Object.keys(enDesk).sort()).toEqual(Object.keys(zhCNDesk).sort())
  })

  it('public and desk parts make up the whole reference set', () => {
    const parts = [...Object.keys(zhCNPublic), ...Object.keys(zhCNDesk)]
    expect(new Set(parts).size).toBe(parts.length)
    expect(parts.sort()).toEqual(Object.keys(zhCN).sort())
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort())
  })

  it('the public catalogues do not import the desk areas', () => {
    for (const file of ['zh-cn-public.ts', 'en-public.ts']) {
      const source = readFileSync(join(process.cwd(), 'src/lib/i18n', file), 'utf8')
      expect(source, file).not.toMatch(/from '[^']*desk[^']*'/)
    }
  })
})
