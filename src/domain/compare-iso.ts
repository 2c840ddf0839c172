/**
 * Orders ISO 8601 dates ("2023", "2023-06", "2023-06-19"): by code unit, which for these is
 * calendar order. Not localeCompare: that goes through the collator on every call, and sorting
 * each commitment's evidence with it was the assessment's largest cost on a slow phone.
 */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
