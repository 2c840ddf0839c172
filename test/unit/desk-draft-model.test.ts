import { applyDraft } from '../../src/domain/draft/apply-draft'
import { diffDatasets, touchedCommitments } from '../../src/domain/draft/diff-datasets'
import { addLetter, removeItem, upsertItem } from '../../src/domain/draft/draft-edits'
import { draftSchema, emptyDraft } from '../../src/domain/draft/draft-schema'
import { formatDataJson } from '../../src/domain/draft/format-json'
import { uniqueId } from '../../src/domain/draft/ids'
import { itemsOf, snapshotFiles } from '../../src/domain/draft/snapshot'
import { publishFiles } from '../../src/lib/draft/publish-files'
import {
  INVENTED_DOCUMENT,
  INVENTED_LETTER,
  NEW_TARGET,
  shippedSnapshot,
} from '../support/desk-snapshot'
import { readShippedText } from '../support/real-data'

const NOW = new Date('2026-11-30T08:00:00Z')
const published = shippedSnapshot()

const gapPaid = {
  id: 'km-153005-u-gap-paid',
  commitmentId: 'km-153005-c-gap-5334',
  asOf: '2023-09-30',
  value: 53340000,
  comparability: 'same-metric',
  summary: '第二批缺口资金已拨付(示例)。',
  source: { title: '示例来源', date: '2023-10-08', url: 'https://kjj.km.gov.cn/example' },
}

describe('formatDataJson', () => {
  it.each([
    'index.json',
    'km-153005/document.json',
    'km-153005/commitments.json',
    'km-153005/updates.json',
    'km-153005/funding.json',
  ])('writes %s byte for byte as shipped', (path) => {
    const text = readShippedText(path)
    expect(formatDataJson(JSON.parse(text))).toBe(text)
  })

  it('breaks an array of values over lines only when it does not fit in 100 columns', () => {
    expect(formatDataJson({ a: ['x', 'y'] })).toBe('{\n  "a": ["x", "y"]\n}\n')
    const long = Array.from({ length: 12 }, (_, i) => `value-number-${i}`)
    expect(formatDataJson({ a: long }).split('\n')).toHaveLength(long.length + 5)
  })
})

describe('uniqueId', () => {
  it('makes an id matching the pattern and unused', () => {
    expect(uniqueId(['km-153005', 'u', '2023-09-30'], [])).toBe('km-153005-u-2023-09-30')
    expect(uniqueId(['A b', '万元'], ['a-b'])).toBe('a-b-2')
    expect(uniqueId(['constructor'], [])).toBe('constructor-2')
    expect(uniqueId(['缺口'], [])).toBe('item')
  })
})

