import type { Language } from '../../src/domain/language'
import { checkCommitment } from '../../src/features/desk/letter/commitment-values'
import { checkFundingLine } from '../../src/features/desk/letter/funding-line-values'
import { checkLetter, EMPTY_LETTER } from '../../src/features/desk/letter/letter-fields'
import { translate, type Translate } from '../../src/lib/i18n/translate'

/*
 * The desk's forms speak to officials: every problem says what to do in plain words, and none
 * repeats the schema's own wording ("类型错误,应为 number", "太小或太短(最小 1)").
 */

const RAW_WORDING =
  /类型错误|太小或太短|太大或太长|格式错误,应为|不符合数据规范|应为 (number|string|int)|Invalid|expected|received|too_small/i

const tFor =
  (lang: Language): Translate =>
  (key, params) =>
    translate(lang, key, params)
const zh = tFor('zh-CN')

const LETTER = '王某代表:\n您提出的建议收悉。预计明年底建成。\n某县某局\n2024年3月1日'
const context = { datasetId: 'zz-1', text: LETTER, takenIds: [] }
const draft = (values: Record<string, string>) => ({
  base: {},
  values: {
    id: 'zz-1-c-new',
    title: '预计明年底建成',
    section: '正文',
    category: 'projects',
    quote: '预计明年底建成',
    comparator: '>=',
    unit: 'count',
    deadlineType: 'none',
    ...values,
  },
})

function messages(errors: Record<string, string>): string[] {
  return Object.values(errors)
}

describe('form messages for officials', () => {
  it('a forecast with only a deadline needs no number, and is accepted', () => {
    const checked = checkCommitment(
      draft({ kind: 'forecast', deadlineType: 'year', deadlineYear: '2025' }),
      context,
      zh,
    )
    expect(checked.errors).toEqual({})
    expect(checked.value).toMatchObject({
      kind: 'forecast',
      deadline: { type: 'year', year: 2025 },
    })
    expect(checked.value).not.toHaveProperty('figure')
  })

  it('a half-filled figure says which part is missing, in plain words', () => {
    const checked = checkCommitment(
      draft({ kind: 'forecast', asWritten: '20个', deadlineType: 'year', deadlineYear: '2025' }),
      context,
      zh,
    )
    expect(checked.errors['figure.value']).toBe('请填写这一栏')
    expect(checked.errors['figure.label']).toBe('请填写这一栏')
  })

  it('a target without its figure, a deadline year that is no year, a partial date: what to do', () => {
    const target = checkCommitment(
      draft({ kind: 'target', deadlineType: 'year', deadlineYear: '二〇二五' }),
      context,
      zh,
    ).errors
    expect(target['figure.value']).toBe('请填写这一栏')
    expect(target['deadline.year']).toBe('请填写数字,例如 20 或 3.5')
    const estimate = checkCommitment(
      draft({
        kind: 'estimate',
        value: '20万元',
        unit: 'yuan',
        label: '元',
        asWritten: '20万元',
        asOf: '2023年',
      }),
      context,
      zh,
    ).errors
    expect(estimate.asOf).toBe('请填写年份(如 2023)、年月(如 2023-06)或具体日期(如 2023-06-19)')
    expect(checkCommitment(draft({ kind: 'declined' }), context, zh).errors.reason).toBe(
      '请填写这一栏',
    )
    expect(
      checkCommitment(
        draft({
          kind: 'result',
          value: '750',
          unit: 'measure',
          label: '米道路',
          asWritten: '750米',
        }),
        context,
        zh,
      ).errors['figure.unitName'],
    ).toBe('请填写计量单位,例如 米、公里、平方米、亩')
  })

  it.each(['zh-CN', 'en'] as const)('never shows schema wording (%s)', (lang) => {
    const t = tFor(lang)
    const all = [
      ...messages(checkLetter({ ...EMPTY_LETTER, number: '温36', url: 'ftp://x' }, t).errors),
      ...messages(checkLetter({}, t).errors),
      ...['target', 'forecast', 'promise', 'result', 'estimate', 'declined'].flatMap((kind) =>
        messages(
          checkCommitment(
            draft({
              kind,
              value: '-3',
              deadlineType: 'quarter',
              deadlineYear: '3000',
              deadlineQuarter: '9',
              asOf: 'x',
              title: '',
            }),
            context,
            t,
          ).errors,
        ),
      ),
      ...messages(
        checkFundingLine(
          {
            label: '',
            fundSource: 'special-fund',
            stage: 'needed',
            amount: '',
            asOf: '2023-02-30',
          },
          {
            datasetId: 'zz-1',
            commitment: { id: 'zz-1-c-x', quote: '' },
            takenIds: [],
            letterDate: undefined,
          },
          t,
        ).errors,
      ),
    ]
    expect(all.length).toBeGreaterThan(10)
    for (const message of all) expect(message).not.toMatch(RAW_WORDING)
  })

  it('says what a letter number may hold, and that a special fund needs its name', () => {
    // A real letter is numbered 温36: Chinese characters are part of some numbers.
    expect(checkLetter({ ...EMPTY_LETTER, number: '温36' }, zh).errors.number).toBeUndefined()
    expect(checkLetter({ ...EMPTY_LETTER, number: '36/2' }, zh).errors.number).toBe(
      '编号只能由数字、字母、汉字和连字符组成,例如 153005 或 温36',
    )
    const line = checkFundingLine(
      { label: '资金', fundSource: 'special-fund', stage: 'pledged', amount: '20万元', asOf: '' },
      {
        datasetId: 'zz-1',
        commitment: { id: 'zz-1-c-x', quote: '预计明年底建成' },
        takenIds: [],
        letterDate: undefined,
      },
      zh,
    )
    expect(line.errors).toEqual({ fundName: '专项资金请写明资金名称' })
  })
})
