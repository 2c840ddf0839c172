import { useI18n } from '../lib/i18n/i18n-context'

export function NotFound({ path }: { path: string }) {
  const { t } = useI18n()
  return (
    <div className="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path })}</p>
      <a href="#/">{t('nav.overview')}</a>
    </div>
  )
}
