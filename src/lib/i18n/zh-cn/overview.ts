/** Messages of the overview area (Chinese, the reference set). */
export const overview = {} as const
