/**
 * A chart as a PNG that stands on its own: the title above, the drawing, and the source note and
 * as-of date below. The chart's SVG is serialized (with the computed styles copied onto it as
 * presentation attributes, since an SVG image cannot see the page's stylesheet), loaded as a blob:
 * image and drawn on a canvas; blob: and data: images are what the strict CSP allows.
 */
export interface PngCaption {
  title: string
  /** Lines below the chart: source note, as-of date. Empty strings are skipped. */
  footer: readonly string[]
}

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const

const PADDING = 24
const TITLE_SIZE = 20
const TEXT_SIZE = 14
const LINE_GAP = 8
const MIN_WIDTH = 480

export async function chartToPng(svg: SVGSVGElement, caption: PngCaption): Promise<Blob> {
  const box = svg.getBoundingClientRect()
  const width = Math.max(1, Math.round(box.width || Number(svg.getAttribute('width')) || 640))
  const height = Math.max(1, Math.round(box.height || Number(svg.getAttribute('height')) || 320))
  const image = await loadImage(serializeSvg(svg, width, height))
  const fontFamily = getComputedStyle(svg).fontFamily || 'sans-serif'

  const canvasWidth = Math.max(width + PADDING * 2, MIN_WIDTH)
  const measure = document.createElement('canvas').getContext('2d')
  if (!measure) throw new Error('canvas 2d is not available')
  const textWidth = canvasWidth - PADDING * 2
  measure.font = `700 ${TITLE_SIZE}px ${fontFamily}`
  const titleLines = wrapText(measure, caption.title, textWidth)
  measure.font = `${TEXT_SIZE}px ${fontFamily}`
  const footerLines = caption.footer
    .filter(Boolean)
    .flatMap((line) => wrapText(measure, line, textWidth))

  const titleHeight = titleLines.length * (TITLE_SIZE + LINE_GAP)
  const footerHeight = footerLines.length * (TEXT_SIZE + LINE_GAP)
  const canvasHeight =
    PADDING + titleHeight + LINE_GAP + height + LINE_GAP * 2 + footerHeight + PADDING

  // At least 2x: the image is for documents and slides, where 1x looks blurred.
  const scale = Math.min(3, Math.max(2, window.devicePixelRatio || 1))
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(canvasWidth * scale)
  canvas.height = Math.round(canvasHeight * scale)
  const context = canvas.getContext('2d')
  if (!context) throw new Error('canvas 2d is not available')
  context.scale(scale, scale)
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, canvasWidth, canvasHeight)
  context.fillStyle = '#1a1a1a'
  context.textBaseline = 'top'

  let y = PADDING
  context.font = `700 ${TITLE_SIZE}px ${fontFamily}`
  for (const line of titleLines) {
    context.fillText(line, PADDING, y)
    y += TITLE_SIZE + LINE_GAP
  }
  y += LINE_GAP
  context.drawImage(image, PADDING, y, width, height)
  y += height + LINE_GAP * 2
  context.font = `${TEXT_SIZE}px ${fontFamily}`
  context.fillStyle = '#4a4a4a'
  for (const line of footerLines) {
    context.fillText(line, PADDING, y)
    y += TEXT_SIZE + LINE_GAP
  }
  return canvasToBlob(canvas)
}

/** The SVG as standalone markup: namespaced, sized, and carrying its computed styles. */
export function serializeSvg(svg: SVGSVGElement, width: number, height: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement
  const originals = [svg, ...svg.querySelectorAll('*')]
  const copies = [clone, ...clone.querySelectorAll('*')]
  originals.forEach((original, i) => {
    const copy = copies[i]
    if (!copy) return
    const computed = getComputedStyle(original)
    for (const property of STYLE_PROPERTIES) {
      const value = computed.getPropertyValue(property)
      if (value) copy.setAttribute(property, value)
    }
    // Classes and inline styles mean nothing outside the page; attributes carry it all now.
    copy.removeAttribute('class')
    copy.removeAttribute('style')
  })
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  clone.setAttribute('width', String(width))
  clone.setAttribute('height', String(height))
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`)
  return new XMLSerializer().serializeToString(clone)
}

function loadImage(markup: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }))
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => {
      URL.revokeObjectURL(url)
      resolve(image)
    }
    image.onerror = () => {
      URL.revokeObjectURL(url)
      reject(new Error('the chart could not be drawn as an image'))
    }
    image.src = url
  })
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob)
      else reject(new Error('the image could not be encoded'))
    }, 'image/png')
  })
}

/** Breaks text into lines that fit `maxWidth`: between words for Latin, anywhere for Chinese. */
function wrapText(context: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  if (!text) return []
  const tokens = text.match(/[\p{Script=Han}\p{P}]|[^\s\p{Script=Han}\p{P}]+|\s+/gu) ?? [text]
  const lines: string[] = []
  let line = ''
  for (const token of tokens) {
    const next = line + token
    if (line && context.measureText(next).width > maxWidth) {
      lines.push(line.trimEnd())
      line = token.trimStart()
    } else {
      line = next
    }
  }
  if (line.trim()) lines.push(line.trimEnd())
  return lines
}
