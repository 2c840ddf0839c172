import {
  commitmentSchema,
  commitmentsFileSchema,
  type Commitment,
} from '../../src/domain/schema/commitment'
import type { DatasetEntry } from '../../src/domain/schema/data-index'
import type { FundingLine } from '../../src/domain/schema/funding'
import type { ProgressUpdate } from '../../src/domain/schema/update'
import { assembleDatasets } from '../../src/lib/data/assemble'
import { DataFileError } from '../../src/lib/data/data-error'
import { validateCollection } from '../../src/lib/data/validate'

const promise = (id: string, documentId = 'd1'): Commitment => ({
  id,
  documentId,
  section: '三(一)',
  category: 'reporting',
  title: '周报告',
  quote: '周报告',
  kind: 'promise',
  deadline: { type: 'none' },
})

describe('validateCollection', () => {
  it('keeps valid items and reports each bad one with its JSON path', () => {
    const body = {
      documentId: 'd1',
      commitments: [
        promise('a'),
        { ...promise('b'), kind: 'wish' },
        promise('c'),
        { ...promise('d'), title: 42 },
      ],
    }
    const result = validateCollection(
      'd1/commitments.json',
      body,
      commitmentsFileSchema,
      'commitments',
      commitmentSchema,
    )
    expect(result.items.map((c) => c.id)).toEqual(['a', 'c'])
    expect(result.issues.map((i) => i.path)).toEqual([
      'commitments[1].kind',
      'commitments[3].title',
    ])
    expect(result.issues[1]).toMatchObject({
      file: 'd1/commitments.json',
      code: 'schema',
      params: { kind: 'invalid_type', expected: 'string' },
    })
  })

  it('fails the whole file when its envelope is wrong', () => {
    expect(() =>
      validateCollection(
        'f.json',
        { commitments: 'nope' },
        commitmentsFileSchema,
        'commitments',
        commitmentSchema,
      ),
    ).toThrow(DataFileError)
    expect(() =>
      validateCollection('f.json', [], commitmentsFileSchema, 'commitments', commitmentSchema),
    ).toThrow(DataFileError)
  })
})

describe('assembleDatasets', () => {
  const entry = (id: string): DatasetEntry => ({
    id,
    document: `${id}/document.json`,
    commitments: `${id}/commitments.json`,
    updates: `${id}/updates.json`,
    funding: `${id}/funding.json`,
  })
  const update = (id: string, commitmentId: string): ProgressUpdate => ({
    id,
    commitmentId,
    asOf: '2024-01-01',
    comparability: 'context',
    summary: 's',
    source: { title: 't', date: '2024-01-01' },
  })
  const line = (id: string, commitmentIds: string[], partOf?: string): FundingLine => ({
    id,
    documentId: 'd1',
    commitmentIds,
    label: 'l',
    fundSource: 'municipal',
    entries: [],
    ...(partOf ? { partOf } : {}),
  })

  it('drops what breaks a reference and reports it, keeping everything else', () => {
    const { datasets, issues } = assembleDatasets([
      {
        entry: entry('d1'),
        document: undefined,
        commitments: [promise('a'), promise('a'), promise('b', 'other-doc')],
        updates: [update('u1', 'a'), update('u2', 'missing')],
        funding: [line('f1', ['a']), line('f2', ['nope']), line('f3', [], 'f-gone')],
      },
    ])
    expect(datasets[0]?.commitments.map((c) => c.id)).toEqual(['a'])
    expect(datasets[0]?.updates.map((u) => u.id)).toEqual(['u1'])
    expect(datasets[0]?.funding.map((f) => f.id)).toEqual(['f1'])
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate-id', 'commitments[1].id'],
      ['unknown-reference', 'commitments[2].documentId'],
      ['unknown-reference', 'updates[1].commitmentId'],
      ['unknown-reference', 'lines[1].commitmentIds[0]'],
      ['unknown-reference', 'lines[2].partOf'],
    ])
  })

  it('finds duplicate ids across datasets', () => {
    const { issues } = assembleDatasets([
      {
        entry: entry('d1'),
        document: undefined,
        commitments: [promise('a')],
        updates: [],
        funding: [],
      },
      {
        entry: entry('d2'),
        document: undefined,
        commitments: [promise('a', 'd2')],
        updates: [],
        funding: [],
      },
    ])
    expect(issues).toEqual([
      expect.objectContaining({ code: 'duplicate-id', file: 'd2/commitments.json' }),
    ])
  })
})

describe('parseJsonText', () => {
  it('tolerates a BOM with a warning (files read from disk keep it)', async () => {
    const { parseJsonText } = await import('../../src/lib/data/parse-json')
    const result = parseJsonText('\uFEFF{"a":1}', 'x.json')
    expect(result.body).toEqual({ a: 1 })
    expect(result.warnings[0]).toMatchObject({
      code: 'byte-order-mark',
      severity: 'warning',
      file: 'x.json',
    })
  })
})
