/**
 * Splits a chart label into lines. Chinese has no spaces, so it breaks by character count;
 * other text breaks between words (about twice as many Latin characters fit a line), and only a
 * word longer than a whole line is broken, with a hyphen.
 *
 * With `maxLines` the label is cut to that many lines and ends in "…": only for a chart that
 * shows the full label elsewhere (a tooltip, the table). Without it nothing is ever cut off, and
 * the chart makes room for every line (see `mostLines`).
 */
export function wrapLabel(text: string, maxChars: number, maxLines = Infinity): string[] {
  const hasCjk = /[\u3400-\u9fff]/.test(text)
  const lines: string[] = []
  if (hasCjk) {
    for (let i = 0; i < text.length; i += maxChars) lines.push(text.slice(i, i + maxChars))
  } else {
    const width = Math.max(2, maxChars * 2)
    let current = ''
    for (const word of text.split(/\s+/).flatMap((w) => splitLongWord(w, width))) {
      const next = current ? `${current} ${word}` : word
      if (next.length > width && current) {
        lines.push(current)
        current = word
      } else current = next
    }
    if (current) lines.push(current)
  }
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, -1)}…`
  return kept
}

/** A word longer than a line, in pieces that fit, each but the last ending in a hyphen. */
function splitLongWord(word: string, width: number): string[] {
  if (word.length <= width) return [word]
  const pieces: string[] = []
  for (let i = 0; i < word.length; i += width - 1) {
    const piece = word.slice(i, i + width - 1)
    pieces.push(i + width - 1 < word.length ? `${piece}-` : piece)
  }
  return pieces
}

/** The most lines any of these labels wraps to: a category chart sizes its rows by it. */
export function mostLines(labels: readonly string[], maxChars: number): number {
  return Math.max(1, ...labels.map((label) => wrapLabel(label, maxChars).length))
}

/**
 * About how wide a line of SVG text is, for margins that must hold a label: CJK characters are
 * square, Latin ones a little over half as wide. An estimate, rounded up so labels fit.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let width = 0
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.58
  return Math.ceil(width * fontSize)
}
