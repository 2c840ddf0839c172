import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { guessLetterFields, type LetterGuess } from '../../src/domain/draft/letter-guess'
import { readingText } from '../../src/domain/draft/reading-text'
import { guessRespondentLevel } from '../../src/domain/draft/respondent-level'
import { loadSimplify, type Simplify } from '../../src/lib/text/simplify'
import { fromRoot } from '../support/paths'
import { readShippedText } from '../support/real-data'

/*
 * The desk's letter reader, on the corpus of real published letters (test/fixtures/letters, each
 * with a hand-made table of its metadata) and on made-up cases of each layout the reader handles.
 */

let simplify: Simplify
beforeAll(async () => {
  simplify = await loadSimplify()
})
const guess = (text: string) => guessLetterFields(text, { simplify })

const LETTERS = fromRoot('test/fixtures/letters')

interface ExpectedMetadata {
  filingKind: string
  number: string | null
  filerRole: string
  filers: string[]
  filersComplete: boolean
  suggestionTitle: string | null
  title: string | null
  session: string | null
  respondent: string
  respondentLevel: string | null
  respondentRole: string | null
  replyNumber: string | null
  date: string | null
}

const corpus = readdirSync(LETTERS)
  .filter((id) => !id.includes('.'))
  .map((id) => ({
    id,
    text: readFileSync(join(LETTERS, id, 'letter.txt'), 'utf8'),
    metadata: (
      JSON.parse(readFileSync(join(LETTERS, id, 'expected.json'), 'utf8')) as {
        metadata: ExpectedMetadata
      }
    ).metadata,
  }))

/**
 * Readings the letter's words cannot give, each for a stated reason; every other field of every
 * letter must be read exactly as the table has it.
 */
const KNOWN_MISSES: Record<string, Partial<Record<keyof LetterGuess, string>>> = {
  'wenshanshi-jtj-2019-s69': {
    respondentLevel: '文山市 is a county-level city: its name alone reads as a prefecture',
  },
}

/** The table's metadata in the reader's terms. */
function expectedGuess(metadata: ExpectedMetadata): Record<keyof LetterGuess, unknown> {
  return {
    title: metadata.title ?? undefined,
    replyNumber: metadata.replyNumber ?? undefined,
    number: metadata.number ?? undefined,
    filingKind: metadata.filingKind,
    filerRole: metadata.filerRole,
    deputies: metadata.filers.join(','),
    filersComplete: metadata.filersComplete,
    suggestionTitle: metadata.suggestionTitle ?? undefined,
    session: metadata.session ?? undefined,
    respondent: metadata.respondent,
    respondentLevel: metadata.respondentLevel ?? undefined,
    respondentRole: metadata.respondentRole ?? undefined,
    date: metadata.date ?? undefined,
    dateSource: metadata.date ? 'letter' : undefined,
  }
}

describe('the letter reader on the corpus of real letters', () => {
  it('has letters to read, Traditional ones among them', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12)
    expect(corpus.some(({ text }) => text !== simplify(text))).toBe(true)
  })

  it.each(corpus.map((letter) => [letter.id, letter] as const))(
    '%s: every field as the hand-made table has it',
    (id, { text, metadata }) => {
      const read = guess(text)
      const misses = KNOWN_MISSES[id] ?? {}
      for (const [field, value] of Object.entries(expectedGuess(metadata))) {
        const key = field as keyof LetterGuess
        if (misses[key]) {
          expect(read[key], `${id} ${key} is a known miss`).not.toEqual(value)
          continue
        }
        // A respondent the letter never names (only its publishing page does) cannot be read.
        const unstated =
          (key === 'respondent' || key === 'respondentLevel') && !text.includes(metadata.respondent)
        expect(read[key], `${id} ${key}`).toEqual(unstated ? undefined : value)
      }
    },
  )

  it('reads the shipped 153005 letter as before, and more', () => {
    expect(guess(readShippedText('km-153005/source.txt'))).toEqual({
      title: '关于昆明市第十五届人大三次会议 第153005号建议答复的函',
      number: '153005',
      filingKind: 'suggestion',
      filerRole: 'deputy',
      deputies: '陈力',
      filersComplete: true,
      suggestionTitle: '关于强化布局我市科技创新重大研发专项的建议',
      session: '昆明市第十五届人大三次会议',
      date: '2023-06-19',
      dateSource: 'letter',
    })
    expect(guess('')).toEqual({})
  })
})

