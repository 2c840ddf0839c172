import type { z } from 'zod'
import type { commitmentsFileSchema } from '../src/domain/schema/commitment'
import type { dataIndexSchema } from '../src/domain/schema/data-index'
import type { documentSchema } from '../src/domain/schema/document'
import type { fundingFileSchema } from '../src/domain/schema/funding'
import type { updatesFileSchema } from '../src/domain/schema/update'
import type { DataFiles } from './data-handlers'

/**
 * ILLUSTRATIVE SCALE DATA for the benchmark: made-up letters, bodies, deputies and figures in the
 * real data contract, at 1×, 100× and 1000× the shipped letter. Deterministic (a seeded PRNG, no
 * Math.random), pure (returns the files, writes nothing) and prefix-stable: document n is the same
 * whatever the total size, so a small sample validated in a test stands for every size.
 * `illustrative: true` in the index makes the UI label it on every screen.
 */

/** A generated letter always states its date. */
type Doc = z.input<typeof documentSchema> & { date: string }
type CommitmentIn = z.input<typeof commitmentsFileSchema>['commitments'][number]
type UpdateIn = z.input<typeof updatesFileSchema>['updates'][number]
type LineIn = z.input<typeof fundingFileSchema>['lines'][number]

/** One generated letter has the shipped letter's shape (55 commitments, 6 funding lines) and
 * denser evidence (100 updates), so 1000× reaches ~100 000 updates as in the issue. */
export const PER_DOCUMENT = { commitments: 55, updates: 100, fundingLines: 6 } as const

export const SCALES = { '1x': 1, '100x': 100, '1000x': 1000 } as const
export type Scale = keyof typeof SCALES

export const DEFAULT_SEED = 20230619

export interface GenerateOptions {
  documents: number
  seed?: number
}

export function generateDataset({ documents, seed = DEFAULT_SEED }: GenerateOptions): DataFiles {
  const files: DataFiles = { 'index.json': generatedIndex(documents) }
  for (let i = 0; i < documents; i += 1) Object.assign(files, generateDocumentFiles(i, seed))
  return files
}

export function documentIdOf(index: number): string {
  return `gen-${String(index + 1).padStart(4, '0')}`
}

export function generatedIndex(documents: number): z.input<typeof dataIndexSchema> {
  return {
    title: '示例数据 · 规模测试 Illustrative scale data',
    illustrative: true,
    datasets: Array.from({ length: documents }, (_, i) => {
      const id = documentIdOf(i)
      return {
        id,
        document: `${id}/document.json`,
        commitments: `${id}/commitments.json`,
        updates: `${id}/updates.json`,
        funding: `${id}/funding.json`,
      }
    }),
  }
}

/** The five files of document `index`, keyed by their path under data/. */
export function generateDocumentFiles(index: number, seed = DEFAULT_SEED): DataFiles {
  const id = documentIdOf(index)
  const letter = new LetterWriter(id, index, mulberry32(mix(seed, index)))
  return {
    [`${id}/document.json`]: letter.document,
    [`${id}/source.txt`]: letter.sourceText,
    [`${id}/commitments.json`]: { documentId: id, commitments: letter.commitments },
    [`${id}/updates.json`]: { documentId: id, updates: letter.updates },
    [`${id}/funding.json`]: { documentId: id, lines: letter.funding },
  }
}

// ------------------------------------------------------------------------------ randomness

/** mulberry32: a tiny, well-mixed 32-bit PRNG; the same seed always gives the same stream. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A per-document seed, so document n does not depend on how many come before it. */
function mix(seed: number, index: number): number {
  return Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)
}

// ------------------------------------------------------------------------------ vocabulary

const TOPICS = [
  ['科技创新', 'science and technology', '科学技术厅'],
  ['交通出行', 'transport', '交通运输厅'],
  ['义务教育', 'schooling', '教育厅'],
  ['医疗卫生', 'health care', '卫生健康委员会'],
  ['住房保障', 'housing', '住房和城乡建设厅'],
  ['生态环保', 'the environment', '生态环境厅'],
  ['乡村振兴', 'rural revitalisation', '农业农村厅'],
  ['文化旅游', 'culture and tourism', '文化和旅游厅'],
  ['养老服务', 'elderly care', '民政厅'],
  ['就业创业', 'employment', '人力资源和社会保障厅'],
  ['数字经济', 'the digital economy', '工业和信息化厅'],
  ['水利设施', 'water works', '水利厅'],
] as const

