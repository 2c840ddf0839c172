/**
 * `npm run schema`: writes public/schema/*.schema.json from the zod contract, for data authors
 * and their editors. A test fails when the committed files are out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { jsonSchemaFiles } from './json-schema'

const outDir = join(import.meta.dirname, '../../public/schema')
mkdirSync(outDir, { recursive: true })
for (const { file, content } of jsonSchemaFiles()) {
  writeFileSync(join(outDir, file), content)
  console.log(`wrote public/schema/${file}`)
}
