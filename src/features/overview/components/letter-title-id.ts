/** The id of a letter's title on the overview: each letter's sections are named with it. */
export function letterTitleId(documentId: string): string {
  return `letter-title-${documentId}`
}
