/**
 * Splits a chart label into lines. Chinese has no spaces, so it breaks by character count;
 * other text breaks between words (about twice as many Latin characters fit a line).
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const hasCjk = /[\u3400-\u9fff]/.test(text)
  const lines: string[] = []
  if (hasCjk) {
    for (let i = 0; i < text.length; i += maxChars) lines.push(text.slice(i, i + maxChars))
  } else {
    let current = ''
    for (const word of text.split(/\s+/)) {
      const next = current ? `${current} ${word}` : word
      if (next.length > maxChars * 2 && current) {
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
