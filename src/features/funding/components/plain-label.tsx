/**
 * Chart labels drawn as one line of SVG text next to (or inside) their bar. recharts' own label
 * wraps text that would cross the plot edge, which on a phone breaks "已安排 1.87亿元" over two
 * lines on top of the next bar; one line that may run into the margin reads better.
 */
interface BarLabelProps {
  /** The bar's box, as LabelList passes it to each label. */
  x?: number | string
  y?: number | string
  width?: number | string
  height?: number | string
  value?: unknown
  fill?: string
  fontSize?: number | string
}

const GAP = 5

function BarText({ x, y, value, fill, fontSize }: BarLabelProps & { x: number; y: number }) {
  const text = value === undefined || value === null ? '' : String(value)
  if (!text) return null
  return (
    <text
      x={x}
      y={y}
      fill={fill}
      fontSize={fontSize}
      textAnchor="start"
      dominantBaseline="central"
      className="recharts-label"
    >
      {text}
    </text>
  )
}

/** After the end of a horizontal bar. */
export function EndLabel(props: BarLabelProps) {
  const x = Number(props.x ?? 0) + Number(props.width ?? 0) + GAP
  const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2
  return <BarText {...props} x={x} y={y} />
}

/** Inside a horizontal bar, from its start. */
export function StartLabel(props: BarLabelProps) {
  const x = Number(props.x ?? 0) + GAP
  const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2
  return <BarText {...props} x={x} y={y} />
}
