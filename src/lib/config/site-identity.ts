import { useEffect } from 'react'
import { localized } from '../../domain/language'
import { useRuntimeConfig } from './config-context'
import { useI18n } from '../i18n/i18n-context'

export interface SiteIdentity {
  title: string
  organisation: string | null
}

/** The site's name and owner: config.json's when set, else the built-in "承诺追踪". */
export function useSiteIdentity(): SiteIdentity {
  const { t, lang } = useI18n()
  const { config } = useRuntimeConfig()
  return {
    title: config.title ? localized(lang, config.title, config.titleEn) : t('app.title'),
    organisation: config.organisation
      ? localized(lang, config.organisation, config.organisationEn)
      : null,
  }
}

/** Keeps `<title>` in step with the site (and, in an embed, the widget) in the reader's language. */
export function useDocumentTitle(parts: ReadonlyArray<string | null | undefined>): void {
  const title = parts.filter(Boolean).join(' · ')
  useEffect(() => {
    if (title) document.title = title
  }, [title])
}
