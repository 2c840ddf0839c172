import type { DeadlineState } from '../../domain/deadline'
import { describeDaysLeft } from '../format/describe-deadline'
import { useI18n } from '../i18n/i18n-context'

const SHAPES = { green: '●', yellow: '▲', red: '■', none: '○', done: '✓' } as const

/** 督查督办-style light: a shape and words, never colour alone. */
export function DeadlineLight({ state }: { state: DeadlineState }) {
  const { t } = useI18n()
  const days = describeDaysLeft(state, t)
  return (
    <span className={`deadline-light light-${state.light}`} data-light={state.light}>
      <span aria-hidden="true" className="light-shape">
        {SHAPES[state.light]}
      </span>
      {/* "逾期 1066 天" already says it is overdue: "已逾期 · 逾期 1066 天" would say it twice. */}
      {state.light === 'red' && days ? days : t(`light.${state.light}`)}
      {days && state.light !== 'done' && state.light !== 'red' ? ` · ${days}` : ''}
      {state.behindPace && state.light === 'yellow' ? ` · ${t('deadline.behindPace')}` : ''}
    </span>
  )
}
