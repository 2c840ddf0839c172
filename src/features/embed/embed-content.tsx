import type { ReactNode } from 'react'
import type { SourceDocument } from '../../domain/schema/document'
import type { Dashboard } from '../../lib/data/use-dashboard'
import { useI18n } from '../../lib/i18n/i18n-context'
import { ErrorBoundary } from '../../lib/ui/error-boundary'
import { RaiseHeadings } from '../../lib/ui/heading'
import { EmbedFrame } from './embed-frame'
import type { ParamConflict } from './embed-params'
import {
  itemIdOf,
  FIXED_EMBED_IDS,
  type EmbedTarget,
  type EmbedWidgets,
  type FixedEmbedId,
} from './embed-target'
import { EmbedUnknown } from './embed-unknown'

/**
 * The widget an embed id names, drawn by the feature that owns it (from the registry src/app
 * composes), inside the embed's frame: source, both dates, the way back.
 */
export function EmbedContent({
  id,
  target,
  data,
  widgets,
  conflicts,
}: {
  id: string
  target: EmbedTarget
  data: Dashboard
  widgets: EmbedWidgets
  conflicts: readonly ParamConflict[]
}) {
  const { t, lang } = useI18n()
  const documents: SourceDocument[] = data.visible.flatMap((d) => (d.document ? [d.document] : []))

  if (target.kind === 'unknown') return <EmbedUnknown id={id} reason="widget" widgets={widgets} />

  if (isFixed(target)) {
    const widget = widgets.view[target.kind]
    return (
      <EmbedFrame
        title={t(widget.titleKey)}
        route={widget.route}
        documents={documents}
        asOf={data.asOf}
        newestEvidence={data.newestEvidence}
        conflicts={conflicts}
      >
        <Alone raise={widget.raise} draw={() => widget.render(data)} />
      </EmbedFrame>
    )
  }

  const itemId = itemIdOf(target)
  const found = widgets.items[target.kind].find(data, itemId, { t, lang })
  if (!found) return <EmbedUnknown id={itemId} reason="item" widgets={widgets} />
  return (
    <EmbedFrame
      title={found.title}
      route={found.route}
      documents={found.documents ?? documents}
      asOf={data.asOf}
      newestEvidence={
        found.newestEvidence === undefined ? data.newestEvidence : found.newestEvidence
      }
      conflicts={conflicts}
    >
      <Alone raise={found.raise} draw={found.render} />
    </EmbedFrame>
  )
}

function isFixed(target: EmbedTarget): target is { kind: FixedEmbedId } {
  return (FIXED_EMBED_IDS as readonly string[]).includes(target.kind)
}

/**
 * A widget written for the dashboard (its title an h3 under a section's h2) made the page's h1,
 * and drawn inside its own error boundary: a widget that fails says so in its place.
 */
function Alone({ raise, draw }: { raise: number; draw: () => ReactNode }) {
  return (
    <RaiseHeadings by={raise}>
      <ErrorBoundary>
        <Draw draw={draw} />
      </ErrorBoundary>
    </RaiseHeadings>
  )
}

function Draw({ draw }: { draw: () => ReactNode }) {
  return draw()
}
