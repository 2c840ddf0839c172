import { csvCell, toCsv, UTF8_BOM } from '../../src/lib/export/csv'
import { safeFileName, toJsonText } from '../../src/lib/export/download'

describe('CSV for Excel', () => {
  it('starts with the UTF-8 byte-order mark and ends every line with CRLF', () => {
    const csv = toCsv(['编号', '承诺'], [['a', '项目20个以上']])
    expect(csv.startsWith(UTF8_BOM)).toBe(true)
    expect(csv).toBe(`${UTF8_BOM}编号,承诺\r\na,项目20个以上\r\n`)
  })

  it.each([
    ['plain', 'plain'],
    ['with, comma', '"with, comma"'],
    ['say "yes"', '"say ""yes"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
    ['“中文引号”,顿号、', '"“中文引号”,顿号、"'],
    ['', ''],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
  ])('defuses a formula in %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })

  it('keeps numbers as numbers and empty cells empty', () => {
    expect(csvCell(-5)).toBe('-5')
    expect(csvCell(53340000)).toBe('53340000')
    expect(csvCell(Number.NaN)).toBe('')
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
  })

  it('round-trips through a strict RFC 4180 reader', () => {
    const rows = [['a,b', 'c"d', 'e\r\nf', '=1+1']]
    const csv = toCsv(['x', 'y', 'z', 'w'], rows)
    expect(parseCsv(csv.slice(1))).toEqual([
      ['x', 'y', 'z', 'w'],
      ['a,b', 'c"d', 'e\r\nf', "'=1+1"],
    ])
  })
})

describe('file names and JSON', () => {
  it('keeps letters, digits and CJK, replaces the rest', () => {
    expect(safeFileName('targets-2025-06-30.csv')).toBe('targets-2025-06-30.csv')
    expect(safeFileName('资金/拨付:2025.png')).toBe('资金-拨付-2025.png')
    expect(safeFileName('///')).toBe('export')
  })

  it('pretty-prints JSON with a final newline', () => {
    expect(toJsonText({ a: 1 })).toBe('{\n  "a": 1\n}\n')
  })
})

/** A small RFC 4180 parser, to prove the writer's output reads back exactly. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += ch
  }
  return rows
}
