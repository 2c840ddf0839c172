import { idOf, itemsOf, type DataSnapshot, type JsonObject } from '../../../domain/draft/snapshot'

export interface CommitmentOption {
  id: string
  datasetId: string
  /** "title · section", searched in lower case with the id. */
  label: string
  commitment: JsonObject
}

export interface LetterGroup {
  datasetId: string
  /** "第14号提案 · 子洲县交通运输局": the letter's number as its kind numbers it, and who replied. */
  letter: string
  options: CommitmentOption[]
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

/** The options letter by letter, in the order given, each letter named by `letterName`. */
export function groupByLetter(
  options: CommitmentOption[],
  letterName: (datasetId: string) => string,
): LetterGroup[] {
  const groups = new Map<string, LetterGroup>()
  for (const option of options) {
    const group = groups.get(option.datasetId) ?? {
      datasetId: option.datasetId,
      letter: letterName(option.datasetId),
      options: [],
    }
    group.options.push(option)
    groups.set(option.datasetId, group)
  }
  return [...groups.values()]
}

/**
 * Options whose title, section, id, quote or letter contain every word of the query. With
 * `fold` (Traditional → Simplified), a Simplified query finds Traditional text and the reverse.
 */
export function filterOptions(
  options: CommitmentOption[],
  query: string,
  letterName: (datasetId: string) => string = () => '',
  fold: (text: string) => string = (text) => text,
): CommitmentOption[] {
  const words = fold(query.toLowerCase()).split(/\s+/).filter(Boolean)
  if (words.length === 0) return options
  return options.filter((option) => {
    const haystack = fold(
      [option.label, option.id, String(option.commitment.quote ?? ''), letterName(option.datasetId)]
        .join(' ')
        .toLowerCase(),
    )
    return words.every((word) => haystack.includes(word))
  })
}
