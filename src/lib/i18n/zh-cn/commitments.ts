/** Messages of the commitments area (Chinese, the reference set). */
export const commitments = {} as const
