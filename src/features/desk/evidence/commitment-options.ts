import { idOf, itemsOf, type DataSnapshot, type JsonObject } from '../../../domain/draft/snapshot'

export interface CommitmentOption {
  id: string
  datasetId: string
  /** "title · section", searched in lower case with the id. */
  label: string
  commitment: JsonObject
}

/** Every commitment of every letter, in letter order, for the searchable picker. */
export function commitmentOptions(snapshot: DataSnapshot): CommitmentOption[] {
  return snapshot.datasets.flatMap((dataset) =>
    itemsOf(dataset.commitments, 'commitments').map((commitment) => ({
      id: idOf(commitment),
      datasetId: dataset.entry.id,
      label: [commitment.title, commitment.section]
        .filter((part) => typeof part === 'string')
        .join(' · '),
      commitment,
    })),
  )
}

/** Options whose title, section, id or quote contain every word of the query. */
export function filterOptions(options: CommitmentOption[], query: string): CommitmentOption[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return options
  return options.filter((option) => {
    const haystack =
      `${option.label} ${option.id} ${String(option.commitment.quote ?? '')}`.toLowerCase()
    return words.every((word) => haystack.includes(word))
  })
}
