/**
 * Only http(s) URLs may become links; `javascript:`, `data:` and the like never do, nor links
 * with a user name, which can disguise the host (a trusted name before "@", another host after).
 * The contract already rejects all of these; this is the last line, at the <a>.
 */
export function isSafeHttpUrl(href: string): boolean {
  try {
    const url = new URL(href)
    const http = url.protocol === 'https:' || url.protocol === 'http:'
    return http && url.username === '' && url.password === ''
  } catch {
    return false
  }
}
