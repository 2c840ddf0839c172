import fc from 'fast-check'
import { commitmentSchema, commitmentsFileSchema } from '../../src/domain/schema/commitment'
import type { DatasetEntry } from '../../src/domain/schema/data-index'
import { documentSchema } from '../../src/domain/schema/document'
import { fundingFileSchema, fundingLineSchema } from '../../src/domain/schema/funding'
import { progressUpdateSchema, updatesFileSchema } from '../../src/domain/schema/update'
import { assembleDatasets, type AssembleInput } from '../../src/lib/data/assemble'
import { DataFileError } from '../../src/lib/data/data-error'
import {
  readCommitments,
  readDocument,
  readFunding,
  readIndex,
  readUpdates,
} from '../../src/lib/data/readers'
import { parseJsonText } from '../../src/lib/data/parse-json'
import { scenarios } from '../../mocks/data-handlers'
import { server } from '../../mocks/node'
import { loadAllData } from '../support/load-all-data'
import { readShipped, realDataFiles } from '../support/real-data'

/**
 * Properties of the loader over mutated copies of the shipped data: it never throws anything but
 * a DataFileError (a file-level failure), and it never accepts what the contract rejects. Runs
 * are bounded and seeded so CI is fast and a failure replays exactly.
 */
const RUNS = { numRuns: 200, seed: 20_230_619 }

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Key = string | number

const DATASET = 'km-153005'
const FILES = {
  index: 'index.json',
  document: `${DATASET}/document.json`,
  commitments: `${DATASET}/commitments.json`,
  updates: `${DATASET}/updates.json`,
  funding: `${DATASET}/funding.json`,
} as const
type FileKind = keyof typeof FILES
const KINDS = Object.keys(FILES) as FileKind[]

const shipped: Record<FileKind, Json> = {
  index: readShipped<Json>(FILES.index),
  document: readShipped<Json>(FILES.document),
  commitments: readShipped<Json>(FILES.commitments),
  updates: readShipped<Json>(FILES.updates),
  funding: readShipped<Json>(FILES.funding),
}
const entry: DatasetEntry = {
  id: DATASET,
  document: FILES.document,
  commitments: FILES.commitments,
  updates: FILES.updates,
  funding: FILES.funding,
}

/** Every path to a value inside a JSON document, the root included. */
function pathsOf(value: Json, prefix: Key[] = []): Key[][] {
  const children: Array<[Key, Json]> = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : []
  return [prefix, ...children.flatMap(([key, child]) => pathsOf(child, [...prefix, key]))]
}
const paths: Record<FileKind, Key[][]> = Object.fromEntries(
  KINDS.map((kind) => [kind, pathsOf(shipped[kind])]),
) as Record<FileKind, Key[][]>

/** Values hand-edited files and hostile authors produce, besides arbitrary JSON. */
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    '<script>window.__pwned=1</script>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'https://example.org/\u202egnp.exe',
    '缺口\u202e5334万元',
    'a\u200bb',
    '\u0000',
    '   ',
    '',
    'x'.repeat(20_001),
    '2023-02-30',
    '2023-13-01',
    'NaN',
    'Infinity',
    '53340000',
    -1,
    1.5,
    0,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    null,
    true,
    [],
    {},
    'constructor',
    '__proto__',
    'km-153005-c-gap-5334',
    'km-153005-c-no-such',
  ),
)

type Mutation =
  | { op: 'set'; path: Key[]; value: Json }
  | { op: 'delete'; path: Key[] }
  | { op: 'duplicate'; path: Key[] }
  | { op: 'add-key'; path: Key[]; key: string; value: Json }

