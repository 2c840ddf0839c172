import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useOnline } from '../data/use-tracker-data'
import { describeError } from '../i18n/describe-issue'
import { useI18n } from '../i18n/i18n-context'

interface Props {
  children: ReactNode
  /** Reset the boundary when this changes (e.g. the route). */
  resetKey?: unknown
  onRetry?: () => void
}

interface State {
  error: unknown
  resetKey: unknown
}

/** Contains a failure to one widget or route: the rest of the page keeps working. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.warn('Widget failed', error, info.componentStack)
  }

  override render() {
    if (this.state.error === null) return this.props.children
    return (
      <WidgetError
        error={this.state.error}
        onRetry={() => {
          this.props.onRetry?.()
          this.setState({ error: null })
        }}
      />
    )
  }
}

/**
 * A code chunk (a chart, loaded lazily) that could not be downloaded: the network dropped, or a
 * new version replaced the files on the server. Browsers word it differently.
 */
function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Loading chunk/i.test(
      error.message,
    )
  )
}

export function WidgetError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n()
  const online = useOnline()
  if (isChunkLoadError(error)) {
    // React.lazy keeps a failed import: only a reload fetches the code again, and a reload
    // while offline would lose the page, so the button waits for the network.
    return (
      <div className="widget-error" role="alert">
        <p>{t('faults.widget.code')}</p>
        {online && (
          <button type="button" onClick={() => window.location.reload()}>
            {t('faults.widget.reload')}
          </button>
        )}
      </div>
    )
  }
  return (
    <div className="widget-error" role="alert">
      <p>{t('error.widget', { message: describeError(error, t) })}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  )
}