const MEASURES = [
  ['个项目', 'projects'],
  ['个平台', 'platforms'],
  ['所学校', 'schools'],
  ['家企业', 'companies'],
  ['个站点', 'sites'],
  ['条线路', 'lines'],
  ['个社区', 'communities'],
  ['项标准', 'standards'],
] as const

const VERBS = [
  ['建成', 'built'],
  ['新增', 'added'],
  ['完成', 'completed'],
  ['改造', 'upgraded'],
  ['认定', 'recognised'],
] as const

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙']
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '艳', '勇', '军', '杰']
const CATEGORIES = [
  'projects',
  'funding',
  'outcomes',
  'platforms',
  'talent',
  'institutions',
  'coordination',
  'reporting',
  'policy',
] as const
const ROUTINES = [
  ['每周', 'weekly'],
  ['每月', 'monthly'],
  ['每季度', 'quarterly'],
  ['每年', 'annual'],
] as const

/** The day every generated status is read on by the benchmark; evidence runs a little past it. */
const LAST_EVIDENCE_DAY = '2025-12-31'

// ------------------------------------------------------------------------------ one letter

/** Builds one letter's files from one random stream, in a fixed order (so it is reproducible). */
class LetterWriter {
  readonly document: Doc
  readonly commitments: CommitmentIn[] = []
  readonly updates: UpdateIn[] = []
  readonly funding: LineIn[] = []
  readonly sourceText: string

  private readonly topic: (typeof TOPICS)[number]
  private readonly paragraphs = new Map<string, string[]>()

  constructor(
    private readonly id: string,
    index: number,
    private readonly random: () => number,
  ) {
    this.topic = TOPICS[index % TOPICS.length]!
    this.document = this.writeDocument(index)
    this.writeCommitments()
    this.writeUpdates()
    this.writeFunding()
    this.sourceText = this.writeText()
  }

