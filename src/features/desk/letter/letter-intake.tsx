import { useMemo, useState } from 'react'
import { addLetter, setLetterWork } from '../../../domain/draft/draft-edits'
import type { LetterWork } from '../../../domain/draft/draft-schema'
import {
  guessLetterFields,
  normaliseLetterText,
  type LetterGuess,
} from '../../../domain/draft/letter-text'
import type { JsonObject } from '../../../domain/draft/snapshot'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { loadSimplify } from '../../../lib/text/simplify'
import type { Desk } from '../use-desk'
import { Field } from '../form/field'
import { errorFor } from '../form/form-issues'
import type { FormValues } from '../form/use-form-values'
import {
  checkLetter,
  EMPTY_LETTER,
  fillFromGuess,
  LETTER_ERROR_PATHS,
  notStatedKey,
  type NotStatedField,
} from './letter-fields'
import { LetterMetadataFields } from './letter-metadata-fields'
import { LetterFileInput } from './letter-file-input'

/**
 * Step one of adding a letter: its text (pasted, or loaded from a .txt file) and its details.
 * What the text states about itself is filled in as guesses, each to be confirmed or cleared.
 * Everything typed is kept in the draft at once, so a closed tab loses nothing.
 */
export function LetterIntake({ desk, onAdded }: { desk: Desk; onAdded: (id: string) => void }) {
  const { t } = useI18n()
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())
  const [submitted, setSubmitted] = useState(false)
  const work: LetterWork = desk.draft.letter ?? { text: '', fields: {} }
  const values = useMemo(() => ({ ...EMPTY_LETTER, ...work.fields }), [work.fields])
  const guessed = useMemo(() => new Set(work.guessed ?? []), [work.guessed])
  const takenIds = useMemo(
    () => new Set(desk.drafted.datasets.map((dataset) => dataset.entry.id)),
    [desk.drafted],
  )
  const checked = useMemo(() => {
    const result = checkLetter(values, t, [...guessed])
    const id = values.id?.trim() ?? ''
    if (!takenIds.has(id)) return result
    return { value: null, errors: { ...result.errors, id: t('desk.letter.idTaken', { id }) } }
  }, [values, t, takenIds, guessed])
  const textError =
    (submitted || touched.has('text')) && work.text.trim() === ''
      ? t('desk.letter.textMissing')
      : undefined

  const save = (next: LetterWork) => desk.edit((_, draft) => setLetterWork(draft, next))
  /** Fills blank fields from the text once it is read (Traditional letters need the converter). */
  const fillFromText = (text: string, onlyIntoEmptyForm: boolean) => {
    void readGuess(text).then((guess) =>
      desk.edit((_, draft) => {
        const letter = draft.letter
        if (!letter || letter.text !== text) return draft
        if (onlyIntoEmptyForm && !isBlank(letter.fields)) return draft
        const filled = fillFromGuess(
          { ...EMPTY_LETTER, ...letter.fields },
          guess,
          idPrefix(takenIds),
        )
        const stillGuessed = new Set([...(letter.guessed ?? []), ...filled.guessed])
        return setLetterWork(draft, {
          ...letter,
          fields: filled.values,
          guessed: [...stillGuessed],
        })
      }),
    )
  }
  const setText = (text: string) => {
    save({ ...work, text })
    // A first paste into an empty form fills what the letter states about itself.
    if (isBlank(work.fields)) fillFromText(text, true)
  }
  const without = (name: string) => (work.guessed ?? []).filter((field) => field !== name)
  const setField = (name: string, value: string) =>
    // Changing a guessed field is checking it: it is no longer a guess.
    save({ ...work, fields: { ...work.fields, [name]: value }, guessed: without(name) })
  const confirm = (name: string) => save({ ...work, guessed: without(name) })
  const clear = (name: string) => {
    const fields = { ...work.fields, [name]: EMPTY_LETTER[name] ?? '' }
    if (name === 'date') fields.dateSource = EMPTY_LETTER.dateSource!
    save({ ...work, fields, guessed: without(name) })
  }
  const setNotStated = (name: NotStatedField, notStated: boolean) => {
    const fields = { ...work.fields, [notStatedKey(name)]: notStated ? 'true' : '' }
    if (notStated) fields[name] = ''
    if (notStated && name === 'date') fields.dateSource = EMPTY_LETTER.dateSource!
    save({ ...work, fields, guessed: notStated ? without(name) : work.guessed })
  }
  const error = (name: string) =>
    submitted || touched.has(name)
      ? errorFor(checked.errors, LETTER_ERROR_PATHS[name] ?? name)
      : undefined

  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    setSubmitted(true)
    if (!checked.value || work.text.trim() === '') return
    const document = checked.value as unknown as JsonObject
    desk.edit((_, draft) =>
      addLetter(draft, { document, sourceText: normaliseLetterText(work.text) }),
    )
    onAdded(checked.value.id)
  }

  return (
    <form className="desk-form" onSubmit={submit} noValidate aria-labelledby="desk-intake-heading">
      <h2 id="desk-intake-heading">{t('desk.letter.intakeTitle')}</h2>
      <p className="desk-hint">{t('desk.letter.intakeIntro')}</p>
      <Field
        id="letter-text"
        label={t('desk.letter.text')}
        hint={t('desk.letter.textHint')}
        error={textError}
      >
        {(aria) => (
          <textarea
            {...aria}
            rows={12}
            value={work.text}
            onChange={(event) => setText(normaliseLetterText(event.target.value))}
            onBlur={() => setTouched((old) => new Set(old).add('text'))}
          />
        )}
      </Field>
      <LetterFileInput onText={setText} />
      <p className="desk-actions">
        <button
          type="button"
          onClick={() => fillFromText(work.text, false)}
          disabled={work.text.trim() === ''}
        >
          {t('desk.letter.fillFromText')}
        </button>
      </p>
      <LetterMetadataFields
        values={values}
        guessed={guessed}
        error={error}
        onChange={setField}
        onLeave={(name) => setTouched((old) => new Set(old).add(name))}
        onConfirm={confirm}
        onClear={clear}
        onNotStated={setNotStated}
      />
      {submitted && (!checked.value || textError) && (
        <p className="desk-error" role="alert">
          {t('desk.form.fixErrors', {
            count: Object.keys(checked.errors).length + (textError ? 1 : 0),
          })}
        </p>
      )}
      <p className="desk-actions">
        <button type="submit" className="desk-primary">
          {t('desk.letter.add')}
        </button>
      </p>
    </form>
  )
}

/** The guesses, with Traditional letters folded; without the converter, Simplified only. */
function readGuess(text: string): Promise<LetterGuess> {
  return loadSimplify().then(
    (simplify) => guessLetterFields(text, { simplify }),
    () => guessLetterFields(text),
  )
}

/** Nothing typed or chosen yet: every field as the empty form has it. */
function isBlank(fields: FormValues): boolean {
  return Object.entries(fields).every(([name, value]) => value === (EMPTY_LETTER[name] ?? ''))
}

/** "km-" from "km-153005": new letters get ids in the style of the published ones. */
function idPrefix(ids: ReadonlySet<string>): string {
  for (const id of ids) {
    const match = /^(.*-)\d+$/.exec(id)
    if (match) return match[1]!
  }
  return ''
}
