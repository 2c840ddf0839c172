import type { FundingStage } from '../../../domain/schema/funding'
import { TICK_LINE_HEIGHT } from '../../../lib/chart/wrapped-tick'

/**
 * Colours follow the app palette (src/app/styles.css). They are never the only carrier of
 * meaning: every bar is labelled with its stage and figure in text, and the chart's table has
 * the same figures. Pledged is light (money promised, not yet moving) and blue / green differ in
 * hue for red-green colour-blind readers. WCAG 1.4.11 wants 3:1 for a bar against the white
 * page: allocated (6.4:1) and disbursed (6.3:1) have it; the light pledged fill (2.2:1) gets an
 * outline in the allocated blue (6.4:1) instead. A stated need and an unfunded remainder are
 * nobody's money yet: light fills (purple, orange) with dashed dark outlines (8.3:1 and 6.5:1),
 * apart in hue from the money that moves.
 */
export const STAGE_FILL: Record<FundingStage, string> = {
  pledged: '#8fb3de',
  allocated: '#1f5fa8',
  disbursed: '#1b6e3a',
  needed: '#e6dcf2',
  unfunded: '#fbe0cc',
}
export const STAGE_STROKE: Record<FundingStage, string> = {
  pledged: '#1f5fa8',
  allocated: '#1f5fa8',
  disbursed: '#1b6e3a',
  needed: '#5b3f8c',
  unfunded: '#a13f0b',
}
/** Outlines drawn dashed: what is stated as needed or missing, not money on its way. */
export const STAGE_DASH: Partial<Record<FundingStage, string>> = {
  needed: '4 2',
  unfunded: '4 2',
}

/** One stage's bar in the stages chart, and the chart's height for the box that waits for it. */
export const STAGE_BAR_SIZE = 14
export const STAGE_AXIS_HEIGHT = 48

export function stageBarsHeight(rows: number, stages: number, labelLines = 1): number {
  return rows * rowHeight(stages * STAGE_BAR_SIZE + 34, labelLines) + STAGE_AXIS_HEIGHT
}

/** A category row tall enough for its bars and for every line of its wrapped label. */
export function rowHeight(barsHeight: number, labelLines: number): number {
  return Math.max(barsHeight, labelLines * TICK_LINE_HEIGHT + 12)
}

export const INK = '#1a1a1a'
export const MUTED = '#4a4a4a'
export const UNKNOWN = '#5a5a5a'
export const DERIVED_FILL = '#e8eef6'

/** Charts appear without animation for readers who asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
  )
}

/**
 * A round upper end for a money axis (8000万 rather than 6134万), at least `value`, so ticks
 * land on figures people read easily.
 */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1
  const power = 10 ** Math.floor(Math.log10(value))
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * power >= value) ?? 10
  return step * power
}
