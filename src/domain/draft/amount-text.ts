/**
 * Reads an amount as officials write it ("5334万元", "3亿", "53,340,000元", "1.2亿元", and in
 * Traditional letters "800萬元", "1.2億元") into integer yuan, the contract's unit. Null when the
 * text is not an amount or does not come to a whole number of yuan (the contract has no
 * fractions of a yuan).
 */
const AMOUNT = /^([0-9][0-9,]*)(?:\.([0-9]+))?\s*(万|亿|萬|億)?\s*元?$/

const SCALE = { '': 0, 万: 4, 亿: 8, 萬: 4, 億: 8 } as const

export function parseYuanText(text: string): number | null {
  const match = AMOUNT.exec(text.trim().replace(/\s+/g, ''))
  if (!match) return null
  const whole = match[1]!.replace(/,/g, '')
  const fraction = match[2] ?? ''
  const zeros = SCALE[(match[3] ?? '') as keyof typeof SCALE]
  // Shift the decimal point as text, so 1.15亿 is 115000000 exactly, never 114999999.99…
  if (fraction.replace(/0+$/, '').length > zeros) return null
  const digits = `${whole}${fraction.padEnd(zeros, '0')}`.replace(/^0+(?=\d)/, '')
  const value = Number(digits)
  return Number.isSafeInteger(value) ? value : null
}

/** A plain non-negative number ("20", "3.5", "1,200"); null otherwise. */
export function parseNumberText(text: string): number | null {
  const cleaned = text.trim().replace(/,/g, '')
  if (!/^[0-9]+(?:\.[0-9]+)?$/.test(cleaned)) return null
  return Number(cleaned)
}
