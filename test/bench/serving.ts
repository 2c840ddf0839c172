import { readdirSync, readFileSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { startStaticServer, type StaticServer } from '../e2e/support/static-server'

/**
 * How the files are served: `plain` as they are on disk, `gzip` like an intranet nginx with
 * `gzip on; gzip_types application/javascript text/javascript text/css application/json;`
 * (nginx always compresses text/html as well; source.txt, text/plain, is left alone).
 */
export const SERVINGS = ['plain', 'gzip'] as const
export type Serving = (typeof SERVINGS)[number]

export function isServing(value: string): value is Serving {
  return (SERVINGS as readonly string[]).includes(value)
}

const COMPRESSED: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
}
/** The level of `gzip_comp_level 6` in the README's sample, and of the report's gzip bytes. */
const LEVEL = 6

export async function serveFolder(
  root: string,
  basePath: string,
  serving: Serving,
): Promise<StaticServer> {
  if (serving === 'plain') return startStaticServer({ root, basePath })
  const compressed = compressAll(root)
  return startStaticServer({
    root,
    basePath,
    intercept: (req, res, path) => serveCompressed(req, res, path, basePath, root, compressed),
  })
}

/**
 * Every compressible file, gzipped once before the first visit: nginx compresses on the fly, but
 * on another machine; here the server shares the browser's two cores, so compressing per request
 * would be counted against the page.
 */
function compressAll(root: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>()
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = join(folder, entry.name)
      if (entry.isDirectory()) walk(file)
      else if (COMPRESSED[extname(file)]) {
        out.set(relative(root, file), gzipSync(readFileSync(file), { level: LEVEL }))
      }
    }
  }
  walk(root)
  return out
}

function serveCompressed(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  basePath: string,
  root: string,
  compressed: Map<string, Buffer>,
): boolean {
  if (!path.startsWith(basePath)) return false
  let file = normalize(join(root, path.slice(basePath.length) || 'index.html'))
  if (!file.startsWith(normalize(root))) return false
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = join(file, 'index.html')
  const type = COMPRESSED[extname(file)]
  const body = compressed.get(relative(root, file))
  if (!type || !body) return false
  res.setHeader('Vary', 'Accept-Encoding')
  if (!acceptsGzip(req.headers['accept-encoding'])) return false
  res.setHeader('Content-Type', type)
  res.setHeader('Content-Encoding', 'gzip')
  res.setHeader('Content-Length', body.length)
  res.end(body)
  return true
}

function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '')
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .some((part) => part === 'gzip' || (part.startsWith('gzip;') && !/q=0(\.0*)?$/.test(part)))
}
