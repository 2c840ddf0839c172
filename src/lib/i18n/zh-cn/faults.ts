/** Messages of the faults area (Chinese, the reference set). */
export const faults = {} as const
