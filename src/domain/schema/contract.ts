import type { z } from 'zod'
import { changeLogFileSchema } from './change-log'
import { commitmentsFileSchema } from './commitment'
import { dataIndexSchema } from './data-index'
import { documentSchema } from './document'
import { fundingFileSchema } from './funding'
import { updatesFileSchema } from './update'

/**
 * The data contract's file types, by the name used for `public/schema/<name>.schema.json` and by
 * `npm run validate` to recognise a file.
 */
export const fileSchemas = {
  'data-index': dataIndexSchema,
  document: documentSchema,
  commitments: commitmentsFileSchema,
  updates: updatesFileSchema,
  funding: fundingFileSchema,
  changes: changeLogFileSchema,
} satisfies Record<string, z.ZodType>

export type FileKind = keyof typeof fileSchemas

/** Guesses a file's kind from its name (index.json, document.json, *commitments*.json, *changes*.json …). */
export function fileKindOf(path: string): FileKind | undefined {
  const name = path.split(/[\\/]/).pop() ?? ''
  if (name === 'index.json') return 'data-index'
  return (['document', 'commitments', 'updates', 'funding', 'changes'] as const).find((kind) =>
    name.includes(kind),
  )
}
