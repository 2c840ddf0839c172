/** Messages of the detail area (Chinese, the reference set). */
export const detail = {} as const
