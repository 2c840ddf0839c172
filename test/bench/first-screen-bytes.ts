import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { LoadReading } from './page-probe'

export interface FirstScreenBytes {
  /** gzip (zlib level 6, what most servers use) of each file, summed. */
  jsGzip: number
  cssGzip: number
  /**
   * The part of jsGzip requested before DOMContentLoaded: the entry and its static imports, and
   * the data reader's worker the early script starts (its script is in the page's resource
   * timing), which the headline waits for. The rest are lazy chunks that a first-screen component requested
   * while rendering (none on the overview today: its progress chart is plain SVG).
   */
  jsBlockingGzip: number
  /** The same JS as the browser received it (encodedBodySize): gzip only when served gzipped. */
  jsTransfer: number
  files: string[]
}

const gzipCache = new Map<string, number>()

/**
 * The JavaScript and CSS the page had requested by the time the headline figures were in the
 * DOM: what the first screen costs to download. Sizes come from the served files, gzipped here.
 */
export function firstScreenBytes(
  reading: LoadReading,
  headlineAt: number,
  siteRoot: string,
  basePath: string,
): FirstScreenBytes {
  const out: FirstScreenBytes = {
    jsGzip: 0,
    cssGzip: 0,
    jsBlockingGzip: 0,
    jsTransfer: 0,
    files: [],
  }
  for (const resource of reading.resources) {
    const path = new URL(resource.name).pathname
    const kind = path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : null
    if (!kind || resource.startTime > headlineAt || !path.startsWith(basePath)) continue
    const relativePath = path.slice(basePath.length)
    const size = gzipSize(join(siteRoot, relativePath))
    if (kind === 'css') out.cssGzip += size
    else {
      out.jsGzip += size
      out.jsTransfer += resource.encodedBodySize
      if (resource.startTime <= reading.domContentLoaded) out.jsBlockingGzip += size
    }
    out.files.push(relativePath)
  }
  return out
}

function gzipSize(file: string): number {
  let size = gzipCache.get(file)
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 6 }).length
    gzipCache.set(file, size)
  }
  return size
}
