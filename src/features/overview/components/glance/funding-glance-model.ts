import {
  FUNDING_STAGES,
  gapClosure,
  latestStageAmounts,
  type DatedEntry,
  type GapClosure,
} from '../../../../domain/funding'
import type { FundingLine, FundingStage } from '../../../../domain/schema/funding'
import type { Dataset } from '../../../../lib/data/assemble'
import { datasetsByBody, type BodyDatasets } from '../../../../lib/data/datasets-by-body'

/** One funding line at a glance: the newest amount of each stage of the money's life, if any. */
export interface LineGlance {
  line: FundingLine
  stages: Partial<Record<(typeof FUNDING_STAGES)[number], DatedEntry>>
  /** What the source says is needed or not yet covered: shown apart, never drawn as money paid. */
  needs: DatedEntry[]
  /** The largest amount of the three stages: the line's own scale. */
  scale: number
  /** How much of a pledge was paid, when both are published (a derived share, said so). */
  closure: GapClosure
}

export interface BodyGlance {
  body: BodyDatasets
  /** The lines shown, largest first. */
  lines: LineGlance[]
  /** How many of the body's lines are not shown. */
  more: number
}

const NEED_STAGES: readonly FundingStage[] = ['needed', 'unfunded']

/**
 * The money of each responding body, line by line, as of a day: never added across lines or
 * bodies. Each line keeps its own stages (pledged, allocated, paid) side by side, so a reader sees
 * how far a promised sum got; promised lines come first, the largest first.
 */
export function fundingGlance(
  visible: readonly Dataset[],
  asOf: string,
  linesPerBody: number,
): BodyGlance[] {
  const documentDates: Record<string, string | undefined> = {}
  for (const dataset of visible) documentDates[dataset.entry.id] = dataset.document?.date
  const context = { documentDates, asOf }
  return datasetsByBody(visible.filter((d) => d.funding.length > 0)).flatMap((body) => {
    const all = body.datasets
      .flatMap((dataset) => dataset.funding)
      .map((line): LineGlance => {
        const latest = latestStageAmounts(line, context)
        const stages: LineGlance['stages'] = {}
        for (const stage of FUNDING_STAGES) {
          const dated = latest[stage]
          if (dated) stages[stage] = dated
        }
        const needs = NEED_STAGES.flatMap((stage) => {
          const dated = latest[stage]
          return dated ? [dated] : []
        })
        const amounts = Object.values(stages).map((d) => d.entry.amount)
        return {
          line,
          stages,
          needs,
          scale: Math.max(0, ...amounts),
          closure: gapClosure(line, context),
        }
      })
      .filter((glance) => glance.scale > 0 || glance.needs.length > 0)
    if (all.length === 0) return []
    // Promised money first (what the letter committed to), largest first; then the rest.
    const pledged = (g: LineGlance) => (g.stages.pledged ? 1 : 0)
    const largest = (g: LineGlance) => Math.max(g.scale, ...g.needs.map((d) => d.entry.amount))
    const lines = [...all]
      .sort((a, b) => pledged(b) - pledged(a) || largest(b) - largest(a))
      .slice(0, linesPerBody)
    return [{ body, lines, more: all.length - lines.length }]
  })
}
