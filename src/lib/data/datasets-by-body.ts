import type { Dataset } from './assemble'

export interface BodyDatasets {
  /** Stable key: the first letter's id. */
  key: string
  /** The responding body, or null when its letter's document could not be read. */
  name: string | null
  nameEn: string | undefined
  datasets: Dataset[]
}

/**
 * Letters grouped by the body that answered them, in the order each body's first letter comes.
 * Money of different bodies is never added up, so every funding surface groups with this. A
 * letter whose document failed to load is a group of its own: its body is unknown, not "the same
 * unknown body" as another such letter.
 */
export function datasetsByBody(datasets: readonly Dataset[]): BodyDatasets[] {
  const groups = new Map<string, Dataset[]>()
  for (const dataset of datasets) {
    const name = dataset.document?.respondent.name.trim()
    const key = name ? `body:${name}` : `letter:${dataset.entry.id}`
    const group = groups.get(key)
    if (group) group.push(dataset)
    else groups.set(key, [dataset])
  }
  return [...groups.values()].map((group) => {
    const respondent = group[0]!.document?.respondent
    return {
      key: group[0]!.entry.id,
      name: respondent?.name.trim() ?? null,
      nameEn: respondent?.nameEn,
      datasets: group,
    }
  })
}