describe('applyDraft and diffDatasets', () => {
  it('an empty draft changes nothing', () => {
    const draft = emptyDraft(NOW)
    expect(applyDraft(published, draft)).toEqual(published)
    expect(diffDatasets(published, applyDraft(published, draft))).toEqual([])
  })

  it('an added update shows under its commitment, the rest of the file untouched', () => {
    const draft = upsertItem(published, emptyDraft(NOW), 'km-153005', 'updates', gapPaid, NOW)
    const drafted = applyDraft(published, draft)
    const updates = itemsOf(drafted.datasets[0]!.updates, 'updates')
    const before = itemsOf(published.datasets[0]!.updates, 'updates')
    expect(updates).toHaveLength(before.length + 1)
    expect(updates.slice(0, -1)).toEqual(before)

    const [diff] = diffDatasets(published, drafted)
    expect(diff).toMatchObject({ id: 'km-153005', isNew: false, commitments: [], funding: [] })
    expect(diff!.updates).toEqual([
      expect.objectContaining({ id: 'km-153005-u-gap-paid', change: 'added' }),
    ])
    expect(touchedCommitments(diff!)).toEqual(['km-153005-c-gap-5334'])
  })

  it('reports changed fields old → new, removed items and added funding entries', () => {
    const commitment = itemsOf(published.datasets[0]!.commitments, 'commitments')[0]!
    const line = itemsOf(published.datasets[0]!.funding, 'funding').find(
      (item) => item.id === 'km-153005-f-second-batch-gap',
    )!
    const disbursed = {
      stage: 'disbursed',
      comparator: '=',
      amount: 53340000,
      asWritten: '5334万元',
      asOf: '2023-09-30',
      evidence: { type: 'update', updateId: 'km-153005-u-gap-paid' },
    }
    let draft = upsertItem(
      published,
      emptyDraft(NOW),
      'km-153005',
      'commitments',
      { ...commitment, title: '新标题' },
      NOW,
    )
    draft = removeItem(published, draft, 'km-153005', 'updates', 'km-153005-u-2023-key-labs', NOW)
    draft = upsertItem(
      published,
      draft,
      'km-153005',
      'funding',
      { ...line, entries: [...(line.entries as object[]), disbursed] },
      NOW,
    )
    const [diff] = diffDatasets(published, applyDraft(published, draft))

    expect(diff!.commitments).toEqual([
      expect.objectContaining({
        id: commitment.id,
        change: 'changed',
        fields: [{ field: 'title', before: commitment.title, after: '新标题' }],
      }),
    ])
    expect(diff!.updates).toEqual([
      expect.objectContaining({ id: 'km-153005-u-2023-key-labs', change: 'removed' }),
    ])
    expect(diff!.funding).toEqual([
      expect.objectContaining({
        id: line.id,
        change: 'changed',
        entriesAdded: [disbursed],
        entriesRemoved: [],
      }),
    ])
  })

  it('a new letter is listed in the index and diffed as new with its commitments', () => {
    let draft = addLetter(
      emptyDraft(NOW),
      { document: INVENTED_DOCUMENT, sourceText: INVENTED_LETTER },
      NOW,
    )
    draft = upsertItem(published, draft, 'km-160001', 'commitments', NEW_TARGET, NOW)
    const drafted = applyDraft(published, draft)
    // Appended after every published letter, which keep their order.
    expect((drafted.index.datasets as Array<{ id: string }>).map((entry) => entry.id)).toEqual([
      ...published.datasets.map((dataset) => dataset.entry.id),
      'km-160001',
    ])
    expect(drafted.index.contractVersion).toBe(2)
    const diff = diffDatasets(published, drafted).find((d) => d.id === 'km-160001')!
    expect(diff.isNew).toBe(true)
    expect(diff.sourceTextChanged).toBe(true)
    expect(diff.commitments.map((c) => [c.id, c.change])).toEqual([
      ['km-160001-c-projects-20', 'added'],
    ])
    expect(snapshotFiles(drafted).get('km-160001/source.txt')).toBe(INVENTED_LETTER)
    // The draft survives its own schema (it is what localStorage and export files hold).
    expect(draftSchema.parse(JSON.parse(JSON.stringify(draft)))).toEqual(draft)
  })
})

/** Who records the publishes of these tests (the review's change-log form). */
const META = { date: '2026-11-30', recordedBy: '测试记录人', reasons: {} }

