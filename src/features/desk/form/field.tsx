import type { ReactNode } from 'react'

export interface FieldProps {
  /** Unique within the page: the input's id, and the key of its error. */
  id: string
  label: string
  hint?: string
  /** Shown, and announced, only once the field was left or the form was submitted. */
  error?: string
  children: (props: {
    id: string
    'aria-invalid': boolean | undefined
    'aria-describedby': string | undefined
  }) => ReactNode
}

/** A labelled control with its hint and error, wired with aria-describedby and aria-invalid. */
export function Field({ id, label, hint, error, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={`desk-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="desk-hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error && (
        <p className="desk-error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
