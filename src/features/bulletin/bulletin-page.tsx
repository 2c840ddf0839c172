import { useMemo } from 'react'
import { useChangeLogs } from '../../lib/data/use-change-logs'
import { useDashboard, type Dashboard } from '../../lib/data/use-dashboard'
import { useI18n } from '../../lib/i18n/i18n-context'
import { useViewState } from '../../lib/router/view-state'
import { DataGate } from '../../lib/ui/data-gate'
import { ViewDates } from '../../lib/ui/view-dates'
import { BulletinExport } from './bulletin-export'
import { bulletinView } from './bulletin-model'
import { BulletinPresets } from './bulletin-presets'
import { BulletinPeriodLine, BulletinProblemMessage } from './bulletin-period-line'
import { BulletinSections } from './bulletin-sections'
import './bulletin.css'

/**
 * `#/bulletin?from=&to=`: the periodic bulletin (周报 · 月通报 · 季分析 · 年考核) for two days of the
 * view, printable on A4 (print.css and bulletin.css), downloadable as CSV or JSON.
 */
export function BulletinPage() {
  const data = useDashboard()
  return (
    <DataGate data={data}>
      <BulletinView data={data} />
    </DataGate>
  )
}

function BulletinView({ data }: { data: Dashboard }) {
  const { t } = useI18n()
  const { params } = useViewState()
  const rawFrom = params.get('from') ?? ''
  const rawTo = params.get('to') ?? ''
  const changeLogs = useChangeLogs(data.visible)
  const view = useMemo(
    () => bulletinView(data, rawFrom, rawTo, changeLogs),
    [data, rawFrom, rawTo, changeLogs],
  )
  return (
    <article className="bulletin" aria-labelledby="bulletin-title">
      <header className="bulletin-header">
        <h1 id="bulletin-title">{t('bulletin.title')}</h1>
        <ViewDates
          asOf={data.asOf}
          newestEvidence={data.newestEvidence}
          className="as-of-line bulletin-dates"
        />
        <p className="bulletin-intro">{t('bulletin.intro')}</p>
      </header>
      {view.problem && <BulletinProblemMessage problem={view.problem} />}
      <BulletinPresets
        asOf={data.asOf}
        letterDate={view.letterDate}
        period={view.period}
        rawFrom={rawFrom}
        rawTo={rawTo}
      />
      {view.bulletin && (
        <>
          <BulletinPeriodLine view={view} />
          <BulletinExport bulletin={view.bulletin} data={data} changeLogs={changeLogs} />
          <BulletinSections bulletin={view.bulletin} level={2} changeLogs={changeLogs} />
        </>
      )}
    </article>
  )
}
