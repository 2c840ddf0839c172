import { ID_PATTERN } from '../schema/primitives'

/**
 * A new id from readable parts: lowercased, anything but letters and digits turned into single
 * dashes, so it matches ID_PATTERN; "-2", "-3"… appended until no existing id has it.
 */
export function uniqueId(parts: Array<string | number>, taken: Iterable<string>): string {
  const base =
    parts
      .map((part) => slug(String(part)))
      .filter(Boolean)
      .join('-')
      .slice(0, 100)
      .replace(/-+$/, '') || 'item'
  const used = new Set(taken)
  let candidate = base
  for (let n = 2; used.has(candidate) || !isUsable(candidate); n += 1) {
    candidate = `${base}-${n}`
  }
  return candidate
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Words objects already carry; the schema rejects them as ids (see primitives.ts). */
const RESERVED = new Set(['constructor', 'prototype'])

function isUsable(id: string): boolean {
  return ID_PATTERN.test(id) && !RESERVED.has(id)
}
