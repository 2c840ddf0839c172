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
    if (!path.startsWith(basePath)) return notFound(res)
    const relativePath = path.slice(basePath.length) || 'index.html'
    const file = normalize(join(options.root, relativePath))
    if (!file.startsWith(normalize(options.root))) return notFound(res)
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
