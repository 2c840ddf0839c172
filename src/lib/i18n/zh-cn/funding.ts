/** Messages of the funding area (Chinese, the reference set). */
export const funding = {} as const