describe('publishFiles', () => {
  it('offers the changed files, the letter’s change log and index.json, serialised like the shipped files', () => {
    const draft = upsertItem(published, emptyDraft(NOW), 'km-153005', 'updates', gapPaid, NOW)
    const result = publishFiles(published, draft, META)
    expect(result.ok).toBe(true)
    expect(result.files.map((file) => file.path).sort()).toEqual([
      'index.json',
      'km-153005/changes.json',
      'km-153005/updates.json',
    ])
    const updates = result.files.find((file) => file.path === 'km-153005/updates.json')!.text
    expect(updates.endsWith('}\n')).toBe(true)
    expect(updates.startsWith('{\n  "$schema": "../../schema/updates.schema.json",\n')).toBe(true)
    // The shipped text is kept up to the end of its last item: only the new item follows.
    const shipped = readShippedText('km-153005/updates.json')
    expect(updates.startsWith(shipped.slice(0, shipped.lastIndexOf('}\n  ]') + 1))).toBe(true)
    expect(JSON.parse(updates).updates.at(-1)).toEqual(gapPaid)
    // The shipped index, the letter now listing its change log: nothing else moves.
    const index = JSON.parse(readShippedText('index.json'))
    index.datasets[0].changes = 'km-153005/changes.json'
    expect(result.files.find((file) => file.path === 'index.json')!.text).toBe(
      formatDataJson(index),
    )
    const log = JSON.parse(
      result.files.find((file) => file.path === 'km-153005/changes.json')!.text,
    )
    expect(log).toMatchObject({
      documentId: 'km-153005',
      entries: [
        {
          id: 'km-153005-ch-20261130-1',
          date: '2026-11-30',
          recordedBy: '测试记录人',
          changes: [
            {
              file: 'updates',
              itemId: gapPaid.id,
              action: 'added',
              commitmentIds: [gapPaid.commitmentId],
            },
          ],
        },
      ],
    })
  })

  it('publishes nothing until someone is named as recording it', () => {
    const draft = upsertItem(published, emptyDraft(NOW), 'km-153005', 'updates', gapPaid, NOW)
    const result = publishFiles(published, draft, undefined)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual([{ kind: 'change-log-incomplete' }])
    const blank = publishFiles(published, draft, { ...META, recordedBy: '  ' })
    expect(blank.ok).toBe(false)
    if (blank.ok) return
    expect(blank.problems).toEqual([
      expect.objectContaining({ kind: 'data', file: 'km-153005/changes.json' }),
    ])
  })

  it('asks a reason for a verdict and writes it beside the verdict', () => {
    const verdict = {
      ...gapPaid,
      verdict: { status: 'kept', date: '2023-10-08', rationale: '示例核定理由。' },
    }
    const draft = upsertItem(published, emptyDraft(NOW), 'km-153005', 'updates', verdict, NOW)
    const missing = publishFiles(published, draft, META)
    expect(missing.ok).toBe(false)
    const reasons = { [gapPaid.commitmentId]: '缺口资金已足额拨付(示例理由)' }
    const result = publishFiles(published, draft, { ...META, reasons })
    expect(result.ok).toBe(true)
    const log = JSON.parse(
      result.files.find((file) => file.path === 'km-153005/changes.json')!.text,
    )
    expect(log.entries[0].changes).toContainEqual(
      expect.objectContaining({
        field: 'verdict',
        verdict: { from: null, to: 'kept' },
        reason: '缺口资金已足额拨付(示例理由)',
      }),
    )
  })

  it('publishes a new letter as document, text, lists and an index naming them', () => {
    let draft = addLetter(
      emptyDraft(NOW),
      { document: INVENTED_DOCUMENT, sourceText: INVENTED_LETTER },
      NOW,
    )
    draft = upsertItem(published, draft, 'km-160001', 'commitments', NEW_TARGET, NOW)
    const result = publishFiles(published, draft, META)
    expect(result.ok).toBe(true)
    expect(result.files.map((file) => file.path).sort()).toEqual([
      'index.json',
      'km-160001/changes.json',
      'km-160001/commitments.json',
      'km-160001/document.json',
      'km-160001/funding.json',
      'km-160001/source.txt',
      'km-160001/updates.json',
    ])
    const index = JSON.parse(result.files.find((file) => file.path === 'index.json')!.text)
    expect(index.datasets.at(-1)).toEqual({
      id: 'km-160001',
      document: 'km-160001/document.json',
      commitments: 'km-160001/commitments.json',
      updates: 'km-160001/updates.json',
      funding: 'km-160001/funding.json',
      changes: 'km-160001/changes.json',
    })
  })

  it('refuses a draft that fails a schema, names the file and path', () => {
    const draft = upsertItem(
      published,
      emptyDraft(NOW),
      'km-153005',
      'updates',
      { ...gapPaid, asOf: '2023-02-30' },
      NOW,
    )
    const result = publishFiles(published, draft, META)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual([
      expect.objectContaining({
        kind: 'data',
        file: 'km-153005/updates.json',
        path: `updates[${itemsOf(published.datasets[0]!.updates, 'updates').length}].asOf`,
      }),
    ])
  })

  it('refuses cross-file mistakes (an update of a commitment that does not exist)', () => {
    const draft = upsertItem(
      published,
      emptyDraft(NOW),
      'km-153005',
      'updates',
      { ...gapPaid, commitmentId: 'km-153005-c-nothing' },
      NOW,
    )
    const result = publishFiles(published, draft, META)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual([
      expect.objectContaining({
        kind: 'data',
        issue: expect.objectContaining({ code: 'unknown-reference' }),
      }),
    ])
  })

  it('refuses a quote that is not in the letter verbatim', () => {
    let draft = addLetter(
      emptyDraft(NOW),
      { document: INVENTED_DOCUMENT, sourceText: INVENTED_LETTER },
      NOW,
    )
    draft = upsertItem(
      published,
      draft,
      'km-160001',
      'commitments',
      { ...NEW_TARGET, quote: '新增项目30个' },
      NOW,
    )
    const result = publishFiles(published, draft, META)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual([
      {
        kind: 'quote-not-in-source',
        file: 'km-160001/commitments.json',
        path: 'commitments[0].quote',
        id: NEW_TARGET.id,
      },
    ])
  })

  it('says when there is nothing to publish', () => {
    const result = publishFiles(published, emptyDraft(NOW), META)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map((problem) => problem.kind)).toEqual(['nothing-changed'])
  })
})
