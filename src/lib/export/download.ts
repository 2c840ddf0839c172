/**
 * Saves a Blob through a temporary `<a download>`: no server round trip, and a blob: URL, which
 * the strict Content-Security-Policy allows.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = safeFileName(fileName)
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked later, not at once: some browsers read the URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName)
}

export const CSV_TYPE = 'text/csv;charset=utf-8'
export const JSON_TYPE = 'application/json;charset=utf-8'

/** Letters, digits, CJK, dot, dash and underscore; anything else (slashes, colons) becomes "-". */
export function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'export'
}

/** Pretty-printed JSON with a final newline, as text editors and diff tools like it. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
