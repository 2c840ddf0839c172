/**
 * Where an embedded widget may send its height. The message carries only the widget id and a
 * number of pixels, but it still goes only to the host page's own origin, and only when that
 * origin is allowed: the dashboard's own origin always, others when config.json lists them in
 * `embedAllowedOrigins` ("*" allows any).
 */
export function resizeTargetOrigin(
  allowed: readonly string[],
  ownOrigin: string,
  parentOrigin: string | null,
): string | null {
  if (!parentOrigin || parentOrigin === 'null') return null
  if (parentOrigin === ownOrigin || allowed.includes('*') || allowed.includes(parentOrigin)) {
    return parentOrigin
  }
  return null
}

/**
 * The host page's origin: Chromium and WebKit say it in `location.ancestorOrigins`; elsewhere the
 * referrer of the iframe's first load is the host page.
 */
export function parentOriginOf(win: Window = window): string | null {
  const ancestors = win.location.ancestorOrigins
  if (ancestors && ancestors.length > 0) return ancestors.item(0)
  try {
    return win.document.referrer ? new URL(win.document.referrer).origin : null
  } catch {
    return null
  }
}
