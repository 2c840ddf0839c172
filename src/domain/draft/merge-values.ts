import { canonicalJson } from './content-hash'
import { sameJson } from './diff-datasets'
import type { JsonObject } from './snapshot'

/**
 * Three-way merge of one item: what the official started from (`base`), what they made of it
 * (`mine`) and what the server holds now (`theirs`). A part only one side changed takes that
 * side's value; a part both changed the same way is fine; a part both changed differently is a
 * conflict, which a person decides. Objects merge field by field, and lists of items with ids
 * (a funding line's entries) item by item, so two officials adding two payments to one line do
 * not collide. `undefined` stands for "absent" (an item not yet added, or removed).
 */

/** Where the server's current version cannot be known (a draft from before edits were kept). */
export const UNKNOWN_BASE = Symbol('unknown base')
type Base = unknown

export interface ValueConflict {
  /** Field path inside the item ([] for the item as a whole). */
  path: string[]
  mine: unknown
  theirs: unknown
}

export type Choice = 'mine' | 'theirs'

export interface MergeResult {
  value: unknown
  conflicts: ValueConflict[]
}

/**
 * `decide(path)` says how an already-decided conflict went; undecided conflicts keep the
 * server's value (nothing of a colleague's is dropped before the official has chosen).
 */
export function mergeValues(
  base: Base,
  mine: unknown,
  theirs: unknown,
  decide: (path: string[]) => Choice | undefined = () => undefined,
): MergeResult {
  const conflicts: ValueConflict[] = []
  const value = merge(base, mine, theirs, [], conflicts, decide)
  return { value, conflicts }
}

function merge(
  base: Base,
  mine: unknown,
  theirs: unknown,
  path: string[],
  conflicts: ValueConflict[],
  decide: (path: string[]) => Choice | undefined,
): unknown {
  const known = base !== UNKNOWN_BASE
  if (sameJson(mine, theirs)) return mine
  if (known && sameJson(mine, base)) return theirs
  if (known && sameJson(theirs, base)) return mine
  // Without a known start, what only one side has is kept: nothing either holds is dropped.
  if (!known && theirs === undefined) return mine
  if (!known && mine === undefined) return theirs
  if (isObject(mine) && isObject(theirs) && (!known || base === undefined || isObject(base))) {
    const from = known && isObject(base) ? base : known ? {} : UNKNOWN_BASE
    return mergeObjects(from, mine, theirs, path, conflicts, decide)
  }
  if (isIdList(mine) && isIdList(theirs) && (!known || base === undefined || isIdList(base))) {
    const from = known ? ((base as JsonObject[] | undefined) ?? []) : UNKNOWN_BASE
    return mergeIdLists(from, mine, theirs, path, conflicts, decide)
  }
  if (
    known &&
    Array.isArray(mine) &&
    Array.isArray(theirs) &&
    (base === undefined || Array.isArray(base))
  ) {
    const merged = mergeLists((base as unknown[] | undefined) ?? [], mine, theirs)
    if (merged) return merged
  }
  conflicts.push({ path, mine, theirs })
  return decide(path) === 'mine' ? mine : theirs
}

/**
 * Lists without ids (a funding line's entries, a commitment's ids): the server's list, less what
 * the official removed, plus what they added. When both removed the same element and each put
 * something different in (both edited one entry), that is a conflict, not two entries: `null`.
 */
function mergeLists(base: unknown[], mine: unknown[], theirs: unknown[]): unknown[] | null {
  const minus = (list: unknown[], other: unknown[]) => {
    const left = counts(other)
    return list.filter((item) => {
      const key = canonicalJson(item)
      const n = left.get(key) ?? 0
      if (n > 0) left.set(key, n - 1)
      return n === 0
    })
  }
  const [mineAdded, mineRemoved] = [minus(mine, base), minus(base, mine)]
  const [theirsAdded, theirsRemoved] = [minus(theirs, base), minus(base, theirs)]
  const bothRemoved = minus(mineRemoved, minus(mineRemoved, theirsRemoved)).length > 0
  const addedDiffer =
    minus(mineAdded, theirsAdded).length > 0 && minus(theirsAdded, mineAdded).length > 0
  if (bothRemoved && addedDiffer) return null
  return [...minus(theirs, mineRemoved), ...minus(mineAdded, theirs)]
}

function counts(list: unknown[]): Map<string, number> {
  const map = new Map<string, number>()
  for (const item of list) map.set(canonicalJson(item), (map.get(canonicalJson(item)) ?? 0) + 1)
  return map
}

function mergeObjects(
  base: JsonObject | typeof UNKNOWN_BASE,
  mine: JsonObject,
  theirs: JsonObject,
  path: string[],
  conflicts: ValueConflict[],
  decide: (path: string[]) => Choice | undefined,
): JsonObject {
  const out: JsonObject = {}
  // The server's field order first, then fields only the official added.
  const keys = [...new Set([...Object.keys(theirs), ...Object.keys(mine)])]
  for (const key of keys) {
    const from = base === UNKNOWN_BASE ? UNKNOWN_BASE : base[key]
    const merged = merge(from, mine[key], theirs[key], [...path, key], conflicts, decide)
    if (merged !== undefined) out[key] = merged
  }
  return out
}

function mergeIdLists(
  base: JsonObject[] | typeof UNKNOWN_BASE,
  mine: JsonObject[],
  theirs: JsonObject[],
  path: string[],
  conflicts: ValueConflict[],
  decide: (path: string[]) => Choice | undefined,
): JsonObject[] {
  const byId = (list: JsonObject[]) => new Map(list.map((item) => [String(item.id), item]))
  const [fromById, mineById, theirsById] = [
    base === UNKNOWN_BASE ? new Map<string, JsonObject>() : byId(base),
    byId(mine),
    byId(theirs),
  ]
  const ids = [...new Set([...theirsById.keys(), ...mineById.keys()])]
  return ids.flatMap((id) => {
    const from = base === UNKNOWN_BASE ? UNKNOWN_BASE : fromById.get(id)
    const merged = merge(
      from,
      mineById.get(id),
      theirsById.get(id),
      [...path, id],
      conflicts,
      decide,
    )
    return merged === undefined ? [] : [merged as JsonObject]
  })
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A list whose every element is an object with a string id, the ids all different. */
function isIdList(value: unknown): value is JsonObject[] {
  if (!Array.isArray(value)) return false
  const ids = value.map((item) => (isObject(item) ? item.id : undefined))
  return ids.every((id) => typeof id === 'string') && new Set(ids).size === ids.length
}
