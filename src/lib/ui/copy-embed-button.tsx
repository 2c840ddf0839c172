import { useId, useLayoutEffect, useRef, useState } from 'react'
import { useI18n } from '../i18n/i18n-context'
import { useViewState } from '../router/view-state'
import { embedCode } from './embed-code'

interface Props {
  /** The widget's stable id (`?embed=<id>`). */
  id: string
  title: string
  /** The widget's title element, so the button says which widget it copies. */
  describedBy?: string
  announce: (message: string) => void
}

/**
 * Copies the iframe + script a host page needs to show this widget. The clipboard API needs a
 * secure context and permission; where it fails the code appears selected in a read-only box.
 */
export function CopyEmbedButton({ id, title, describedBy, announce }: Props) {
  const { t, lang } = useI18n()
  const { params } = useViewState()
  const [fallback, setFallback] = useState<string | null>(null)
  const boxId = useId()
  const box = useRef<HTMLTextAreaElement>(null)

  // In the commit that shows the box, so it is never on screen without the focus (a passive
  // effect runs a task later: a busy page could take a keystroke in between).
  useLayoutEffect(() => {
    if (fallback === null || !box.current) return
    box.current.focus()
    box.current.select()
  }, [fallback])

  const copy = async () => {
    const code = embedCode({ id, title, lang, viewParams: params })
    try {
      await navigator.clipboard.writeText(code)
      setFallback(null)
      announce(t('embed.copied', { title }))
    } catch {
      setFallback(code)
      announce(t('embed.copyFallback'))
    }
  }

  return (
    <>
      <button
        type="button"
        className="tool-button"
        aria-describedby={describedBy}
        data-embed-id={id}
        onClick={() => void copy()}
      >
        {t('embed.copy')}
      </button>
      {fallback !== null && (
        <span className="embed-code-fallback">
          <label htmlFor={boxId}>{t('embed.codeLabel', { title })}</label>
          <textarea id={boxId} ref={box} readOnly rows={4} value={fallback} />
        </span>
      )}
    </>
  )
}
