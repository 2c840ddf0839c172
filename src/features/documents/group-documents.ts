import type { SourceDocument } from '../../domain/schema/document'

export type DocumentGrouping = 'deputy' | 'respondent'

export interface DocumentGroup {
  key: string
  label: string
  labelEn: string | undefined
  documents: SourceDocument[]
}

/**
 * Groups documents by deputy (a letter answering several deputies appears under each) or by
 * responding body; groups and documents sorted for reading (names, then newest letter first).
 */
export function groupDocuments(
  documents: readonly SourceDocument[],
  by: DocumentGrouping,
): DocumentGroup[] {
  const groups = new Map<string, DocumentGroup>()
  for (const document of documents) {
    const keys =
      by === 'deputy'
        ? document.deputies.map((d) => ({ label: d.name, labelEn: d.nameEn }))
        : [{ label: document.respondent.name, labelEn: document.respondent.nameEn }]
    for (const { label, labelEn } of keys) {
      const group = groups.get(label) ?? { key: label, label, labelEn, documents: [] }
      group.documents.push(document)
      groups.set(label, group)
    }
  }
  return [...groups.values()]
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'))
    .map((group) => ({
      ...group,
      // Undated letters last: they cannot be placed in time.
      documents: group.documents.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')),
    }))
}
