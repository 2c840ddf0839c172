import { gapClosure } from '../../domain/funding'
import { localized } from '../../domain/language'
import type { Dataset } from '../../lib/data/assemble'
import type { Dashboard } from '../../lib/data/use-dashboard'
import { paths } from '../../lib/router/routes'
import type { ItemWidget, ViewWidget } from '../../lib/ui/widget-registry'
import { FundingGapSection, GapFrame } from './components/funding-gap-section'
import { FundingSplitSection } from './components/funding-split-section'
import { FundingStagesSection } from './components/funding-stages-section'
import { FundingTargetSection, TargetWidget } from './components/funding-target-section'
import { buildFundingModel, type FundingModel } from './funding-model'
import './components/funding.css'

/**
 * The funding page's widgets that can stand alone (`?embed=<id>`): its four sections, one
 * pledge's payments (`funding-gap-<line id>`) and one money target (`funding-target-<id>`).
 */
export const fundingWidgets = [
  {
    id: 'funding-stages',
    titleKey: 'funding.stages.title',
    descriptionKey: 'embed.list.funding-stages',
    route: paths.funding(),
    raise: 2,
    render: (data) => <FundingStagesSection model={modelOf(data)} />,
  },
  {
    id: 'funding-split',
    titleKey: 'funding.split.heading',
    descriptionKey: 'embed.list.funding-split',
    route: paths.funding(),
    raise: 1,
    render: (data) => <FundingSplitSection model={modelOf(data)} />,
  },
  {
    id: 'funding-gap',
    titleKey: 'funding.gap.heading',
    descriptionKey: 'embed.list.funding-gap',
    route: paths.funding(),
    raise: 1,
    render: (data) => <FundingGapSection model={modelOf(data)} />,
  },
  {
    id: 'funding-target',
    titleKey: 'funding.target.heading',
    descriptionKey: 'embed.list.funding-target',
    route: paths.funding(),
    raise: 1,
    render: (data) => <FundingTargetSection model={modelOf(data)} />,
  },
] as const satisfies readonly ViewWidget[]

/** `funding-gap-<line id>`: one pledge and what is known of its payment. */
export const fundingGapLineWidget: ItemWidget = {
  find: (data, lineId, { t, lang }) => {
    const model = modelOf(data)
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
    const model = modelOf(data)
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
 * The sections look things up in one model of the visible letters. Kept per visible array (the
 * dashboard keeps that array per data and day), so a re-render hands the sections the same model
 * and their memos hold; weak, so dropped data takes its model with it.
 */
const models = new WeakMap<readonly Dataset[], FundingModel>()

function modelOf(data: Pick<Dashboard, 'visible' | 'asOf'>): FundingModel {
  const cached = models.get(data.visible)
  if (cached?.asOf === data.asOf) return cached
  const model = buildFundingModel(data.visible, data.asOf)
  models.set(data.visible, model)
  return model
}
