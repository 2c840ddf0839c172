import { parseYuanText } from '../../../domain/draft/amount-text'
import { formatYuan } from '../../../domain/money'
import { useI18n } from '../../../lib/i18n/i18n-context'

/** Shows how a typed amount was read ("5334万元" → 53,340,000 元), so a slip of 万 is seen. */
export function AmountHint({ text }: { text: string }) {
  const { t, lang } = useI18n()
  const yuan = parseYuanText(text)
  if (yuan === null) return null
  return (
    <p className="desk-hint desk-amount-read" aria-live="polite">
      {t('desk.amount.read', {
        yuan: yuan.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN'),
        shown: formatYuan(yuan, lang),
      })}
    </p>
  )
}