const mutation = (kind: FileKind): fc.Arbitrary<Mutation> => {
  const path = fc.constantFrom(...paths[kind])
  return fc.oneof(
    fc.record({ op: fc.constant('set' as const), path, value: hostileValue }),
    fc.record({ op: fc.constant('delete' as const), path }),
    fc.record({ op: fc.constant('duplicate' as const), path }),
    fc.record({
      op: fc.constant('add-key' as const),
      path,
      key: fc.oneof(
        fc.constantFrom('__proto__', 'constructor', 'titel', 'url', 'n\u202eote'),
        fc.string(),
      ),
      value: hostileValue,
    }),
  )
}

function apply(root: Json, m: Mutation): Json {
  if (m.path.length === 0) {
    if (m.op === 'set') return m.value
    if (m.op === 'delete') return null
  }
  const parentPath = m.op === 'add-key' ? m.path : m.path.slice(0, -1)
  const last = m.path[m.path.length - 1]!
  let parent: Json = root
  for (const key of parentPath) {
    if (parent === null || typeof parent !== 'object') return root
    parent = (parent as Record<Key, Json>)[key] ?? null
  }
  if (parent === null || typeof parent !== 'object') return root
  if (m.op === 'add-key') {
    if (!Array.isArray(parent)) define(parent, m.key, m.value)
  } else if (Array.isArray(parent) && typeof last === 'number') {
    if (m.op === 'set') parent[last] = m.value
    if (m.op === 'delete') parent.splice(last, 1)
    if (m.op === 'duplicate') parent.splice(last, 0, structuredClone(parent[last] ?? null))
  } else if (!Array.isArray(parent) && typeof last === 'string') {
    if (m.op === 'set') define(parent, last, m.value)
    if (m.op === 'delete') delete parent[last]
  }
  return root
}

/** An own data property, even for "__proto__": JSON.parse makes the same. */
function define(object: Record<string, Json>, key: string, value: Json) {
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
}

const mutatedFile = fc.constantFrom(...KINDS).chain((kind) =>
  fc.record({
    kind: fc.constant(kind),
    mutations: fc.array(mutation(kind), { minLength: 1, maxLength: 5 }),
  }),
)

function mutate(kind: FileKind, mutations: Mutation[]): string {
  const data = mutations.reduce(apply, structuredClone(shipped[kind]))
  return JSON.stringify(data)
}

interface ReadResult {
  index?: ReturnType<typeof readIndex>
  document?: ReturnType<typeof readDocument>
  commitments?: ReturnType<typeof readCommitments>
  updates?: ReturnType<typeof readUpdates>
  funding?: ReturnType<typeof readFunding>
}

/** The app's checks on one file's text: parse, then the reader for its kind. */
function read(kind: FileKind, text: string, file: string = FILES[kind]): ReadResult {
  const fetched = parseJsonText(text, file)
  switch (kind) {
    case 'index':
      return { index: readIndex(fetched) }
    case 'document':
      return { document: readDocument(entry, fetched) }
    case 'commitments':
      return { commitments: readCommitments(entry, fetched) }
    case 'updates':
      return { updates: readUpdates(entry, fetched) }
    case 'funding':
      return { funding: readFunding(entry, fetched) }
  }
}

/** Runs `check` and lets only DataFileErrors through: anything else fails the property. */
function onlyDataFileErrors(check: () => void): void {
  try {
    check()
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error
    expect(error.issues.length).toBeGreaterThan(0)
    expect(error.issues[0]!.file).not.toBe('')
  }
}

const shippedItems = {
  commitments: readCommitments(entry, { body: shipped.commitments, warnings: [] }).items,
  updates: readUpdates(entry, { body: shipped.updates, warnings: [] }).items,
  funding: readFunding(entry, { body: shipped.funding, warnings: [] }).items,
}

