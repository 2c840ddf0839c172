/** Messages of the desk's draft merging (edits replayed onto the server's files, conflicts) (Chinese, the reference set). */
export const deskMerge = {
  // keys added with the feature
}
