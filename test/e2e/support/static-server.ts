import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

/** A response served from memory (a host page, a config.json variant) instead of the disk. */
export interface VirtualFile {
  body: string
  /** Defaults to the type of the path's extension. */
  type?: string
  status?: number
}

export interface StaticServer {
  /** The app's URL, ending in the sub-path, e.g. http://127.0.0.1:43210/apps/commitments/ */
  url: string
  origin: string
  /** Every path requested, for "no request leaves the origin" style assertions. */
  requests: string[]
  close: () => Promise<void>
}

export interface StaticServerOptions {
  root: string
  /** Serve the folder under this sub-path (default "/"), as an intranet server would. */
  basePath?: string
  headers?: Record<string, string>
  /** Intercept a request before the file system (fault injection). Return true when handled. */
  intercept?: (req: IncomingMessage, res: ServerResponse, path: string) => boolean
  /**
   * Paths answered from memory, by exact path ("/apps/commitments/config.json"). Read on every
   * request, so a test may change the map between page loads.
   */
  files?: Record<string, VirtualFile>
  /** More folders, each under its own URL prefix ("/shared/data/" → a copy of the data). */
  mounts?: Record<string, string>
}

/** A plain static file server on 127.0.0.1, like the intranet's: no rewrites, no fallbacks. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const basePath = options.basePath ?? '/'
  const requests: string[] = []
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    requests.push(path)
    for (const [name, value] of Object.entries(options.headers ?? {})) res.setHeader(name, value)
    if (options.intercept?.(req, res, path)) return
    const virtual = options.files?.[path]
    if (virtual) {
      res.statusCode = virtual.status ?? 200
      res.setHeader('Content-Type', virtual.type ?? TYPES[extname(path)] ?? 'text/plain')
      res.end(virtual.body)
      return
    }
    const mount = Object.entries(options.mounts ?? {}).find(([prefix]) => path.startsWith(prefix))
    const [prefix, root] = mount ?? [basePath, options.root]
    if (!path.startsWith(prefix)) return notFound(res)
    const relativePath = path.slice(prefix.length) || 'index.html'
    const file = normalize(join(root, relativePath))
    if (!file.startsWith(normalize(root))) return notFound(res)
    const target =
      existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file
    if (!existsSync(target)) return notFound(res)
    res.setHeader('Content-Type', TYPES[extname(target)] ?? 'application/octet-stream')
    createReadStream(target).pipe(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    url: `${origin}${basePath}`,
    origin,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

function notFound(res: ServerResponse): void {
  res.statusCode = 404
  res.setHeader('Content-Type', 'text/plain; charset=utf-8')
  res.end('Not Found')
}

/** The intranet's Content-Security-Policy: the app must run under it with zero violations. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ')

/**
 * An init script for `context.addInitScript` that reports every `securitypolicyviolation` of
 * every frame to a binding the test exposes as `window.__reportCsp` (context.exposeBinding), so
 * nothing is lost when a page navigates.
 */
export const CSP_REPORTER = `
  document.addEventListener('securitypolicyviolation', (event) => {
    const text = event.violatedDirective + ' blocked ' + (event.blockedURI || '(inline)') +
      ' at ' + (event.sourceFile || location.href) + ':' + event.lineNumber
    if (typeof window.__reportCsp === 'function') window.__reportCsp(text)
  })
`
