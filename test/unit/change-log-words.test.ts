import { buildBulletin } from '../../src/domain/bulletin/bulletin'
import type { Language } from '../../src/domain/language'
import type { ChangeLogEntry } from '../../src/domain/schema/change-log'
import { historyWords } from '../../src/features/commitments/components/detail/history-words'
import { bulletinRecords } from '../../src/features/bulletin/bulletin-records'
import { translate, type Translate } from '../../src/lib/i18n/translate'

/**
 * One change, one wording: the bulletin (its CSV/JSON records, read with the same calls as its
 * page) and a commitment's history say the same words for the same change. Illustrative entry,
 * built here only: the ids, names and reasons are made up for the test.
 */
const entry: ChangeLogEntry = {
  id: 'x-ch-1',
  date: '2025-03-02',
  recordedBy: '张三',
  changes: [
    {
      file: 'updates',
      itemId: 'x-u-verdict',
      action: 'changed',
      field: 'verdict',
      verdict: { from: 'in-progress', to: 'partly-kept' },
      reason: '示例理由甲',
      reasonEn: 'Example reason A',
    },
    {
      file: 'updates',
      itemId: 'x-u-field',
      action: 'changed',
      field: 'summary',
      from: '甲',
      to: '乙',
    },
    {
      file: 'funding',
      itemId: 'x-f-line',
      action: 'changed',
      field: 'label',
      from: '甲',
      to: '乙',
    },
    { file: 'updates', itemId: 'x-u-added', action: 'added' },
  ],
}

const t =
  (lang: Language): Translate =>
  (key, params) =>
    translate(lang, key, params)

function bulletinWords(lang: Language) {
  const bulletin = buildBulletin({
    period: { from: '2025-03-01', to: '2025-03-31' },
    before: [],
    after: [],
    letters: [],
    changeLogs: [{ datasetId: 'x', document: undefined, entries: [entry] }],
  })
  return bulletinRecords(bulletin, t(lang), lang)
    .filter((record) => record.kind === 'change-log')
    .map((record) => ({ what: record.what, reason: record.note }))
}

const historyOf = (lang: Language) => entry.changes.map((c) => historyWords(c, t(lang), lang))

describe('a change log line in words', () => {
  it('reads the same in the bulletin and in the commitment’s history', () => {
    expect(bulletinWords('zh-CN')).toEqual([
      { what: '评定由“推进中”改为“部分兑现”', reason: '理由:示例理由甲' },
      { what: '修改了一条进展证据', reason: null },
      { what: '修改了一条相关资金', reason: null },
      { what: '新增一条进展证据', reason: null },
    ])
    expect(historyOf('zh-CN')).toEqual(bulletinWords('zh-CN'))
  })

  it('reads the same in English, with the English reason', () => {
    expect(bulletinWords('en')).toEqual([
      {
        what: 'rating changed from “In progress” to “Partly kept”',
        reason: 'reason: Example reason A',
      },
      { what: 'evidence changed', reason: null },
      { what: 'funding line changed', reason: null },
      { what: 'evidence added', reason: null },
    ])
    expect(historyOf('en')).toEqual(bulletinWords('en'))
  })

  it('says a withdrawn verdict as withdrawn on both surfaces, not as an edit', () => {
    const withdrawn = {
      file: 'commitments',
      itemId: 'x-c',
      action: 'changed',
      field: 'verdict',
      from: 'kept',
      to: null,
    } as const
    expect(historyWords(withdrawn, t('zh-CN'), 'zh-CN').what).toBe('撤销了评定“已兑现”')
    expect(historyWords(withdrawn, t('en'), 'en').what).toBe('rating “Kept” withdrawn')
  })
})
