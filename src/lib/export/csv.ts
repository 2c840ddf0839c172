/**
 * CSV for spreadsheets, Excel first: UTF-8 with a byte-order mark (without it Excel reads Chinese
 * as mojibake), CRLF line ends and RFC 4180 quoting. Text that a spreadsheet would run as a
 * formula (= + - @, tab, carriage return) is prefixed with ' so an exported quote can never
 * execute (CSV/formula injection).
 */
export const UTF8_BOM = '\uFEFF'

export type CsvCell = string | number | null | undefined

const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return ''
  // A number is a value, not a formula: -5 stays -5.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','))
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`
}
