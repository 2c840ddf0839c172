import { publishedBy } from '../../domain/dates'
import type { Dataset } from './assemble'

/**
 * Time travel: the data as it was known on `asOf`. Letters dated later disappear, evidence
 * published later disappears, funding amounts reported later disappear. Everything else is kept.
 */
export function datasetsAsOf(datasets: readonly Dataset[], asOf: string): Dataset[] {
  return datasets
    .filter((dataset) => !dataset.document || publishedBy(dataset.document, asOf))
    .map((dataset) => {
      const updates = dataset.updates.filter((update) => update.source.date <= asOf)
      const publishedUpdates = new Set(updates.map((u) => u.id))
      const documentDate = dataset.document?.date ?? ''
      const funding = dataset.funding.map((line) => ({
        ...line,
        entries: line.entries.filter((entry) =>
          entry.evidence.type === 'update'
            ? publishedUpdates.has(entry.evidence.updateId)
            : (entry.asOf ?? documentDate) <= asOf,
        ),
      }))
      return { ...dataset, updates, funding }
    })
}
