import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DataIssueCode } from '../../src/lib/data/data-error'
import { fromRoot } from './paths'
import { PUBLIC_DATA, realDataFiles } from './real-data'

/**
 * The bad-data corpus (test/fixtures/bad-data/): one JSON file per case in cases/, raw payloads
 * in raw/. Each case names the shipped data file it replaces, how the bad bytes are made from it
 * and what the reader must be told. See test/fixtures/bad-data/README.md.
 */
export const CORPUS_DIR = fromRoot('test/fixtures/bad-data')

export type FaultClass = 'not-json' | 'wrong-shape' | 'broken-reference' | 'hostile-text'

/**
 * What happens to the data: `file` the whole file is unusable, `fatal` the index is (nothing but
 * the error shows), `item` one item is hidden, `field` one field is dropped and its item kept,
 * `reference` an item or entry breaking a reference is dropped, `warning` all is shown with a
 * warning, `accepted` nothing is wrong (hostile text shown as plain text).
 */
export type Scope = 'fatal' | 'file' | 'item' | 'field' | 'reference' | 'warning' | 'accepted'

export interface PatchOp {
  /** Path in the file, e.g. `commitments[id=km-153005-c-gap-5334].figure.value`. */
  set?: string
  delete?: string
  /** Inserts a copy of the array item at this path right after it. */
  duplicate?: string
  /** Renames the last key of the path to `to`. */
  rename?: string
  to?: string
  /** Defines an own key (even "__proto__") on the object at `on`. */
  defineKey?: string
  on?: string
  value?: unknown
}

export interface TextOps {
  /** The whole file, literally (ignores the shipped file). */
  whole?: string
  prefix?: string
  suffix?: string
  /** Each pair replaces the first occurrence; a pattern that is not found is a corpus bug. */
  replace?: Array<[string, string]>
  /** Keeps only this fraction (0–1) of the characters. */
  cutAt?: number
}

export interface BadDataCase {
  id: string
  title: string
  class: FaultClass
  /** The data file replaced, relative to the data folder. */
  replaces: string
  /** Raw payload in raw/ (exact bytes); otherwise the shipped file, patched, then text ops. */
  raw?: string
  patch?: PatchOp[]
  text?: TextOps
  /** Not on the server at all (HTTP 404). */
  missing?: boolean
  serve?: { status?: number; contentType?: string }
  expect: {
    scope: Scope
    /** The issue the reader is told about; absent for `accepted`. */
    code?: DataIssueCode
    file?: string
    /** JSON path, with `[id=…]` (or `[id=…#2]` for the second match) resolved on the bad data. */
    path?: string
    /** Part of the Chinese problem text. */
    message?: string
    /** Kind-prefixed ids: "commitment:…", "update:…", "line:…", "document:…". */
    visible?: string[]
    hidden?: string[]
    /** Literal text the page must show (hostile text shown as text). */
    text?: string
  }
}

export function loadCorpus(): BadDataCase[] {
  return readdirSync(join(CORPUS_DIR, 'cases'))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const parsed = JSON.parse(readFileSync(join(CORPUS_DIR, 'cases', name), 'utf8')) as Omit<
        BadDataCase,
        'id'
      >
      return { id: name.replace(/\.json$/, ''), ...parsed }
    })
}

/** Generated values for what no fixture file should hold, e.g. a 1 MB string. */
function generate(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value
  const spec = value as Record<string, unknown>
  if (typeof spec.$repeat === 'string') return spec.$repeat.repeat(Number(spec.times))
  return value
}

/** A key given as "@@REPEAT:k:1048576@@" is that character repeated, e.g. a 1 MB key. */
function generateKey(key: string): string {
  const [, text = '', times = '0'] = /^@@REPEAT:(.+):(\d+)@@$/.exec(key) ?? []
  return text ? text.repeat(Number(times)) : key
}

/**
 * Markers a patch can set as a string value, expanded in the serialized text: JSON.stringify can
 * neither write bare tokens such as NaN nor nest 10 000 levels deep (it overflows the stack).
 *   "@@RAW:NaN@@"      → NaN
 *   "@@NEST:10000@@"   → [[[…1…]]] nested 10 000 levels deep
 * (also in `text.whole`, quotes included).
 */
function expandMarkers(text: string): string {
  return text
    .replace(/"@@RAW:([^@]*)@@"/g, (_, token: string) => token)
    .replace(/"@@NEST:(\d+)@@"/g, (_, depth: string) => {
      const n = Number(depth)
      return `${'['.repeat(n)}1${']'.repeat(n)}`
    })
}

type Segment = { key: string; selectors: string[] }

function parsePath(path: string): Segment[] {
  return path.split('.').map((part) => {
    const [key = '', ...rest] = part.split('[')
    return { key, selectors: rest.map((s) => s.replace(/\]$/, '')) }
  })
}

