import { normaliseLetterText } from '../../../domain/draft/letter-text'

export type LetterFileResult =
  { ok: true; text: string } | { ok: false; problem: 'not-utf8' | 'too-large' | 'unreadable' }

/** Letters are a few pages; a file far larger than that is not a letter. */
export const MAX_LETTER_BYTES = 2_000_000

/**
 * Reads a .txt file as UTF-8 (FileReader, so it works in every intranet browser), without a BOM
 * and with \n line ends. A file saved as GBK decodes to replacement characters: refused with a
 * message rather than shown garbled.
 */
export function readLetterFile(file: File): Promise<LetterFileResult> {
  if (file.size > MAX_LETTER_BYTES) return Promise.resolve({ ok: false, problem: 'too-large' })
  return new Promise((resolve) => {
    const reader = new FileReader()
    reader.onload = () => {
      const text = String(reader.result ?? '')
      if (text.includes('\uFFFD')) resolve({ ok: false, problem: 'not-utf8' })
      else resolve({ ok: true, text: normaliseLetterText(text) })
    }
    reader.onerror = () => resolve({ ok: false, problem: 'unreadable' })
    reader.readAsText(file, 'utf-8')
  })
}
