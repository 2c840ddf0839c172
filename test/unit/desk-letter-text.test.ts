import { parseNumberText, parseYuanText } from '../../src/domain/draft/amount-text'
import { normaliseLetterText, sectionAt, sentenceRanges } from '../../src/domain/draft/letter-text'
import { readShippedText } from '../support/real-data'

const letter153005 = readShippedText('km-153005/source.txt')

describe('letter text', () => {
  it('strips a byte-order mark and turns CRLF / CR into LF, nothing else', () => {
    expect(normaliseLetterText('\uFEFF第一行\r\n第二行\r第三行\n')).toBe('第一行\n第二行\n第三行\n')
    expect(normaliseLetterText(letter153005)).toBe(letter153005)
  })

  it('places an offset in the outline as the shipped data writes sections', () => {
    const at = (words: string) => sectionAt(letter153005, letter153005.indexOf(words))
    expect(at('确保市级第二批一体化项目缺口资金5334万元')).toBe('三(二)')
    expect(at('积极争取立项20个以上')).toBe('三(五)')
    expect(at('共同立项两批12个重大科技项目')).toBe('二(三)')
    expect(at('陈力代表')).toBeNull()
  })

  it('splits sentences at 。;!? and line ends, without the marks or spaces', () => {
    const text = '第一句。 第二句;第三句\n第四句!'
    expect(sentenceRanges(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      '第一句',
      '第二句',
      '第三句',
      '第四句',
    ])
    // Every quote of the shipped data lies inside one sentence of its letter.
    const sentences = sentenceRanges(letter153005).map(({ start, end }) =>
      letter153005.slice(start, end),
    )
    expect(sentences.some((sentence) => sentence.includes('投入省市资金3亿元以上'))).toBe(true)
  })
})

describe('amounts as officials type them', () => {
  it.each([
    ['5334万元', 53_340_000],
    ['3亿元', 300_000_000],
    ['3亿', 300_000_000],
    ['1.15亿元', 115_000_000],
    ['18700 万元', 187_000_000],
    ['53,340,000元', 53_340_000],
    ['107', 107],
    ['0.5万', 5_000],
  ])('%s → %d yuan', (text, yuan) => {
    expect(parseYuanText(text)).toBe(yuan)
  })

  it.each(['', '五千万元', '1.5元', '0.00001万', '-3万元', '3亿美元', '1e9'])(
    'refuses %j (not a whole number of yuan)',
    (text) => {
      expect(parseYuanText(text)).toBeNull()
    },
  )

  it('reads plain numbers', () => {
    expect(parseNumberText('20')).toBe(20)
    expect(parseNumberText('1,200')).toBe(1200)
    expect(parseNumberText('3.5')).toBe(3.5)
    expect(parseNumberText('二十')).toBeNull()
    expect(parseNumberText('')).toBeNull()
  })
})
