import { useCallback, useState } from 'react'

export type FormValues = Record<string, string>

/**
 * Text values of a form plus which fields were left: an error shows once its field was left (or
 * on submit), and from then on follows every keystroke, so typing a date is not interrupted by
 * "invalid date" after the first digit.
 */
export function useFormValues(initial: FormValues) {
  const [values, setValues] = useState<FormValues>(initial)
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())
  const [submitted, setSubmitted] = useState(false)

  const set = useCallback((name: string, value: string) => {
    setValues((old) => ({ ...old, [name]: value }))
  }, [])
  const leave = useCallback((name: string) => {
    setTouched((old) => (old.has(name) ? old : new Set(old).add(name)))
  }, [])
  const reset = useCallback((next: FormValues) => {
    setValues(next)
    setTouched(new Set())
    setSubmitted(false)
  }, [])
  const shows = useCallback((name: string) => submitted || touched.has(name), [submitted, touched])
  /** Props for a text input or select bound to `name`. */
  const bind = (name: string) => ({
    name,
    value: values[name] ?? '',
    onChange: (event: { target: { value: string } }) => set(name, event.target.value),
    onBlur: () => leave(name),
  })
  return { values, set, bind, shows, reset, submit: () => setSubmitted(true), submitted }
}
