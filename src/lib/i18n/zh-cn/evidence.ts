/** Messages of the evidence page, #/evidence (Chinese, the reference set). */
export const evidence = {} as const
