import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { fromRoot } from './paths'

/**
 * The corpus of real reply letters in test/fixtures/letters/<id>/: letter.txt (verbatim),
 * source.json (where it came from) and expected.json (the hand-made table it is measured
 * against). Read-only; listed from disk on every call, so a letter added to the folder is
 * measured the next run. A folder without its expected.json is still being written and is left
 * out; a malformed expected.json fails loudly, naming the letter.
 */
export const LETTERS_FOLDER = fromRoot('test/fixtures/letters')

const expectedKind = z.enum(['target', 'forecast', 'result', 'estimate', 'context'])

const expectedFigureSchema = z.object({
  asWritten: z.string().min(1),
  value: z.number(),
  unit: z.enum(['yuan', 'count', 'person', 'percent', 'measure']),
  unitName: z.string().optional(),
  comparator: z.enum(['>=', '>', '=', '<=', '<']),
  approximate: z.boolean().optional(),
  kind: expectedKind,
  fundSource: z.string().optional(),
  deadline: z.string().nullable(),
  /** Words of the letter, verbatim, around the figure (a clause or a sentence). */
  sentence: z.string().min(1),
})
export type ExpectedFigure = z.infer<typeof expectedFigureSchema>
export type ExpectedKind = z.infer<typeof expectedKind>

const expectedDeadlineSchema = z.object({
  sentence: z.string().min(1),
  deadline: z.string().nullable(),
  kind: z.enum(['promise', 'forecast']),
})
export type ExpectedDeadline = z.infer<typeof expectedDeadlineSchema>

const expectedSchema = z.object({
  metadata: z.object({ date: z.string().nullable().optional() }).loose(),
  figures: z.array(expectedFigureSchema),
  deadlinePromises: z.array(expectedDeadlineSchema),
  conditions: z.array(z.string().min(1)),
  declined: z.array(z.string().min(1)),
  notes: z.string().optional(),
})
export type Expected = z.infer<typeof expectedSchema>

const sourceSchema = z
  .object({
    url: z.string(),
    publisher: z.string(),
    script: z.enum(['simplified', 'traditional']).optional(),
  })
  .loose()

export interface CorpusLetter {
  id: string
  text: string
  source: z.infer<typeof sourceSchema>
  expected: Expected
  /** The letter's date when its table states one (ISO), for the scanner's letterDate. */
  letterDate: string | undefined
}

export function readLetterCorpus(folder = LETTERS_FOLDER): CorpusLetter[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((id) => existsSync(join(folder, id, 'expected.json')))
    .sort()
    .map((id) => readLetter(folder, id))
}

function readLetter(folder: string, id: string): CorpusLetter {
  const read = (name: string) => readFileSync(join(folder, id, name), 'utf8')
  const parse = <T>(schema: z.ZodType<T>, name: string): T => {
    const parsed = schema.safeParse(JSON.parse(read(name)))
    if (!parsed.success) throw new Error(`${id}/${name}: ${z.prettifyError(parsed.error)}`)
    return parsed.data
  }
  const expected = parse(expectedSchema, 'expected.json')
  const date = expected.metadata.date
  return {
    id,
    text: read('letter.txt'),
    source: parse(sourceSchema, 'source.json'),
    expected,
    letterDate: typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined,
  }
}

/** Every offset where `words` occurs in `text` (overlapping occurrences included). */
export function occurrences(text: string, words: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) found.push(at)
  return found
}
