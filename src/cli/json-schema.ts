import { z } from '../domain/schema/zod'
import { fileSchemas, type FileKind } from '../domain/schema/contract'

/** JSON Schema (draft 2020-12) for one data file kind, generated from the zod contract. */
export function jsonSchemaFor(kind: FileKind): Record<string, unknown> {
  const schema = z.toJSONSchema(fileSchemas[kind], { io: 'input', target: 'draft-2020-12' })
  return {
    ...schema,
    $id: `${kind}.schema.json`,
    title: `Commitment Tracker · ${kind}`,
    description: `Generated from src/domain/schema by \`npm run schema\`. Do not edit by hand.`,
  }
}

export function jsonSchemaFiles(): Array<{ file: string; content: string }> {
  return (Object.keys(fileSchemas) as FileKind[]).map((kind) => ({
    file: `${kind}.schema.json`,
    content: `${JSON.stringify(jsonSchemaFor(kind), null, 2)}\n`,
  }))
}