  private int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1))
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!
  }

  private day(fromYear: number, toYear: number): string {
    const month = String(this.int(1, 12)).padStart(2, '0')
    return `${this.int(fromYear, toYear)}-${month}-${String(this.int(1, 28)).padStart(2, '0')}`
  }

  private writeDocument(index: number): Doc {
    const number = String(800001 + index)
    const [topic, topicEn, body] = this.topic
    const deputies = Array.from({ length: this.int(1, 3) }, () => {
      const name = `示例代表${this.pick(SURNAMES)}${this.pick(GIVEN)}`
      return { name, nameEn: `Example deputy ${name.slice(4)}` }
    })
    return {
      id: this.id,
      kind: 'reply-letter',
      number,
      title: `关于示例省第十四届人大二次会议第${number}号建议答复的函(示例)`,
      titleEn: `Reply to suggestion No. ${number} (illustrative)`,
      session: {
        name: '示例省第十四届人民代表大会第二次会议',
        nameEn: '2nd session of the 14th Example Province congress',
      },
      deputies,
      suggestionTitle: `关于加快${topic}发展的建议`,
      suggestionTitleEn: `On speeding up ${topicEn}`,
      respondent: { name: `示例省${body}`, nameEn: `Example Province ${topicEn} department` },
      date: this.day(2023, 2024),
      replyClass: this.pick(['A', 'B', 'C'] as const),
      sourceText: 'source.txt',
    }
  }

  private say(section: string, quote: string): void {
    const list = this.paragraphs.get(section) ?? []
    list.push(quote)
    this.paragraphs.set(section, list)
  }

  private add(commitment: CommitmentIn): void {
    this.commitments.push(commitment)
    this.say(commitment.section, commitment.quote)
  }

  private common(n: number, section: string) {
    const [topic] = this.topic
    return {
      id: `${this.id}-c-${String(n).padStart(2, '0')}`,
      documentId: this.id,
      section,
      category: this.pick(CATEGORIES),
      // Every quote names its number (n) so no two quotes of a letter are the same words.
      ...(this.random() < 0.3 ? { note: `第${n}项${topic}工作的说明(示例)。` } : {}),
    }
  }

  /** 26 results, 6 forecasts, 3 targets, 20 promises: the shipped letter's mix. */
  private writeCommitments(): void {
    const [topic, topicEn] = this.topic
    for (let n = 1; n <= 26; n += 1) {
      const [measure, measureEn] = this.pick(MEASURES)
      const [verb, verbEn] = this.pick(VERBS)
      const value = this.int(2, 400)
      const money = n % 8 === 0
      const amount = this.int(100, 90_000)
      const title = money
        ? `${topic}第${n}项获得资金${amount}万元`
        : `${topic}${verb}${value}${measure}(第${n}项)`
      this.add({
        ...this.common(n, n <= 13 ? '二(一)' : '二(二)'),
        kind: 'result',
        ...(n === 1 ? { headline: true } : {}),
        title,
        titleEn: money
          ? `CNY ${amount / 100}M obtained for ${topicEn} (item ${n})`
          : `${value} ${measureEn} ${verbEn} for ${topicEn} (item ${n})`,
        quote: `截至目前,全省围绕${title}开展工作,累计${verb}${money ? `${amount}万元` : `${value}${measure}`}`,
        ...(n % 2 === 0
          ? { quoteEn: `So far the province has ${verbEn} ${value} ${measureEn} for ${topicEn}.` }
          : {}),
        figure: money
          ? {
              comparator: '=',
              value: amount * 10_000,
              unit: 'yuan',
              label: '元资金',
              labelEn: 'funds',
              asWritten: `${amount}万元`,
            }
          : {
              comparator: this.pick(['=', '>'] as const),
              value,
              unit: 'count',
              label: measure,
              labelEn: measureEn,
              asWritten: `${value}${measure}`,
            },
        asOf: this.random() < 0.5 ? null : this.document.date,
      })
    }
    for (let n = 27; n <= 32; n += 1) {
      const [measure, measureEn] = this.pick(MEASURES)
      const value = this.int(10, 900)
      const year = this.int(2024, 2026)
      this.add({
        ...this.common(n, '二(三)'),
        kind: 'forecast',
        title: `预计${year}年${topic}达到${value}${measure}`,
        titleEn: `${value} ${measureEn} expected for ${topicEn} by ${year}`,
        quote: `预计到${year}年,${topic}领域第${n}项指标可达到${value}${measure}`,
        figure: {
          comparator: '>=',
          value,
          unit: 'count',
          label: measure,
          labelEn: measureEn,
          asWritten: `${value}${measure}`,
        },
        deadline: { type: 'year', year },
      })
    }
    const gap = this.int(1_000, 9_999)
    const projects = this.int(10, 60)
    const funds = this.int(1, 9)
    this.add({
      ...this.common(33, '三(一)'),
      category: 'funding',
      kind: 'target',
      headline: true,
      title: `${topic}缺口资金${gap}万元足额拨付`,
      titleEn: `Pay the CNY ${gap / 100}M ${topicEn} funding gap in full`,
      quote: `确保${topic}第33项缺口资金${gap}万元及时、足额拨付`,
      figure: {
        comparator: '=',
        value: gap * 10_000,
        unit: 'yuan',
        label: '元缺口资金拨付',
        labelEn: 'funding gap to be paid',
        asWritten: `${gap}万元`,
      },
      deadline: { type: 'none' },
    })
    this.add({
      ...this.common(34, '三(二)'),
      category: 'projects',
      kind: 'target',
      headline: true,
      title: `${topic}争取立项${projects}个以上`,
      titleEn: `Strive for ${projects}+ ${topicEn} projects`,
      quote: `围绕${topic}重点产业第34项任务积极争取立项${projects}个以上`,
      figure: {
        comparator: '>=',
        value: projects,
        unit: 'count',
        label: '个项目',
        labelEn: 'projects',
        asWritten: `${projects}个以上`,
      },
      baseline: { value: Math.floor(projects / 3), asOf: this.document.date },
      deadline: { type: 'date', date: this.day(2025, 2026) },
    })
    this.add({
      ...this.common(35, '三(二)'),
      category: 'funding',
      kind: 'target',
      headline: true,
      title: `投入${topic}资金${funds}亿元以上`,
      titleEn: `Invest CNY ${funds * 100}M+ in ${topicEn}`,
      quote: `第35项:投入省市${topic}资金${funds}亿元以上`,
      figure: {
        comparator: '>=',
        value: funds * 100_000_000,
        unit: 'yuan',
        label: '元资金',
        labelEn: 'funds',
        asWritten: `${funds}亿元以上`,
      },
      deadline: { type: 'quarter', year: this.int(2024, 2026), quarter: this.int(1, 4) },
    })
    for (let n = 36; n <= 55; n += 1) {
      const [routine, routineEn] = this.pick(ROUTINES)
      const dated = this.random() < 0.4
      this.add({
        ...this.common(n, n <= 45 ? '三(三)' : '三(四)'),
        kind: 'promise',
        title: `${routine}通报${topic}第${n}项工作进展`,
        titleEn: `Report ${topicEn} progress (item ${n}) ${routineEn}`,
        quote: `建立${topic}第${n}项工作机制,${routine}通报进展并接受代表监督`,
        ...(n % 3 === 0
          ? {
              quoteEn: `Set up work mechanism ${n} for ${topicEn} and report progress ${routineEn}.`,
            }
          : {}),
        routines: [routineEn],
        deadline: dated ? { type: 'date', date: this.day(2024, 2026) } : { type: 'none' },
      })
    }
  }

  /** 100 updates over the 29 trackable commitments: three each, the rest at random. */
  private writeUpdates(): void {
    const trackable = this.commitments.filter((c) => c.kind !== 'result')
    const owners = [
      ...trackable.flatMap((c) => [c, c, c]),
      ...Array.from({ length: PER_DOCUMENT.updates - trackable.length * 3 }, () =>
        this.pick(trackable),
      ),
    ]
    const reached = new Map<string, number>()
    owners.forEach((commitment, i) => {
      const asOf = addDays(this.document.date, this.int(30, 900))
      const publishedDay = this.int(5, 40)
      const numeric = commitment.kind !== 'promise' && this.random() < 0.7
      const target = 'figure' in commitment && commitment.figure ? commitment.figure.value : 0
      const value = numeric
        ? Math.max(reached.get(commitment.id) ?? 0, Math.round(target * this.random() * 1.2))
        : undefined
      if (value !== undefined) reached.set(commitment.id, value)
      const verdict = value !== undefined && value >= target && this.random() < 0.3
      this.updates.push({
        id: `${this.id}-u-${String(i + 1).padStart(3, '0')}`,
        commitmentId: commitment.id,
        asOf,
        ...(value !== undefined ? { value } : {}),
        comparability: numeric ? 'same-metric' : this.pick(['related-metric', 'context'] as const),
        summary: `${this.topic[0]}工作进展通报第${i + 1}期:${commitment.title}(示例)。`,
        summaryEn: `${this.topic[1]} progress bulletin no. ${i + 1} (illustrative).`,
        source: {
          title: `示例省${this.topic[2]}工作简报第${i + 1}期`,
          publisher: `示例省${this.topic[2]}`,
          url: `https://example.org/${this.id}/bulletin-${i + 1}`,
          date: addDays(asOf, publishedDay),
        },
        ...(verdict
          ? {
              verdict: {
                status: 'kept',
                date: addDays(asOf, publishedDay),
                rationale: '通报数字达到承诺目标(示例)。',
                rationaleEn: 'The reported figure meets the target (illustrative).',
              },
            }
          : {}),
      })
    })
  }

  /** The shipped letter's money shapes: a joint total with a provincial share, a gap, a pledge. */
  private writeFunding(): void {
    const byNumber = (n: number) => this.commitments[n - 1]!
    const money = this.commitments.filter(
      (c) => c.kind === 'result' && c.figure?.unit === 'yuan',
    ) as Array<Extract<CommitmentIn, { kind: 'result' }>>
    const [first, second, third] = money
    const [topic, topicEn] = this.topic
    const doc = (c: CommitmentIn) => ({
      type: 'document' as const,
      documentId: this.id,
      quote: c.quote,
    })
    const allocated = (c: Extract<CommitmentIn, { kind: 'result' }>) => ({
      stage: 'allocated' as const,
      amount: c.figure!.value,
      asWritten: c.figure!.asWritten,
      asOf: c.asOf ?? null,
      evidence: doc(c),
    })
    const line = (n: number, rest: Omit<LineIn, 'id' | 'documentId'>): LineIn => ({
      id: `${this.id}-f-${n}`,
      documentId: this.id,
      ...rest,
    })
    const total = line(1, {
      commitmentIds: [first!.id],
      label: `${topic}省市资金`,
      labelEn: `Provincial and city ${topicEn} funds`,
      fundSource: 'province-and-city',
      entries: [allocated(first!)],
    })
    const share = Math.floor(first!.figure!.value / 20_000) * 10_000
    const provincial = line(2, {
      commitmentIds: [],
      label: `其中省级${topic}资金`,
      labelEn: `Of which provincial ${topicEn} funds`,
      fundSource: 'provincial',
      partOf: total.id,
      entries: [
        {
          stage: 'allocated',
          amount: share,
          asWritten: `${share / 10_000}万元`,
          asOf: first!.asOf ?? null,
          evidence: doc(first!),
        },
      ],
    })
    const gapTarget = byNumber(33)
    const fundsTarget = byNumber(35)
    const paid = this.updates.filter(
      (u) => u.commitmentId === fundsTarget.id && u.value !== undefined,
    )
    const pledge = (c: CommitmentIn) => {
      const figure = 'figure' in c ? c.figure! : undefined
      return {
        stage: 'pledged' as const,
        comparator: figure!.comparator,
        amount: figure!.value,
        asWritten: figure!.asWritten,
        asOf: this.document.date,
        evidence: doc(c),
      }
    }
    this.funding.push(
      total,
      provincial,
      line(3, {
        commitmentIds: [gapTarget.id],
        label: `${topic}缺口资金`,
        labelEn: `${topicEn} funding gap`,
        fundSource: 'municipal',
        entries: [pledge(gapTarget)],
      }),
      line(4, {
        commitmentIds: [fundsTarget.id],
        label: `下一轮${topic}资金`,
        labelEn: `Next round of ${topicEn} funds`,
        fundSource: 'province-and-city',
        entries: [
          pledge(fundsTarget),
          ...paid.slice(-1).map((u) => ({
            stage: 'disbursed' as const,
            amount: Math.round(u.value!),
            asWritten: `${Math.round(u.value! / 10_000)}万元`,
            asOf: u.asOf,
            evidence: { type: 'update' as const, updateId: u.id },
          })),
        ],
      }),
      ...[second, third].map((c, i) =>
        line(5 + i, {
          commitmentIds: [c!.id],
          label: `${topic}专项资金${i + 1}`,
          labelEn: `${topicEn} special fund ${i + 1}`,
          fundSource: 'unspecified',
          entries: [allocated(c!)],
        }),
      ),
    )
  }

  /** The letter: one line per paragraph, every quote in it verbatim. */
  private writeText(): string {
    const d = this.document
    const [topic] = this.topic
    const block = (section: string) => `${(this.paragraphs.get(section) ?? []).join(';')}。`
    return [
      d.title,
      `${d.deputies.map((p) => p.name).join('、')}:`,
      `您提出的《${d.suggestionTitle}》收悉。现答复如下:`,
      '一、基本情况',
      `近年来,我们认真研究${topic}工作,现将有关情况答复如下。`,
      '二、已开展工作',
      ...['二(一)', '二(二)', '二(三)'].map((s) => `${s.slice(1)}${block(s)}`),
      '三、下一步工作计划',
      ...['三(一)', '三(二)', '三(三)', '三(四)'].map((s) => `${s.slice(1)}${block(s)}`),
      `感谢您对${topic}工作的关心和支持。`,
      d.respondent.name,
      d.date,
    ].join('\n')
  }
}

/** An ISO date plus whole days, in UTC so the result never depends on the machine's zone. */
function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  const out = date.toISOString().slice(0, 10)
  return out > LAST_EVIDENCE_DAY ? LAST_EVIDENCE_DAY : out
}
