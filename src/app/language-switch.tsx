import { LANGUAGES, type Language } from '../domain/language'
import { useI18n } from '../lib/i18n/i18n-context'

const NAMES: Record<Language, string> = { 'zh-CN': '中文', en: 'English' }

export function LanguageSwitch() {
  const { lang, setLang, t, failedLang } = useI18n()
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={lang === option}
          onClick={() => setLang(option)}
        >
          {NAMES[option]}
        </button>
      ))}
      {/* A switch that could not load its text (offline) says so; the page stays readable. */}
      {failedLang && (
        <p role="alert" className="language-switch-failed">
          {t('app.languageFailed', { language: NAMES[failedLang] })}
        </p>
      )}
    </div>
  )
}
