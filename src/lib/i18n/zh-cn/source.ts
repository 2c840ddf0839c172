/** Messages of the source area (Chinese, the reference set). */
export const source = {} as const
