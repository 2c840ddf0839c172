import { EMBED_PARAM } from '../../lib/ui/embed-code'
import type { ItemWidget, ViewWidget } from '../../lib/ui/widget-registry'

/**
 * The widgets that exist once per view, by their stable ids. Plain data (the e2e tests read it in
 * Node): the widgets themselves are the features', composed in src/app/embed-widgets.ts, which
 * must draw every id listed here (checked when it compiles).
 */
export const FIXED_EMBED_IDS = [
  'targets',
  'status',
  'funding-summary',
  'deadlines',
  'funding-stages',
  'funding-split',
  'funding-gap',
  'funding-target',
  'bulletin',
  'timeline',
] as const
export type FixedEmbedId = (typeof FIXED_EMBED_IDS)[number]

export type EmbedTarget =
  | { kind: FixedEmbedId }
  | { kind: 'funding-gap-line'; lineId: string }
  | { kind: 'funding-target-commitment'; commitmentId: string }
  | { kind: 'commitment'; commitmentId: string }
  | { kind: 'commitment-value'; commitmentId: string }
  /** One responding body's funding chart, by its first letter's id (the funding page's ids). */
  | { kind: 'funding-stages-body'; bodyKey: string }
  | { kind: 'funding-split-body'; bodyKey: string }
  | { kind: 'unknown'; id: string }

/** The kinds of widget that exist once per item. */
export type ItemEmbedKind = Exclude<EmbedTarget['kind'], FixedEmbedId | 'unknown'>

/** What the embed draws from: every feature's widgets, as src/app composes them. */
export interface EmbedWidgets {
  view: Readonly<Record<FixedEmbedId, ViewWidget>>
  items: Readonly<Record<ItemEmbedKind, ItemWidget>>
}

/** Widgets that exist once per commitment or funding line: `<prefix><data id>`. Longest first. */
const PREFIXED = [
  ['commitment-value-', 'commitment-value'],
  ['commitment-', 'commitment'],
  ['funding-gap-', 'funding-gap-line'],
  ['funding-target-', 'funding-target-commitment'],
  ['funding-stages-', 'funding-stages-body'],
  ['funding-split-', 'funding-split-body'],
] as const

/** Data ids are lowercase-dash strings; anything else cannot name a widget. */
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,199}$/

export function parseEmbedId(id: string): EmbedTarget {
  if (!ID_PATTERN.test(id)) return { kind: 'unknown', id }
  const fixed = FIXED_EMBED_IDS.find((known) => known === id)
  if (fixed) return { kind: fixed }
  for (const [prefix, kind] of PREFIXED) {
    if (!id.startsWith(prefix) || id.length === prefix.length) continue
    const rest = id.slice(prefix.length)
    switch (kind) {
      case 'funding-gap-line':
        return { kind, lineId: rest }
      case 'funding-stages-body':
      case 'funding-split-body':
        return { kind, bodyKey: rest }
      default:
        return { kind, commitmentId: rest }
    }
  }
  return { kind: 'unknown', id }
}

/** The data id an item widget looks up: a line, a commitment or a body's first letter. */
export function itemIdOf(target: Extract<EmbedTarget, { kind: ItemEmbedKind }>): string {
  switch (target.kind) {
    case 'funding-gap-line':
      return target.lineId
    case 'funding-stages-body':
    case 'funding-split-body':
      return target.bodyKey
    default:
      return target.commitmentId
  }
}

/** `?embed=<id>` in the page's query (before the hash), or null for the full dashboard. */
export function embedIdFromSearch(search: string): string | null {
  const id = new URLSearchParams(search).get(EMBED_PARAM)
  return id === null ? null : id.trim()
}
