import { measureElement, useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual'
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import type { CommitmentRow } from '../../../lib/data/commitment-rows'
import { ListRow, type ListColumns } from './list-row'

interface Props {
  rows: readonly CommitmentRow[]
  documentLabels: ReadonlyMap<string, string> | null
  /** How many columns the table has (the spacer rows span them all). */
  columns: number
  /** Which cells each row has. */
  cells: ListColumns
}

/** A first guess at a row's height; each rendered row is then measured. */
const ESTIMATED_ROW_HEIGHT = 88
/** Rows rendered beyond each edge of the viewport, so fast scrolling shows no blank. */
const OVERSCAN = 8

/**
 * The table body for long lists: the page scrolls as usual, but only the rows near the viewport
 * are in the DOM, between two spacer rows that keep the scroll height (and the scrollbar) true.
 */
export function ListVirtualBody({ rows, documentLabels, columns, cells }: Props) {
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const scrollMargin = useDocumentTop(bodyRef, rows)
  // Stable between renders: the virtualizer recomputes every row's position when it changes.
  const getItemKey = useCallback((index: number) => rows[index]?.commitment.id ?? index, [rows])
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey,
    measureElement: rowHeight,
    // React 19 warns about flushSync inside render; a frame's delay in re-measuring is invisible.
    useFlushSync: false,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]
  const last = items.at(-1)
  const before = first ? first.start - scrollMargin : 0
  const after = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0
  return (
    <tbody ref={bodyRef}>
      {before > 0 && <Spacer height={before} columns={columns} />}
      {items.map((item) => (
        <ListRow
          key={item.key}
          row={rows[item.index]!}
          documentLabels={documentLabels}
          columns={cells}
          virtual={{ index: item.index, ref: virtualizer.measureElement }}
        />
      ))}
      {after > 0 && <Spacer height={after} columns={columns} />}
    </tbody>
  )
}

/**
 * Where an element starts in the page. The filters, chips and banners above the list change
 * height, so it is measured again whenever the page resizes and whenever the rows change.
 */
function useDocumentTop(ref: RefObject<HTMLElement | null>, rows: readonly unknown[]): number {
  const [top, setTop] = useState(0)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => {
      const next = element.getBoundingClientRect().top + window.scrollY
      setTop((current) => (Math.abs(current - next) >= 1 ? next : current))
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [ref, rows])
  return top
}

function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr className="list-spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  )
}

/** Matches the stacked-card breakpoint in commitments.css. */
const NARROW_SCREEN = '(max-width: 52rem)'
let cardGap: { narrow: boolean; px: number } | undefined
let narrowScreen: MediaQueryList | null | undefined

/**
 * The row's size as the resize observer reports it (no forced layout), plus, on narrow screens
 * where rows are cards with a margin between them, that margin: the space is the row's too.
 */
function rowHeight(
  element: HTMLTableRowElement,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<Window, HTMLTableRowElement>,
): number {
  // One query object, read live: asking matchMedia anew for every measured row cost more.
  narrowScreen ??= window.matchMedia?.(NARROW_SCREEN) ?? null
  const narrow = narrowScreen?.matches ?? false
  if (cardGap?.narrow !== narrow) {
    cardGap = { narrow, px: parseFloat(getComputedStyle(element).marginBottom) || 0 }
  }
  return measureElement(element, entry, instance) + cardGap.px
}
