import { newestEvidenceShown } from '../../lib/export/view-dates'
import type { ReactNode } from 'react'
import { gapClosure } from '../../domain/funding'
import { localized } from '../../domain/language'
import type { MessageKey } from '../../lib/i18n/translate'
import { paths } from '../../lib/router/routes'
import type { ItemWidget, ViewWidget } from '../../lib/ui/widget-registry'
import { ByBody } from './components/funding-body-section'
import { FundingGapSection, GapFrame } from './components/funding-gap-section'
import { FundingSplitSection } from './components/funding-split-section'
import { FundingStagesSection } from './components/funding-stages-section'
import { FundingTargetSection, TargetWidget } from './components/funding-target-section'
import { splitsByLine } from './components/split-lookup'
import {
  bodyName,
  viewBodies,
  viewModel,
  type FundingBody,
  type FundingModel,
} from './funding-model'
import './components/funding.css'

/**
 * The funding page's widgets that can stand alone (`?embed=<id>`): its four sections (drawn per
 * responding body, as on the page), one pledge's payments (`funding-gap-<line id>`) and one money
 * target (`funding-target-<id>`).
 */
export const fundingWidgets = [
  {
    id: 'funding-stages',
    titleKey: 'funding.stages.title',
    descriptionKey: 'embed.list.funding-stages',
    route: paths.funding(),
    raise: 2,
    render: (data) => (
      <ByBody
        data={data}
        widgetId="funding-stages"
        titleKey="funding.stages.title"
        titleLevel={3}
        shows={(model) => model.lines.length > 0}
        render={(model, ids) => <FundingStagesSection model={model} chartId={ids?.stages} />}
      />
    ),
  },
  {
    id: 'funding-split',
    titleKey: 'funding.split.heading',
    descriptionKey: 'embed.list.funding-split',
    route: paths.funding(),
    raise: 1,
    render: (data) => (
      <ByBody
        data={data}
        widgetId="funding-split"
        titleKey="funding.split.heading"
        titleLevel={2}
        shows={hasSplit}
        render={(model, ids, headless) => (
          <FundingSplitSection model={model} chartId={ids?.split} headless={headless} />
        )}
      />
    ),
  },
  {
    id: 'funding-gap',
    titleKey: 'funding.gap.heading',
    descriptionKey: 'embed.list.funding-gap',
    route: paths.funding(),
    raise: 1,
    render: (data) => (
      <ByBody
        data={data}
        widgetId="funding-gap"
        titleKey="funding.gap.heading"
        titleLevel={2}
        shows={hasPledge}
        render={(model, _ids, headless) => <FundingGapSection model={model} headless={headless} />}
      />
    ),
  },
  {
    id: 'funding-target',
    titleKey: 'funding.target.heading',
    descriptionKey: 'embed.list.funding-target',
    route: paths.funding(),
    raise: 1,
    render: (data) => (
      <ByBody
        data={data}
        widgetId="funding-target"
        titleKey="funding.target.heading"
        titleLevel={2}
        shows={hasMoneyTarget}
        render={(model, _ids, headless) => (
          <FundingTargetSection model={model} headless={headless} />
        )}
      />
    ),
  },
] as const satisfies readonly ViewWidget[]

/** `funding-gap-<line id>`: one pledge and what is known of its payment. */
export const fundingGapLineWidget: ItemWidget = {
  find: (data, lineId, { t, lang }) => {
    const model = viewModel(data)
    const line = model.lines.find((l) => l.id === lineId)
    const closure = line ? gapClosure(line, model.context) : null
    if (!line || !closure || closure.state === 'no-pledge') return null
    return {
      title: t('funding.gap.title', { label: localized(lang, line.label, line.labelEn) }),
      route: paths.funding(),
      raise: 2,
      render: () => (
        <div className="funding-section">
          <GapFrame line={line} closure={closure} asOf={model.asOf} />
        </div>
      ),
    }
  },
}

/** `funding-target-<commitment id>`: one money target and its chart. */
export const fundingTargetWidget: ItemWidget = {
  find: (data, commitmentId, { lang }) => {
    const model = viewModel(data)
    const commitment = model.commitments.get(commitmentId)
    if (commitment?.kind !== 'target') return null
    return {
      title: localized(lang, commitment.title, commitment.titleEn),
      route: paths.funding(),
      raise: 2,
      render: () => <TargetWidget commitment={commitment} />,
    }
  },
}

/**
 * `funding-stages-<body key>` and `funding-split-<body key>`: one body's chart when the view shows
 * several (the page's copy-embed buttons name these). The body key is its first letter's id.
 */
export const fundingStagesBodyWidget: ItemWidget = bodyWidget('funding.stages.title', 3, (body) => (
  <FundingStagesSection model={body.model} chartId={`funding-stages-${body.key}`} />
))
export const fundingSplitBodyWidget: ItemWidget = bodyWidget('funding.split.heading', 2, (body) => (
  <FundingSplitSection model={body.model} chartId={`funding-split-${body.key}`} />
))

/** `level`: the heading level the widget's title is written at (it becomes the embed's h1). */
function bodyWidget(
  titleKey: MessageKey,
  level: number,
  draw: (body: FundingBody) => ReactNode,
): ItemWidget {
  return {
    find: (data, key, { t, lang }) => {
      const body = viewBodies(data).find((b) => b.key === key)
      if (!body) return null
      return {
        title: t('funding.body.widgetTitle', { title: t(titleKey), body: bodyName(body, t, lang) }),
        route: paths.funding(),
        documents: body.datasets.flatMap((d) => (d.document ? [d.document] : [])),
        // This body's own newest evidence: another body's would date a chart that has none.
        newestEvidence: newestEvidenceShown(body.datasets, data.asOf, null),
        raise: level - 1,
        render: () => draw(body),
      }
    },
  }
}

function hasSplit(model: FundingModel): boolean {
  const splits = splitsByLine(model.lines, model.context)
  return [...splits.values()].some((list) => list.length > 0)
}

function hasPledge(model: FundingModel): boolean {
  return model.lines.some((line) => gapClosure(line, model.context).state !== 'no-pledge')
}

function hasMoneyTarget(model: FundingModel): boolean {
  return model.lines.some((line) =>
    line.commitmentIds.some((id) => {
      const commitment = model.commitments.get(id)
      return commitment?.kind === 'target' && commitment.figure.unit === 'yuan'
    }),
  )
}
