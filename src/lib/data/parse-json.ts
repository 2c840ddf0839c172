import { printable } from '../../domain/schema/text-safety'
import { DataFileError, type DataIssue } from './data-error'

const REPLACEMENT_CHARACTER = '\uFFFD'

/**
 * A data file's text. Decoded by hand rather than with response.text(), which would drop a BOM
 * silently: the data author should hear about it (parseJsonText warns). Bytes that are not UTF-8
 * become U+FFFD, which parseJsonText reports.
 */
export function decodeDataText(bytes: ArrayBuffer): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
}

/**
 * Parses a data file's text. A UTF-8 BOM is tolerated with a warning (Windows editors add one);
 * anything else that is not JSON fails with a description of what it is instead.
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
  if (text.trim() === '') throw fileError(file, 'empty-file', 'the file is empty')
  const notUtf8 = text.indexOf(REPLACEMENT_CHARACTER)
  if (notUtf8 >= 0) {
    // Decoders turn bytes that are not UTF-8 into U+FFFD: the file was saved as GBK or similar,
    // and every Chinese character in it would show garbled.
    throw fileError(file, 'not-utf8', `bytes that are not UTF-8 near character ${notUtf8}`, {
      position: notUtf8,
    })
  }
  if (text.trimStart().startsWith('<')) {
    // A proxy or server error page, sent with status 200 and sometimes even a JSON content type.
    throw fileError(file, 'html-instead-of-json', 'the file is an HTML page, not JSON')
  }
  try {
    return { body: JSON.parse(text) as unknown, warnings }
  } catch (error) {
    // The engine's message quotes the text it choked on: quote it safely.
    const detail = printable(error instanceof Error ? error.message : String(error), 200)
    throw fileError(file, 'invalid-json', detail, { detail })
  }
}

function fileError(
  file: string,
  code: DataIssue['code'],
  detail: string,
  params?: DataIssue['params'],
): DataFileError {
  return new DataFileError({
    file,
    path: '',
    code,
    severity: 'error',
    detail,
    ...(params ? { params } : {}),
  })
}
