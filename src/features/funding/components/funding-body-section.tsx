import { useId, type ComponentProps, type ReactNode } from 'react'
import type { Dashboard } from '../../../lib/data/use-dashboard'
import type { MessageKey } from '../../../lib/i18n/translate'
import { describeLetter } from '../../../lib/format/describe-letter'
import { useI18n } from '../../../lib/i18n/i18n-context'
import { ErrorBoundary } from '../../../lib/ui/error-boundary'
import { Heading, RaiseHeadings, type HeadingLevel } from '../../../lib/ui/heading'
import {
  bodyChartIds,
  bodyName,
  joinList,
  viewBodies,
  viewModel,
  type BodyChartIds,
  type FundingBody,
  type FundingModel,
} from '../funding-model'
import { FundingGapSection } from './funding-gap-section'
import { FundingLinesTable } from './funding-lines-table'
import { FundingSplitSection } from './funding-split-section'
import { FundingStagesSection } from './funding-stages-section'
import { FundingTargetSection } from './funding-target-section'
import { FundingTotalsTable } from './funding-totals-table'
import { BodyHeadingId } from './body-label'

/**
 * Everything the funding page shows for one responding body: its charts, its totals and its
 * lines, computed from its own letters only. Written for its place under the page's h1: the body
 * is an h2, its first chart an h3, and the sections (written as h2) move one level down.
 */
export function FundingBodySection({ body, only }: { body: FundingBody; only: boolean }) {
  const { t, lang } = useI18n()
  const headingId = useId()
  const ids = bodyChartIds(body, only)
  const { model } = body
  return (
    <section className="funding-body" aria-labelledby={headingId} data-body={body.key}>
      <BodyHeading body={body} level={2} id={headingId} />
      <p className="funding-body-letters">
        {t('funding.body.letters', {
          letters: joinList(
            body.datasets.map((dataset) => describeLetter(dataset, t, lang)),
            lang,
          ),
        })}
      </p>
      <FundingStagesSection model={model} chartId={ids.stages} />
      <BodyHeadingId.Provider value={only ? undefined : headingId}>
        <RaiseHeadings by={-1}>
          <ErrorBoundary>
            <FundingSplitSection model={model} chartId={ids.split} />
          </ErrorBoundary>
          <ErrorBoundary>
            <FundingGapSection model={model} widgetId={only ? 'funding-gap' : null} />
          </ErrorBoundary>
          <ErrorBoundary>
            <FundingTargetSection model={model} widgetId={only ? 'funding-target' : null} />
          </ErrorBoundary>
          <ErrorBoundary>
            <FundingTotalsTable model={model} />
          </ErrorBoundary>
          <ErrorBoundary>
            <FundingLinesTable model={model} />
          </ErrorBoundary>
        </RaiseHeadings>
      </BodyHeadingId.Provider>
    </section>
  )
}

function BodyHeading({ body, level, id }: { body: FundingBody; level: HeadingLevel; id?: string }) {
  const { t, lang } = useI18n()
  // An English page showing a body's Chinese name (no nameEn) says which language it is in.
  const chineseName = lang === 'en' && body.name !== null && !body.nameEn
  return (
    <Heading
      level={level}
      id={id}
      className="funding-body-title"
      lang={chineseName ? 'zh-CN' : undefined}
    >
      {bodyName(body, t, lang)}
    </Heading>
  )
}

/**
 * One of the page's widgets standing alone (`?embed=funding-stages`). With one body (or none) it
 * is exactly that body's part of the page. With several it is one widget under its own title
 * and, per body that has something to show, the body's name and that body's part alone: never
 * one chart of every body's money.
 */
export function EachBody({
  widgetId,
  title,
  bodies,
  whole,
  titleLevel,
  shows,
  render,
}: {
  widgetId: string
  title: string
  bodies: readonly FundingBody[]
  /** The view's lines in one model, drawn when no body has money (the widget's empty state). */
  whole: FundingModel
  /** The level the widget's own title is written at (a chart's h3, a section's h2). */
  titleLevel: 2 | 3
  /** Whether the widget draws anything for a model (a body without pledges has no gap widget). */
  shows: (model: FundingModel) => boolean
  /** One body's part; `headless` when the widget's title is already above it. */
  render: (model: FundingModel, ids: BodyChartIds | null, headless: boolean) => ReactNode
}) {
  const headingId = useId()
  if (bodies.length === 0) return render(whole, null, false)
  if (bodies.length === 1) return render(bodies[0]!.model, bodyChartIds(bodies[0]!, true), false)
  return (
    <section className="funding-section" data-widget-id={widgetId} aria-labelledby={headingId}>
      <Heading level={titleLevel} id={headingId}>
        {title}
      </Heading>
      {bodies
        .filter((body) => shows(body.model))
        .map((body) => (
          <section key={body.key} className="funding-body" data-body={body.key}>
            <BodyHeading body={body} level={titleLevel === 2 ? 3 : 4} />
            {/* The part's own headings (h3 in a section, a chart's h3) go below the body's. */}
            <RaiseHeadings by={1 - titleLevel}>
              {render(body.model, bodyChartIds(body, false), true)}
            </RaiseHeadings>
          </section>
        ))}
    </section>
  )
}

/** A view widget drawn per responding body (see EachBody), from the dashboard's data. */
export function ByBody({
  data,
  titleKey,
  ...props
}: { data: Dashboard; titleKey: MessageKey } & Omit<
  ComponentProps<typeof EachBody>,
  'bodies' | 'whole' | 'title'
>) {
  const { t } = useI18n()
  return (
    <EachBody {...props} title={t(titleKey)} bodies={viewBodies(data)} whole={viewModel(data)} />
  )
}
