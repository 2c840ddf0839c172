import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import type { Language } from '../../domain/language'
import { initialLanguage, saveLanguage } from './language-preference'
import { translate, type Translate } from './translate'

interface I18n {
  lang: Language
  t: Translate
  setLang: (lang: Language) => void
}

const I18nContext = createContext<I18n | null>(null)

export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Language }) {
  const [lang, setLangState] = useState<Language>(() => fixed ?? initialLanguage())
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])
  const setLang = useCallback((next: Language) => {
    saveLanguage(next)
    setLangState(next)
  }, [])
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }),
    [lang, setLang],
  )
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

// eslint-disable-next-line react-refresh/only-export-components -- hook belongs with its provider
export function useI18n(): I18n {
  const context = useContext(I18nContext)
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>')
  return context
}
