import { useCallback, useEffect, useRef, useState } from 'react'

/**
 * A short confirmation ("copied", "downloaded") for an aria-live region next to the controls.
 * It clears itself after a while so the same message announces again on the next click.
 */
export function useAnnouncer(clearAfterMs = 8_000): [string, (message: string) => void] {
  const [message, setMessage] = useState('')
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])
  const announce = useCallback(
    (next: string) => {
      window.clearTimeout(timer.current)
      setMessage(next)
      timer.current = window.setTimeout(() => setMessage(''), clearAfterMs)
    },
    [clearAfterMs],
  )
  return [message, announce]
}
