/** Only http(s) URLs may become links; `javascript:`, `data:` and the like never do. */
export function isSafeHttpUrl(href: string): boolean {
  try {
    const url = new URL(href)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}
