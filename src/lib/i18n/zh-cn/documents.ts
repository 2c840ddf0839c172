/** Messages of the documents area (Chinese, the reference set). */
export const documents = {} as const
