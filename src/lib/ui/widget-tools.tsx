import { useWidgetEnvironment } from '../chart/widget-context'
import { CopyEmbedButton } from './copy-embed-button'
import { useAnnouncer } from './use-announcer'

/**
 * The tools of a widget that is not a chart (status totals, funding summary, deadlines, a
 * commitment): "copy embed code" and its confirmation. Hidden inside an embed and in print.
 */
export function WidgetTools({
  id,
  title,
  describedBy,
}: {
  id: string
  title: string
  describedBy?: string
}) {
  const { embedded } = useWidgetEnvironment()
  const [message, announce] = useAnnouncer()
  if (embedded) return null
  return (
    <div className="widget-tools">
      <CopyEmbedButton id={id} title={title} describedBy={describedBy} announce={announce} />
      <span className="widget-tools-message" aria-live="polite">
        {message}
      </span>
    </div>
  )
}
