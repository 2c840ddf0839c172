import { useId, useState } from 'react'
import { todayIso } from '../../../domain/dates'
import { downloadText, JSON_TYPE } from '../../../lib/export/download'
import { readFileText } from '../../../lib/draft/read-file-text'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { ConfirmButton } from '../form/confirm-button'
import { describeDraftProblem } from '../home/draft-problem'
import type { Desk } from '../use-desk'

/** The draft as a file: to continue on another computer, or to hand to a colleague. */
export function DraftFileActions({ desk }: { desk: Desk }) {
  const { t } = useI18n()
  const id = useId()
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null)
  return (
    <section className="desk-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('desk.draftFile.title')}</h2>
      <p className="desk-hint">{t('desk.draftFile.intro')}</p>
      <p className="desk-actions">
        <button
          type="button"
          onClick={() => {
            const name = `commitment-tracker-draft-${todayIso()}.json`
            downloadText(desk.store.exportText(), name, JSON_TYPE)
            setMessage({ text: t('export.done', { file: name }), bad: false })
          }}
        >
          {t('desk.draftFile.export')}
        </button>
      </p>
      <div className="desk-field">
        <label htmlFor={`${id}-import`}>{t('desk.draftFile.import')}</label>
        <p className="desk-hint" id={`${id}-import-hint`}>
          {t('desk.draftFile.importHint')}
        </p>
        <input
          id={`${id}-import`}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-import-hint`}
          onChange={async (event) => {
            const file = event.target.files?.[0]
            event.target.value = ''
            if (!file) return
            const text = await readFileText(file).catch(() => '')
            const result = desk.store.importText(text)
            setMessage(
              result.ok
                ? { text: t('desk.draftFile.imported', { file: file.name }), bad: false }
                : {
                    text: t('desk.draftFile.importFailed', {
                      problem: describeDraftProblem(result.problem, t),
                    }),
                    bad: true,
                  },
            )
          }}
        />
      </div>
      <p className="desk-actions">
        <ConfirmButton
          label={t('desk.draftFile.discard')}
          question={t('desk.discard.question')}
          confirmLabel={t('desk.discard.confirm')}
          onConfirm={() => {
            desk.store.discard()
            setMessage({ text: t('desk.draftFile.discarded'), bad: false })
          }}
        />
      </p>
      <p
        role={message?.bad ? 'alert' : 'status'}
        className={message?.bad ? 'desk-error' : 'desk-announce'}
      >
        {message?.text}
      </p>
    </section>
  )
}
