import { useMemo } from 'react'
import { useChangeLogs } from '../../lib/data/use-change-logs'
import type { Dashboard } from '../../lib/data/use-dashboard'
import { useI18n } from '../../lib/i18n/i18n-context'
import { useViewState } from '../../lib/router/view-state'
import { Heading } from '../../lib/ui/heading'
import { bulletinView } from './bulletin-model'
import { BulletinPeriodLine, BulletinProblemMessage } from './bulletin-period-line'
import { BulletinSections } from './bulletin-sections'
import './bulletin.css'

/**
 * The bulletin on its own (`?embed=bulletin`): the period from the address (`from`/`to` after the
 * hash, or before it as a web team may write them), last month before the view date when the
 * address names none. No presets or downloads: the embed links back to the full page for those.
 */
export function BulletinWidget({ data }: { data: Dashboard }) {
  const { t } = useI18n()
  const { params } = useViewState()
  const query = new URLSearchParams(window.location.search)
  const rawFrom = params.get('from') ?? query.get('from') ?? ''
  const rawTo = params.get('to') ?? query.get('to') ?? ''
  const changeLogs = useChangeLogs(data.visible)
  const view = useMemo(
    () => bulletinView(data, rawFrom, rawTo, changeLogs),
    [data, rawFrom, rawTo, changeLogs],
  )
  return (
    <section className="bulletin bulletin-widget" data-widget-id="bulletin">
      <Heading level={2}>{t('bulletin.title')}</Heading>
      {view.problem && <BulletinProblemMessage problem={view.problem} />}
      <BulletinPeriodLine view={view} />
      {view.bulletin && (
        <BulletinSections bulletin={view.bulletin} level={3} changeLogs={changeLogs} />
      )}
    </section>
  )
}
