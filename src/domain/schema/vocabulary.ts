/**
 * The contract's closed word lists, as plain arrays. The schemas build their enums from these,
 * and pages that only need the words (a filter's options, a status check) read them here, so
 * they never load zod: validation happens in the data reader, off the page's main thread.
 */

export const CATEGORY_VALUES = [
  'projects',
  'funding',
  'outcomes',
  'platforms',
  'talent',
  'institutions',
  'coordination',
  'reporting',
  'policy',
  'infrastructure',
  'services',
  'other',
] as const

/** The fixed status scale (已兑现 / 部分兑现 / 推进中 / 停滞 / 未兑现); 待评估 is the absence of one. */
export const VERDICT_STATUS_VALUES = [
  'kept',
  'partly-kept',
  'in-progress',
  'stalled',
  'broken',
] as const

export const COMPARABILITY_VALUES = ['same-metric', 'related-metric', 'context'] as const

export function isVerdictStatus(value: unknown): value is (typeof VERDICT_STATUS_VALUES)[number] {
  return (VERDICT_STATUS_VALUES as readonly unknown[]).includes(value)
}
