import type { TimelineMarker } from '../../../domain/assessment/timeline'

const INK = '#1a1a1a'

/**
 * Evidence told apart by shape as well as words: a filled dot counts as progress (same metric),
 * a diamond is a related metric, a ring is context. White edges keep them visible on any bar.
 */
export function Mark({
  marker,
  cx,
  cy,
}: {
  marker: Pick<TimelineMarker, 'comparability'> & Partial<TimelineMarker>
  cx: number
  cy: number
}) {
  const common = {
    className: `timeline-mark mark-${marker.comparability}`,
    'data-evidence': marker.id,
    'data-date': marker.date,
    stroke: '#fff',
    strokeWidth: 1.5,
  }
  if (marker.comparability === 'related-metric') {
    const r = 6
    return (
      <path
        {...common}
        d={`M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`}
        fill={INK}
      />
    )
  }
  if (marker.comparability === 'context') {
    return (
      <g {...common}>
        <circle cx={cx} cy={cy} r={5.5} fill="#fff" stroke="#fff" strokeWidth={3} />
        <circle cx={cx} cy={cy} r={4} fill="#fff" stroke={INK} strokeWidth={2} />
      </g>
    )
  }
  return <circle {...common} cx={cx} cy={cy} r={5} fill={INK} />
}
