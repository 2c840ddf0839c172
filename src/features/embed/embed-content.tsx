import { useMemo, type ReactNode } from 'react'
import { gapClosure } from '../../domain/funding'
import { localized } from '../../domain/language'
import type { SourceDocument } from '../../domain/schema/document'
import type { Dashboard } from '../../lib/data/use-dashboard'
import { useI18n } from '../../lib/i18n/i18n-context'
import { paths } from '../../lib/router/routes'
import { ErrorBoundary } from '../../lib/ui/error-boundary'
import { RaiseHeadings } from '../../lib/ui/heading'
import { findCommitment } from '../commitments/components/detail/find-commitment'
import { ValueChartSection } from '../commitments/components/detail/value-chart-section'
import { buildFundingModel } from '../funding/funding-model'
import { FundingGapSection, GapFrame } from '../funding/components/funding-gap-section'
import { FundingSplitSection } from '../funding/components/funding-split-section'
import { FundingStagesSection } from '../funding/components/funding-stages-section'
import { FundingTargetSection, TargetWidget } from '../funding/components/funding-target-section'
import { FundingSummary } from '../overview/components/funding-summary'
import { StatusTotals } from '../overview/components/status-totals'
import { TargetsChartFrame } from '../overview/components/targets-chart-frame'
import { UpcomingDeadlines } from '../overview/components/upcoming-deadlines'
import { EmbedFrame } from './embed-frame'
import type { EmbedTarget } from './embed-target'
import { EmbedUnknown } from './embed-unknown'
import { EmbeddedCommitment } from './embedded-commitment'

/** The widget an embed id names, built from the same components as the dashboard. */
export function EmbedContent({
  id,
  target,
  data,
}: {
  id: string
  target: EmbedTarget
  data: Dashboard
}) {
  const { t, lang } = useI18n()
  const model = useMemo(() => buildFundingModel(data.visible, data.asOf), [data.visible, data.asOf])
  const documents: SourceDocument[] = data.visible.flatMap((d) => (d.document ? [d.document] : []))
  // Widgets are written for the dashboard (their titles are h3 under a section's h2); alone, the
  // title is the page's h1. `raise` is how far: 2 for a widget, 1 for a whole section.
  const frame = (title: string, route: string, widget: ReactNode, docs = documents, raise = 2) => (
    <EmbedFrame title={title} route={route} documents={docs}>
      <RaiseHeadings by={raise}>
        <ErrorBoundary>{widget}</ErrorBoundary>
      </RaiseHeadings>
    </EmbedFrame>
  )

  switch (target.kind) {
    case 'targets':
      return frame(
        t('chart.progress.title'),
        paths.overview(),
        data.visible.map((dataset) => (
          <TargetsChartFrame key={dataset.entry.id} dataset={dataset} asOf={data.asOf} />
        )),
      )
    case 'status':
      return frame(t('overview.status.title'), paths.overview(), <StatusTotals rows={data.rows} />)
    case 'funding-summary':
      return frame(
        t('overview.funding.title'),
        paths.funding(),
        <FundingSummary visible={data.visible} asOf={data.asOf} />,
      )
    case 'deadlines':
      return frame(
        t('overview.deadlines.title'),
        paths.overview(),
        <UpcomingDeadlines rows={data.rows} />,
      )
    case 'funding-stages':
      return frame(
        t('funding.stages.title'),
        paths.funding(),
        <FundingStagesSection model={model} />,
      )
    case 'funding-split':
      return frame(
        t('funding.split.heading'),
        paths.funding(),
        <FundingSplitSection model={model} />,
        documents,
        1,
      )
    case 'funding-gap':
      return frame(
        t('funding.gap.heading'),
        paths.funding(),
        <FundingGapSection model={model} />,
        documents,
        1,
      )
    case 'funding-target':
      return frame(
        t('funding.target.heading'),
        paths.funding(),
        <FundingTargetSection model={model} />,
        documents,
        1,
      )
    case 'funding-gap-line': {
      const line = model.lines.find((l) => l.id === target.lineId)
      const closure = line ? gapClosure(line, model.context) : null
      if (!line || !closure || closure.state === 'no-pledge') {
        return <EmbedUnknown id={target.lineId} reason="item" />
      }
      return frame(
        t('funding.gap.title', { label: localized(lang, line.label, line.labelEn) }),
        paths.funding(),
        <div className="funding-section">
          <GapFrame line={line} closure={closure} asOf={model.asOf} />
        </div>,
      )
    }
    case 'funding-target-commitment': {
      const commitment = model.commitments.get(target.commitmentId)
      if (commitment?.kind !== 'target') {
        return <EmbedUnknown id={target.commitmentId} reason="item" />
      }
      return frame(
        localized(lang, commitment.title, commitment.titleEn),
        paths.funding(),
        <TargetWidget commitment={commitment} model={model} />,
      )
    }
    case 'commitment':
    case 'commitment-value': {
      const lookup = findCommitment(data.datasets, target.commitmentId, data.asOf)
      if (lookup.state !== 'found') return <EmbedUnknown id={target.commitmentId} reason="item" />
      const { row } = lookup
      const title = localized(lang, row.commitment.title, row.commitment.titleEn)
      const docs = row.document ? [row.document] : []
      return target.kind === 'commitment'
        ? frame(
            title,
            paths.commitment(row.commitment.id),
            <EmbeddedCommitment row={row} />,
            docs,
            0,
          )
        : frame(
            `${t('detail.chart.title')} · ${title}`,
            paths.commitment(row.commitment.id),
            <ValueChartSection row={row} />,
            docs,
          )
    }
    case 'unknown':
      return <EmbedUnknown id={id} reason="widget" />
  }
}
