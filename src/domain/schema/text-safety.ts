/**
 * Text from data files is shown to readers, so it must look like what it is.
 *
 * - Rejected in every text field (`forbiddenCharacter`): C0/C1 control characters other than tab
 *   and line breaks, the Unicode bidirectional controls (U+202A–U+202E overrides and embeddings,
 *   U+2066–U+2069 isolates, U+200E/U+200F/U+061C marks) and the invisible tag characters
 *   (U+E0000–U+E007F). None occurs in a reply letter; a right-to-left override can make
 *   "5334万元" read as "元万4335", so such text never reaches the screen.
 * - Allowed in text: zero-width characters (U+200B–U+200D, U+2060, U+FEFF). Web pages leave
 *   them in copied quotes and ZWJ/ZWNJ are legitimate in some scripts; they cannot reorder text.
 * - Ids, paths, dates and enum values accept only ASCII patterns, so every invisible character
 *   is rejected there by the pattern itself.
 * - Wherever a data value is quoted in a problem message (`printable`), every invisible or
 *   control character is spelled out as ⟨U+XXXX⟩ and long values are shortened, so a message
 *   cannot be spoofed or flooded by the data it describes.
 */

const FORBIDDEN = /(?![\t\n\r])[\p{Cc}\p{Bidi_Control}\u{E0000}-\u{E007F}]/u
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}]/gu

export interface ForbiddenCharacter {
  /** "U+202E" */
  char: string
  /** Position in the text, counted in characters from 0. */
  position: number
}

export function codePointName(char: string): string {
  const code = char.codePointAt(0) ?? 0
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
}

/** The first character a text field must not contain, or null when the text is clean. */
export function forbiddenCharacter(text: string): ForbiddenCharacter | null {
  const match = FORBIDDEN.exec(text)
  if (!match) return null
  return { char: codePointName(match[0]), position: [...text.slice(0, match.index)].length }
}

export const PRINTABLE_MAX = 120

/** A data value made safe to quote in a message: invisible characters spelled out, length capped. */
export function printable(value: string, max = PRINTABLE_MAX): string {
  const chars = [...value]
  const head = chars.length > max ? `${chars.slice(0, max).join('')}…` : value
  return head.replace(INVISIBLE, (char) => `⟨${codePointName(char)}⟩`)
}
