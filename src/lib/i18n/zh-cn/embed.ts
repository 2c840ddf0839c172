/** Messages of the embed area (Chinese, the reference set). */
export const embed = {} as const
