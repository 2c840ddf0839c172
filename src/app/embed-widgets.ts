import { bulletinWidgets } from '../features/bulletin/widgets'
import { commitmentValueWidget } from '../features/commitments/widgets'
import { commitmentCardWidget } from '../features/embed/commitment-widget'
import type { EmbedWidgets, FixedEmbedId } from '../features/embed/embed-target'
import {
  fundingGapLineWidget,
  fundingSplitBodyWidget,
  fundingStagesBodyWidget,
  fundingTargetWidget,
  fundingWidgets,
} from '../features/funding/widgets'
import { overviewWidgets } from '../features/overview/widgets'
import type { ViewWidget } from '../lib/ui/widget-registry'

/**
 * Every widget that can stand alone (`?embed=<id>`), composed from the features' own lists: the
 * embed feature draws whatever this hands it and imports no other feature.
 */
const VIEW_WIDGETS = [
  ...overviewWidgets,
  ...fundingWidgets,
  ...bulletinWidgets,
] as const satisfies readonly ViewWidget<FixedEmbedId>[]

// Every fixed id has a widget: a missing one fails to compile here, not in someone's iframe.
type Missing = Exclude<FixedEmbedId, (typeof VIEW_WIDGETS)[number]['id']>
const everyIdDrawn: [Missing] extends [never] ? true : Missing = true

export const embedWidgets: EmbedWidgets = {
  view: byId(VIEW_WIDGETS),
  items: {
    commitment: commitmentCardWidget,
    'commitment-value': commitmentValueWidget,
    'funding-gap-line': fundingGapLineWidget,
    'funding-target-commitment': fundingTargetWidget,
    'funding-stages-body': fundingStagesBodyWidget,
    'funding-split-body': fundingSplitBodyWidget,
  },
}

/** The ids the registry draws, in the features' order (the component test compares them). */
export const drawnWidgetIds: readonly string[] = everyIdDrawn
  ? VIEW_WIDGETS.map((widget) => widget.id)
  : []

function byId(widgets: readonly ViewWidget<FixedEmbedId>[]): Record<FixedEmbedId, ViewWidget> {
  return Object.fromEntries(widgets.map((widget) => [widget.id, widget])) as Record<
    FixedEmbedId,
    ViewWidget
  >
}
