import { commitmentSchema } from '../../src/domain/schema/commitment'
import { dataIndexSchema } from '../../src/domain/schema/data-index'
import {
  httpUrlSchema,
  idSchema,
  longTextSchema,
  shortTextSchema,
} from '../../src/domain/schema/primitives'
import { forbiddenCharacter, printable } from '../../src/domain/schema/text-safety'
import { isSafeHttpUrl } from '../../src/lib/safe-url'
import { illustrativeFiles } from '../../mocks/fixtures/illustrative-dataset'
import { commitmentsFileSchema } from '../../src/domain/schema/commitment'

/** The contract's rules for bad and hostile data, one by one (the corpus tests them in place). */
const target = {
  id: 'km-1-c-projects',
  documentId: 'km-1',
  section: '三(五)',
  category: 'projects',
  title: '立项20个以上',
  quote: '积极争取立项20个以上',
  kind: 'target',
  figure: { comparator: '>=', value: 20, unit: 'count', label: '个项目', asWritten: '20个以上' },
  baseline: { value: 12, asOf: '2023-06-30' },
  deadline: { type: 'date', date: '2024-12-31' },
}

describe('a target is measured from its baseline to its deadline', () => {
  it.each([
    [{ type: 'date', date: '2023-06-29' }, '2023-06-29'],
    [{ type: 'year', year: 2022 }, '2022-12-31'],
    [{ type: 'quarter', year: 2023, quarter: 1 }, '2023-03-31'],
  ])('rejects a deadline (%j) before the baseline date, at path deadline', (deadline, due) => {
    const result = commitmentSchema.safeParse({ ...target, deadline })
    expect(result.success).toBe(false)
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['deadline'],
        params: { rule: 'deadline-before-baseline', deadline: due, baseline: '2023-06-30' },
      }),
    ])
  })

  it.each([
    { type: 'date', date: '2023-06-30' },
    { type: 'quarter', year: 2023, quarter: 2 },
    { type: 'none' },
  ])('accepts a deadline on or after the baseline, or none (%j)', (deadline) => {
    expect(commitmentSchema.safeParse({ ...target, deadline }).success).toBe(true)
  })

  it('accepts an undated baseline whatever the deadline', () => {
    const undated = { ...target, baseline: { value: 12, asOf: null } }
    expect(
      commitmentSchema.safeParse({ ...undated, deadline: { type: 'year', year: 1990 } }).success,
    ).toBe(true)
  })

  it('keeps the illustrative data valid', () => {
    for (const [path, body] of Object.entries(illustrativeFiles)) {
      if (path.endsWith('commitments.json')) {
        expect(commitmentsFileSchema.safeParse(body).success, path).toBe(true)
      }
    }
  })
})

describe('text that could disguise itself', () => {
  it.each([
    ['right-to-left override', '缺口\u202e5334万元', 'U+202E'],
    ['left-to-right embedding', 'a\u202ab', 'U+202A'],
    ['right-to-left isolate', 'a\u2067b', 'U+2067'],
    ['right-to-left mark', 'a\u200fb', 'U+200F'],
    ['Arabic letter mark', 'a\u061cb', 'U+061C'],
    ['NUL', 'a\u0000b', 'U+0000'],
    ['escape', 'a\u001bb', 'U+001B'],
    ['C1 control', 'a\u0085b', 'U+0085'],
    ['invisible tag', 'a\u{e0041}b', 'U+E0041'],
  ])('rejects a %s in text', (_name, text, char) => {
    expect(forbiddenCharacter(text)).toEqual({
      char,
      position: 1 + (text.startsWith('缺口') ? 1 : 0),
    })
    const result = shortTextSchema.safeParse(text)
    expect(result.error?.issues[0]).toMatchObject({
      code: 'custom',
      params: { rule: 'invisible-character', char },
    })
    expect(longTextSchema.safeParse(text).success).toBe(false)
  })

  it.each([
    ['line breaks and tabs', '第一段\n第二段\t(续)\r\n'],
    ['a zero-width space copied from a web page', '储备项目\u200b60余项'],
    ['a zero-width joiner', '👩\u200d💻'],
    ['a BOM inside text', 'a\ufeffb'],
    ['Arabic text (right-to-left by itself)', 'وزارة العلوم'],
    ['markup, shown as text', '<script>alert(1)</script>'],
  ])('allows %s', (_name, text) => {
    expect(shortTextSchema.safeParse(text).success).toBe(true)
  })

  it('rejects every invisible character in ids by their pattern', () => {
    for (const bad of ['km-1\u200b', 'km\u202e-1', 'km-1\u00ad', 'constructor', 'prototype']) {
      expect(idSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false)
    }
  })

  it('quotes data in messages visibly and briefly', () => {
    expect(printable('note\u202etxt.exe')).toBe('note⟨U+202E⟩txt.exe')
    expect(printable('a\u200bb\u0000c')).toBe('a⟨U+200B⟩b⟨U+0000⟩c')
    expect(printable('k'.repeat(1_000_000))).toBe(`${'k'.repeat(120)}…`)
    expect(printable('长'.repeat(5), 3)).toBe('长长长…')
  })
})

describe('links', () => {
  it.each([
    'https://kjj.km.gov.cn@evil.example/',
    'https://user:pass@kjj.km.gov.cn/',
    'javascript:alert(1)',
    ' \tJaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ])('never makes %j a link', (href) => {
    expect(httpUrlSchema.safeParse(href).success).toBe(false)
    expect(isSafeHttpUrl(href)).toBe(false)
  })

  it('keeps plain http(s) links', () => {
    for (const href of [
      'https://kjj.km.gov.cn/c/2023-06-19/4748386.shtml',
      'http://www.kmanhang.cn//Content.aspx?id=1',
    ]) {
      expect(httpUrlSchema.safeParse(href).success).toBe(true)
      expect(isSafeHttpUrl(href)).toBe(true)
    }
  })
})

describe('deep nesting', () => {
  const nest = (depth: number): unknown => {
    let value: unknown = 1
    for (let i = 0; i < depth; i += 1) value = [value]
    return value
  }

  it.each([10_000, 100_000])(
    'zod rejects a value nested %i levels deep with a message',
    (depth) => {
      const deep = nest(depth)
      const result = commitmentSchema.safeParse({ ...target, figure: deep, note: deep })
      expect(result.success).toBe(false)
      expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
        'figure',
        'note',
      ])
      expect(dataIndexSchema.safeParse(deep).error?.issues[0]?.message).toMatch(/expected object/)
    },
  )

  it('JSON.parse reads 100 000 levels, so nesting reaches the contract, which rejects it', () => {
    const text = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`
    expect(() => JSON.parse(text)).not.toThrow()
  })
})
