/**
 * The timeline's measures, shared by the chart and the space kept for it before it loads. On a
 * phone each row's label sits above its bar (the bars keep the whole width); on wider screens the
 * labels are a column on the left.
 */
export const NARROW_BELOW = 560
export const ROW_WIDE = 52
export const ROW_NARROW = 66
export const BAR_SIZE = 16
/** On a phone the bar sits in the lower part of its row, under two lines of label. */
export const NARROW_BAR_SHIFT = 14
export const LABEL_LINE = 15
/** Room above the plot for the labels of the vertical lines (letter, view date, today). */
export const LINE_LABEL_ROW = 15
export const AXIS_HEIGHT = 30

export function isNarrow(width: number): boolean {
  return width < NARROW_BELOW
}

export function timelineHeight(rows: number, lineLabelRows: number, narrow: boolean): number {
  const top = 8 + lineLabelRows * LINE_LABEL_ROW
  return top + Math.max(1, rows) * (narrow ? ROW_NARROW : ROW_WIDE) + AXIS_HEIGHT + 8
}

/**
 * Which row above the plot each line's label takes: all letters share the first, the view date
 * and today one each below it, so labels of lines close in time do not overlap.
 */
export function labelRows(kinds: readonly string[]): Map<string, number> {
  const rows = new Map<string, number>()
  for (const kind of ['letter', 'as-of', 'today-as-of', 'today']) {
    if (kinds.includes(kind)) rows.set(kind, rows.size)
  }
  return rows
}
