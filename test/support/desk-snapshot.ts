import type { DataSnapshot, JsonObject } from '../../src/domain/draft/snapshot'
import type { DataIndex } from '../../src/domain/schema/data-index'
import { readShipped, readShippedText } from './real-data'

/** The shipped public/data folder as the desk reads it: raw files, unrepaired. */
export function shippedSnapshot(): DataSnapshot {
  const index = readShipped<JsonObject & DataIndex>('index.json')
  return {
    index,
    datasets: index.datasets.map((entry) => ({
      entry,
      document: readShipped<JsonObject>(entry.document),
      commitments: readShipped(entry.commitments),
      updates: entry.updates ? readShipped(entry.updates) : undefined,
      funding: entry.funding ? readShipped(entry.funding) : undefined,
      sourceText: readShippedText(`${entry.id}/source.txt`),
    })),
  }
}

/** A short invented letter (illustrative, never shipped) with two numeric promises. */
export const INVENTED_LETTER = [
  '关于市第十六届人大一次会议第160001号建议答复的函',
  '王明代表:',
  '您提出的《关于加快科技成果转化的建议》收悉,现答复如下:',
  '一、下一步工作计划',
  '(一)加强项目储备。下一步,我局将力争2026年底前新增项目20个以上,投入资金5000万元。',
  '感谢您对科技工作的关心和支持。',
  '2025年6月30日',
].join('\n')

export const INVENTED_DOCUMENT: JsonObject = {
  $schema: '../../schema/document.schema.json',
  id: 'km-160001',
  kind: 'reply-letter',
  number: '160001',
  title: '关于市第十六届人大一次会议第160001号建议答复的函',
  session: { name: '市第十六届人民代表大会第一次会议' },
  deputies: [{ name: '王明' }],
  suggestionTitle: '关于加快科技成果转化的建议',
  respondent: { name: '市科学技术局' },
  date: '2025-06-30',
  sourceText: 'source.txt',
}

export const NEW_TARGET: JsonObject = {
  id: 'km-160001-c-projects-20',
  documentId: 'km-160001',
  kind: 'target',
  section: '正文',
  category: 'projects',
  title: '新增项目20个以上',
  quote: '力争2026年底前新增项目20个以上',
  figure: { comparator: '>=', value: 20, unit: 'count', label: '个项目', asWritten: '20个以上' },
  deadline: { type: 'date', date: '2026-12-31' },
}
