/** Messages of the desk's change-log writing (who recorded, why) (Chinese, the reference set). */
export const deskChangeLog = {
  // keys added with the feature
}
