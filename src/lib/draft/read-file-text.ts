/** A chosen file's text as UTF-8, through FileReader (Blob.text() is missing in older browsers). */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result ?? ''))
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'))
    reader.readAsText(file, 'utf-8')
  })
}
