import { SCALES, type Scale } from '../../mocks/generate-dataset'

/**
 * What the benchmark loads: the shipped letter (`real`), and the generated illustrative data at
 * 1×, 100× and 1000× its size. The goals on "the real data" are read on `real`; the cost curve
 * (1000× / 1×) on the generated sizes, which share one shape.
 */
export const SIZE_NAMES = ['real', '1x', '100x', '1000x'] as const
export type SizeName = (typeof SIZE_NAMES)[number]

export function isSizeName(value: string): value is SizeName {
  return (SIZE_NAMES as readonly string[]).includes(value)
}

export function documentsAt(size: Exclude<SizeName, 'real'>): number {
  return SCALES[size satisfies Scale]
}

export const SIZE_LABELS: Record<SizeName, string> = {
  real: 'real (km-153005)',
  '1x': '1×',
  '100x': '100×',
  '1000x': '1000×',
}
