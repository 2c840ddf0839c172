import { useId, useState } from 'react'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { readLetterFile } from './letter-file'

/** Loads a letter from a .txt file (UTF-8); a GBK file is refused with a way to fix it. */
export function LetterFileInput({ onText }: { onText: (text: string) => void }) {
  const { t } = useI18n()
  const id = useId()
  const [problem, setProblem] = useState<string | null>(null)
  return (
    <div className="desk-field">
      <label htmlFor={id}>{t('desk.letter.file')}</label>
      <input
        id={id}
        type="file"
        accept=".txt,text/plain"
        aria-describedby={problem ? `${id}-error` : undefined}
        onChange={async (event) => {
          const file = event.target.files?.[0]
          if (!file) return
          const result = await readLetterFile(file)
          if (result.ok) {
            setProblem(null)
            onText(result.text)
          } else setProblem(t(`desk.letter.fileProblem.${result.problem}`))
          event.target.value = ''
        }}
      />
      {problem && (
        <p className="desk-error" id={`${id}-error`} role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
