/** Median and 95th percentile of a sample, by the nearest-rank method (no interpolation). */
export interface Summary {
  median: number
  p95: number
  /** How many samples the summary is taken over. */
  n: number
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = samples.filter(Number.isFinite).sort((a, b) => a - b)
  if (sorted.length === 0) return { median: Number.NaN, p95: Number.NaN, n: 0 }
  return { median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), n: sorted.length }
}

function quantile(sorted: readonly number[], q: number): number {
  const rank = Math.max(1, Math.ceil(q * sorted.length))
  return sorted[rank - 1]!
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
