import { readFileSync } from 'node:fs'
import { jsonSchemaFiles } from '../../src/cli/json-schema'
import { fromRoot } from '../support/paths'

describe('public/schema', () => {
  it.each(jsonSchemaFiles())(
    '$file is up to date with the zod contract (run `npm run schema`)',
    ({ file, content }) => {
      const committed = readFileSync(fromRoot('public/schema', file), 'utf8')
      expect(committed).toBe(content)
    },
  )
})
