import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import { LANGUAGES, type Language } from '../../domain/language'
import {
  catalogsVersion,
  isLanguageLoaded,
  loadLanguage,
  subscribeCatalogs,
} from './catalog-registry'
import { initialLanguage, saveLanguage } from './language-preference'
import { translate, type Translate } from './translate'

interface I18n {
  lang: Language
  t: Translate
  /** Switches once the language's messages are in; meanwhile the current language stays. */
  setLang: (lang: Language) => void
  /** The language a switch to could not be loaded (offline); cleared by the next switch. */
  failedLang: Language | null
}

const I18nContext = createContext<I18n | null>(null)

/** The wanted language when its messages are in, else one that is (never a screen of keys). */
function shownLanguage(wanted: Language): Language {
  return isLanguageLoaded(wanted) ? wanted : (LANGUAGES.find(isLanguageLoaded) ?? wanted)
}

export function I18nProvider({ children, lang: fixed }: { children: ReactNode; lang?: Language }) {
  const [first] = useState<Language>(() => fixed ?? initialLanguage())
  const [lang, setLangState] = useState<Language>(() => shownLanguage(first))
  const [failedLang, setFailedLang] = useState<Language | null>(null)
  // The last language asked for: a slower earlier switch must not override a later one.
  const wanted = useRef<Language>(first)
  // Messages that arrive later (the desk's, a language loaded elsewhere) render again.
  const version = useSyncExternalStore(subscribeCatalogs, catalogsVersion, catalogsVersion)
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])
  const setLang = useCallback((next: Language) => {
    wanted.current = next
    setFailedLang(null)
    const show = () => {
      saveLanguage(next)
      setLangState(next)
    }
    if (isLanguageLoaded(next)) return show()
    loadLanguage(next).then(
      () => {
        if (wanted.current === next) show()
      },
      (error: unknown) => {
        if (wanted.current !== next) return
        console.error(`The ${next} messages could not be loaded`, error)
        setFailedLang(next)
      },
    )
  }, [])
  useEffect(() => {
    // main.tsx loads the first language before the first render; if that was not possible, the
    // provider shows a loaded one meanwhile and switches once the first one is in.
    if (isLanguageLoaded(first)) return
    loadLanguage(first).then(
      () => {
        if (wanted.current === first) setLangState(first)
      },
      () => undefined,
    )
  }, [first])
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      failedLang,
      t: (key, params) => translate(lang, key, params),
    }),
    // `version`: a new `t` once more messages are in, so memoized readers render again.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version is that signal, not an input
    [lang, setLang, failedLang, version],
  )
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

// eslint-disable-next-line react-refresh/only-export-components -- hook belongs with its provider
export function useI18n(): I18n {
  const context = useContext(I18nContext)
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>')
  return context
}
