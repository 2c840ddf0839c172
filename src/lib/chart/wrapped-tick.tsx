import { wrapLabel } from './wrap-label'

/**
 * A category-axis tick that wraps long labels onto lines instead of cutting them off. Chinese
 * has no spaces, so lines break by character count; other text breaks between words. The chart
 * gives each row room for `mostLines(labels, maxChars) * TICK_LINE_HEIGHT`.
 */
interface TickProps {
  x?: number
  y?: number
  payload?: { value?: unknown }
  /** Characters per line (CJK counts double-width, so keep this about half the Latin width). */
  maxChars?: number
  /** Only where the full label is shown elsewhere; by default every line is drawn. */
  maxLines?: number
}

export const TICK_LINE_HEIGHT = 15

export function WrappedTick({ x = 0, y = 0, payload, maxChars = 10, maxLines }: TickProps) {
  const text = String(payload?.value ?? '')
  const lines = wrapLabel(text, maxChars, maxLines)
  const top = y - ((lines.length - 1) * TICK_LINE_HEIGHT) / 2
  return (
    <text x={x} y={top} textAnchor="end" fontSize={12} fill="#1a1a1a" dominantBaseline="middle">
      <title>{text}</title>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dx={-6} y={top + i * TICK_LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  )
}