describe('the loader on mutated data', () => {
  it('throws nothing but DataFileError, and accepts only what the contract accepts', () => {
    fc.assert(
      fc.property(mutatedFile, ({ kind, mutations }) => {
        const text = mutate(kind, mutations)
        onlyDataFileErrors(() => {
          const result = read(kind, text)
          if (result.document) {
            expect(documentSchema.parse(result.document.document)).toEqual(result.document.document)
          }
          for (const item of result.commitments?.items ?? [])
            expect(commitmentSchema.parse(item)).toEqual(item)
          for (const item of result.updates?.items ?? [])
            expect(progressUpdateSchema.parse(item)).toEqual(item)
          for (const item of result.funding?.items ?? [])
            expect(fundingLineSchema.parse(item)).toEqual(item)

          // Item by item and whole file agree: no item problem means the file is valid.
          const collection = result.commitments ?? result.updates ?? result.funding
          if (collection && collection.issues.length === 0) {
            const fileSchema = {
              commitments: commitmentsFileSchema,
              updates: updatesFileSchema,
              funding: fundingFileSchema,
            }[kind as 'commitments' | 'updates' | 'funding']
            expect(fileSchema.safeParse(JSON.parse(text)).success).toBe(true)
          }

          // Assembling with the other files as shipped never throws and keeps only valid items.
          const input: AssembleInput = {
            entry,
            document: result.document?.document,
            commitments: result.commitments?.items ?? shippedItems.commitments,
            updates: result.updates?.items ?? shippedItems.updates,
            funding: result.funding?.items ?? shippedItems.funding,
            rejected: {
              commitments: result.commitments?.rejectedIds,
              updates: result.updates?.rejectedIds,
              funding: result.funding?.rejectedIds,
            },
          }
          const { datasets } = assembleDatasets([input])
          for (const line of datasets[0]!.funding)
            expect(fundingLineSchema.safeParse(line).success).toBe(true)
        })
        expect(Object.prototype).not.toHaveProperty('polluted')
      }),
      RUNS,
    )
  })

  it('survives text that was cut, spliced or garbled, with DataFileErrors only', () => {
    const edit = fc.record({
      kind: fc.constantFrom(...KINDS),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      remove: fc.nat({ max: 40 }),
      insert: fc.oneof(
        fc.string({ maxLength: 8 }),
        fc.constantFrom(',', ']', '}', '"', '\\', '\uFEFF', '\uFFFD', 'NaN', '<html>', '\u202e'),
      ),
    })
    fc.assert(
      fc.property(edit, ({ kind, at, remove, insert }) => {
        const text = JSON.stringify(shipped[kind], null, 2)
        const cut = Math.floor(text.length * at)
        const garbled = text.slice(0, cut) + insert + text.slice(cut + remove)
        onlyDataFileErrors(() => void read(kind, garbled))
      }),
      RUNS,
    )
  })

  it('never throws on deep nesting, and rejects it with a message', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 20_000 }),
        fc.constantFrom(...KINDS),
        (depth, kind) => {
          const deep = `${'['.repeat(depth)}1${']'.repeat(depth)}`
          const text = JSON.stringify(shipped[kind]).replace(/:"[^"]*"/, `:${deep}`)
          onlyDataFileErrors(() => void read(kind, text))
        },
      ),
      { numRuns: 20, seed: RUNS.seed },
    )
  })
})

describe('the whole load through fetch (msw), mutated', () => {
  it('ends in data plus messages, or a DataFileError for the index: never an uncaught exception', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedFile, async ({ kind, mutations }) => {
        server.resetHandlers()
        server.use(
          ...scenarios.rawFile(withoutFile(FILES[kind]), FILES[kind], {
            body: mutate(kind, mutations),
          }),
        )
        const loaded = await loadAllData()
        if (loaded.fatal) expect(kind).toBe('index')
        for (const dataset of loaded.datasets) {
          for (const item of dataset.commitments) expect(commitmentSchema.parse(item)).toEqual(item)
          for (const item of dataset.updates) expect(progressUpdateSchema.parse(item)).toEqual(item)
        }
      }),
      { numRuns: 40, seed: RUNS.seed },
    )
  }, 60_000)
})

function withoutFile(path: string) {
  const files = realDataFiles()
  delete files[path]
  return files
}
