import { DataFileError, type DataIssue } from './data-error'

/**
 * Parses a data file's text. A UTF-8 BOM is tolerated with a warning (Windows editors add one);
 * anything else that is not JSON fails with the parser's own description.
 */
export function parseJsonText(raw: string, file: string): { body: unknown; warnings: DataIssue[] } {
  const warnings: DataIssue[] = []
  let text = raw
  if (text.charCodeAt(0) === 0xfeff) {
    // Windows editors save UTF-8 with a BOM; JSON.parse rejects it. Tolerate it, but say so.
    text = text.slice(1)
    warnings.push({
      file,
      path: '',
      code: 'byte-order-mark',
      severity: 'warning',
      detail: 'file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM',
    })
  }
  if (text.trim() === '') {
    throw new DataFileError({
      file,
      path: '',
      code: 'empty-file',
      severity: 'error',
      detail: 'the file is empty',
    })
  }
  try {
    return { body: JSON.parse(text) as unknown, warnings }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new DataFileError({
      file,
      path: '',
      code: 'invalid-json',
      severity: 'error',
      detail,
      params: { detail },
    })
  }
}