/** Resolves a path to [container, key] of its last step, creating nothing. */
function locate(
  root: unknown,
  path: string,
): [Record<string, unknown> | unknown[], string | number] {
  const steps: Array<string | number> = []
  let node: unknown = root
  const stepInto = (step: string | number) => {
    steps.push(step)
    return (node as Record<string | number, unknown>)[step]
  }
  const selectorIndex = (list: unknown[], selector: string): number => {
    if (/^\d+$/.test(selector)) return Number(selector)
    const [, id, nth = '1'] = /^id=([^#]+)(?:#(\d+))?$/.exec(selector) ?? []
    const matches = list.flatMap((item, i) => ((item as { id?: string })?.id === id ? [i] : []))
    const found = matches[Number(nth) - 1]
    if (found === undefined) throw new Error(`corpus: no item "${selector}"`)
    return found
  }
  for (const { key, selectors } of parsePath(path)) {
    if (key) node = stepInto(key)
    for (const selector of selectors) node = stepInto(selectorIndex(node as unknown[], selector))
  }
  const last = steps.pop()!
  let parent: unknown = root
  for (const step of steps) parent = (parent as Record<string | number, unknown>)[step]
  return [parent as Record<string, unknown>, last]
}

/** `commitments[id=x].figure` → `commitments[39].figure`, resolved on the given data. */
export function resolvePath(data: unknown, path: string): string {
  let out = ''
  let node: unknown = data
  for (const { key, selectors } of parsePath(path)) {
    if (key) {
      out = out ? `${out}.${key}` : key
      node = (node as Record<string, unknown> | undefined)?.[key]
    }
    for (const selector of selectors) {
      const [container, index] = locate({ list: node }, `list[${selector}]`)
      out += `[${index}]`
      node = (container as unknown[])[index as number]
    }
  }
  return out
}

function applyPatch(data: unknown, op: PatchOp): void {
  if (op.set !== undefined) {
    const [parent, key] = locate(data, op.set)
    ;(parent as Record<string | number, unknown>)[key] = generate(op.value)
  } else if (op.delete !== undefined) {
    const [parent, key] = locate(data, op.delete)
    if (Array.isArray(parent)) parent.splice(key as number, 1)
    else delete (parent as Record<string, unknown>)[key as string]
  } else if (op.duplicate !== undefined) {
    const [parent, index] = locate(data, op.duplicate)
    const list = parent as unknown[]
    list.splice((index as number) + 1, 0, structuredClone(list[index as number]))
  } else if (op.rename !== undefined && op.to !== undefined) {
    const [parent, key] = locate(data, op.rename)
    const object = parent as Record<string, unknown>
    // Rebuilt in order, so the renamed key stays where it was.
    const entries = Object.entries(object).map(([k, v]) => [k === key ? op.to! : k, v] as const)
    for (const k of Object.keys(object)) delete object[k]
    for (const [k, v] of entries) Object.defineProperty(object, k, defined(v))
  } else if (op.defineKey !== undefined) {
    const target = op.on ? locateValue(data, op.on) : data
    Object.defineProperty(target as object, generateKey(op.defineKey), defined(generate(op.value)))
  } else {
    throw new Error(`corpus: unknown patch ${JSON.stringify(op)}`)
  }
}

const defined = (value: unknown): PropertyDescriptor => ({
  value,
  enumerable: true,
  writable: true,
  configurable: true,
})

function locateValue(data: unknown, path: string): unknown {
  const [parent, key] = locate(data, path)
  return (parent as Record<string | number, unknown>)[key]
}

function applyText(text: string, ops: TextOps): string {
  let out = ops.whole === undefined ? text : expandMarkers(ops.whole)
  for (const [from, to] of ops.replace ?? []) {
    if (!out.includes(from)) throw new Error(`corpus: "${from}" not found`)
    out = out.replace(from, () => to)
  }
  if (ops.cutAt !== undefined) out = out.slice(0, Math.floor(out.length * ops.cutAt))
  return `${ops.prefix ?? ''}${out}${ops.suffix ?? ''}`
}

export interface BuiltCase {
  /** The bad file's bytes, or null when it is missing (404). */
  bytes: Uint8Array<ArrayBuffer> | null
  status: number
  contentType: string
  /** The bad data parsed, when it is JSON, to resolve `[id=…]` paths in expectations. */
  parsed: unknown
}

/** Makes the bytes a case serves in place of its file. */
export function buildCase(c: BadDataCase): BuiltCase {
  const contentType = c.serve?.contentType ?? 'application/json; charset=utf-8'
  const status = c.serve?.status ?? 200
  if (c.missing) return { bytes: null, status: 404, contentType, parsed: undefined }
  if (c.raw) {
    const bytes = new Uint8Array(readFileSync(join(CORPUS_DIR, 'raw', c.raw)))
    return { bytes, status, contentType, parsed: undefined }
  }
  const shippedText = readFileSync(join(PUBLIC_DATA, c.replaces), 'utf8')
  let text = shippedText
  let data: unknown = JSON.parse(shippedText)
  if (c.patch) {
    for (const op of c.patch) applyPatch(data, op)
    text = expandMarkers(JSON.stringify(data, null, 2))
    data = tryParse(text)
  }
  if (c.text) {
    text = applyText(text, c.text)
    data = tryParse(text)
  }
  return { bytes: new TextEncoder().encode(text), status, contentType, parsed: data }
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return undefined
  }
}

/** The expected JSON path with its `[id=…]` selectors turned into indices. */
export function expectedPath(c: BadDataCase, built: BuiltCase): string {
  const path = c.expect.path ?? ''
  return path.includes('[id=') ? resolvePath(built.parsed, path) : path
}

/** The shipped data as msw data files, without the replaced one (served separately). */
export function filesWithout(c: BadDataCase) {
  const files = realDataFiles()
  delete files[c.replaces]
  return files
}