/** A made-up letter (illustrative only) from its lines. */
const letter = (...lines: string[]) => lines.join('\n')

describe('the letter reader on made-up layouts', () => {
  it('takes a salutation for the filers, never for the title, and 委员 for a proposal', () => {
    const read = guess(
      letter(
        '张某、李某委员:',
        '你们提出的《关于某事的提案》收悉,现答复如下:',
        '某县某局',
        '2024年3月1日',
      ),
    )
    expect(read.title).toBeUndefined()
    expect(read).toMatchObject({
      deputies: '张某,李某',
      filerRole: 'member',
      filersComplete: true,
      filingKind: 'proposal',
      suggestionTitle: '关于某事的提案',
      respondent: '某县某局',
      respondentLevel: 'county',
    })
  })

  it('reads a document number as the reply number, never as the title', () => {
    const read = guess(
      letter(
        '某发改办发(2018)12号',
        '关于某市第三届人大二次会议第7号建议的答复',
        '王某代表:',
        '您提出的“关于某路改造的建议”收悉。',
      ),
    )
    expect(read.replyNumber).toBe('某发改办发(2018)12号')
    expect(read.title).toBe('关于某市第三届人大二次会议第7号建议的答复')
    expect(read.number).toBe('7')
    expect(read.session).toBe('某市第三届人大二次会议')
    expect(guess(letter('子交函〔2023〕34号', '王某代表:')).replyNumber).toBe('子交函〔2023〕34号')
    expect(guess(letter('子交函〔2023〕34号', '王某代表:')).title).toBeUndefined()
  })

  it('keeps 等 out of the names and says the list is incomplete', () => {
    expect(guess(letter('王某等代表:', '你们提出的建议收悉。'))).toMatchObject({
      deputies: '王某',
      filerRole: 'deputy',
      filersComplete: false,
    })
    expect(guess(letter('王某等3位委员:')).deputies).toBe('王某')
  })

  it('reads 议案 as a motion and 代表 as deputies', () => {
    expect(guess(letter('王某代表:', '您提出的《关于某事的议案》收悉。'))).toMatchObject({
      filingKind: 'motion',
      filerRole: 'deputy',
    })
  })

  it('reads a number a line break split, and a heading wrapped over lines', () => {
    const read = guess(
      letter('关于对政协某县第十届委员会第二次会议', '', '第', '14号提案的复函', '某委员:'),
    )
    expect(read.number).toBe('14')
    expect(read.title).toBe('关于对政协某县第十届委员会第二次会议第14号提案的复函')
    expect(read.session).toBe('政协某县第十届委员会第二次会议')
  })

  it('reads filed titles in straight and curly quotes and in 《》', () => {
    const filed = (opening: string) => guess(letter('王某代表:', opening)).suggestionTitle
    expect(filed('您提出的"关于某桥维修的建议"收悉。')).toBe('关于某桥维修的建议')
    expect(filed('您提出的“关于某桥维修的建议”收悉。')).toBe('关于某桥维修的建议')
    expect(filed('您提出的《关于某桥维修的建议》收悉。')).toBe('关于某桥维修的建议')
    expect(filed('您提出的关于某桥维修的建议收悉。')).toBe('关于某桥维修的建议')
  })

  it('finds the signature date when a contact line follows, and reads dates as letters write them', () => {
    const signed = (...end: string[]) =>
      guess(letter('王某代表:', '您的建议收悉。', '某镇人民政府', ...end))
    expect(signed('2018年7月30日', '(联系人及电话:某某 13500000000)')).toMatchObject({
      date: '2018-07-30',
      dateSource: 'letter',
      respondent: '某镇人民政府',
      respondentLevel: 'township',
    })
    expect(signed('2020年10月15日', '联系人:某某', '联系电话:0000-1234567').date).toBe('2020-10-15')
    expect(signed('二〇二〇年十月十五日').date).toBe('2020-10-15')
    expect(signed('2020916').date).toBe('2020-09-16')
    // 2020年2月30日 does not exist: no date is better than a wrong one.
    expect(signed('2020年2月30日').date).toBeUndefined()
  })

  it('takes the publishing page’s date only when the letter states none, and says so', () => {
    expect(
      guess(letter('发布日期:2026-01-06 浏览次数:', '王某代表:', '您的建议收悉。')),
    ).toMatchObject({ date: '2026-01-06', dateSource: 'publishing-page' })
    expect(
      guess(letter('发布时间: 2024-09-10', '王某代表:', '某县某局', '2024年8月21日')).date,
    ).toBe('2024-08-21')
  })

  it('reads 主办 / 协办 / 会办 when written, and nothing when not', () => {
    const role = (opening: string) => guess(letter('王某代表:', opening, '某县某局')).respondentRole
    expect(role('您提出的建议收悉,我局作为主办单位,现答复如下:')).toBe('lead')
    expect(role('您提出的建议收悉,我局作为协办单位,现提出如下意见:')).toBe('co-organizer')
    expect(guess(letter('某州人民政府关于某建议的会办意见', '省某厅:')).respondentRole).toBe(
      'co-organizer',
    )
    expect(role('您提出的建议收悉,现答复如下:')).toBeUndefined()
  })

  it('reads a Traditional letter, values kept in the letter’s characters', () => {
    const read = guess(
      letter(
        '某縣交通運輸局關於某縣第十七屆人民代表大會第四次會議第8號建議的答復',
        '王某等代表:',
        '你們提出的《關於某村道路硬化的建議》收悉,現答復如下:',
        '某縣交通運輸局',
        '2020年8月15日',
      ),
    )
    expect(read).toEqual({
      title: '某縣交通運輸局關於某縣第十七屆人民代表大會第四次會議第8號建議的答復',
      number: '8',
      filingKind: 'suggestion',
      filerRole: 'deputy',
      deputies: '王某',
      filersComplete: false,
      suggestionTitle: '關於某村道路硬化的建議',
      session: '某縣第十七屆人民代表大會第四次會議',
      respondent: '某縣交通運輸局',
      respondentLevel: 'county',
      date: '2020-08-15',
      dateSource: 'letter',
    })
  })

  it('reads past the romanisation a mirror site inserts, and keeps it in the values', () => {
    const reading = readingText('鎮(zhèn)康縣(a)', simplify)
    expect(reading.text).toBe('镇康县(a)')
    expect(reading.slice(0, 3)).toBe('鎮(zhèn)康縣')
  })
})

describe('the respondent’s level from its name', () => {
  it.each([
    ['甘肃省交通运输厅', 'province'],
    ['省教育厅', 'province'],
    ['广西壮族自治区交通运输厅', 'province'],
    ['淮南市交通运输局', 'prefecture'],
    ['文山州教育体育局', 'prefecture'],
    ['某盟行政公署', 'prefecture'],
    ['镇康县交通运输局', 'county'],
    ['某市某区住房和城乡建设局', 'county'],
    ['某县乡村振兴局', 'county'],
    ['某县市场监督管理局', 'county'],
    ['某旗人民政府', 'county'],
    ['临湘市忠防镇人民政府', 'township'],
    ['物茂乡人民政府', 'township'],
    ['惠東縣人民政府平山街道辦事處', 'township'],
    ['交通运输部', 'national'],
  ])('%s → %s', (name, level) => {
    expect(guessRespondentLevel(simplify(name))).toBe(level)
  })

  it('guesses nothing from a name without a place', () => {
    expect(guessRespondentLevel('某某公司')).toBeUndefined()
  })
})
