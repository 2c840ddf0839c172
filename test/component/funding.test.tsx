import { QueryClient } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import { EmbedRoot } from '../../src/app/embed-root'
import { server } from '../../mocks/node'
import { dataFileHandlers } from '../../mocks/data-handlers'
import { renderApp } from '../support/render-app'
import { letterFiles, realDataFiles } from '../support/real-data'

const part = (selector: string) => {
  const element = document.querySelector(selector)
  expect(element, selector).not.toBeNull()
  return within(element as HTMLElement)
}

const chartTable = (id: string) =>
  within(part(`[data-widget-id="${id}"]`).getByRole('table', { hidden: true }))

/**
 * The shipped km-153005 letter alone: the folder holds other real letters too (each its own body,
 * see below), and these tests are about this letter's figures as the page has always shown them.
 */
const KM = 'km-153005'
const km153005Files = () => letterFiles(KM)

// The first render also loads the page's code: allow for a busy machine.
const SLOW = { timeout: 15_000 }

const openFundingPage = async (options: Parameters<typeof renderApp>[0] = {}) => {
  renderApp({ route: '/funding', ...options })
  await screen.findByRole(
    'heading',
    { level: 1, name: options.lang === 'en' ? 'Funding' : '资金' },
    SLOW,
  )
}

// The whole app through msw, charts drawn: seconds each on a busy machine.
describe('funding view on the shipped 153005 data', { timeout: 30_000 }, () => {
  const real = () => ({ handlers: dataFileHandlers(km153005Files()) })

  it('shows the 18700万元 both rounded and as written, with the as-of date', async () => {
    await openFundingPage(real())
    // The view date and the newest evidence date, each named for what it is.
    expect(screen.getByText(/^查看日期 \d{4}年\d{1,2}月\d{1,2}日$/)).toBeInTheDocument()
    expect(screen.getByText('最新证据发布于 2025年2月20日')).toBeInTheDocument()
    expect(screen.getAllByText(/1\.87亿元/).length).toBeGreaterThan(0)
    expect(screen.getAllByText(/18700万元/).length).toBeGreaterThan(0)
    const stages = chartTable('funding-stages')
    expect(stages.getByText('1.87亿元(原文:18700万元)')).toBeInTheDocument()
    expect(stages.getByText('不少于 3亿元(原文:3亿元以上)')).toBeInTheDocument()
    // Six lines, none with a payment: every disbursed cell says so instead of showing 0.
    expect(stages.getAllByRole('row', { hidden: true })).toHaveLength(7)
    expect(stages.queryByText(/^0/)).not.toBeInTheDocument()
  })

  it('states the provincial 9350万元 and labels the municipal rest as computed', async () => {
    await openFundingPage(real())
    const split = part('.funding-split-statement[data-line-id="km-153005-f-batch12-total"]')
    expect(split.getByText('省级(原文列明)', { exact: false })).toBeInTheDocument()
    expect(split.getByText('(原文:9350万元)')).toBeInTheDocument()
    const derived = part('.split-derived[data-derived="true"]')
    expect(derived.getByText('其余 9350万元(按差额计算,原文未分列)')).toBeInTheDocument()
    expect(derived.getByText('市级(按差额推算)', { exact: false })).toBeInTheDocument()

    const table = chartTable('funding-split')
    expect(table.getByText('按差额计算:18700万元 − 9350万元')).toBeInTheDocument()
    expect(table.getByText('原文:9350万元')).toBeInTheDocument()
    expect(table.getByText('原文:18700万元')).toBeInTheDocument()
  })

  it('says the 5334万元 gap has no payment evidence, never that 0 was paid', async () => {
    await openFundingPage(real())
    const gap = part('.funding-gap[data-line-id="km-153005-f-second-batch-gap"]')
    expect(gap.getByText(/暂无公开的拨付证据/, { selector: '.no-payment' })).toBeInTheDocument()
    expect(
      gap.getByText('承诺 5334万元(2023年6月19日);暂无公开的拨付证据,不按零计算。'),
    ).toBeInTheDocument()
    const table = chartTable('funding-gap-km-153005-f-second-batch-gap')
    expect(table.getByText('暂无公开的拨付证据')).toBeInTheDocument()
    expect(table.getByText('原文:5334万元')).toBeInTheDocument()
    expect(gap.queryByText(/0元|¥0/)).not.toBeInTheDocument()
  })

  it('shows the ≥3亿元 target from its assessment, the 1.87亿 apart as an earlier figure', async () => {
    await openFundingPage({ ...real(), route: '/funding?asOf=2025-06-30' })
    const element = document.querySelector(
      '.funding-target[data-commitment-id="km-153005-c-funds-300m"]',
    ) as HTMLElement
    const target = within(element)
    expect(target.getAllByText('不少于 3亿元').length).toBeGreaterThan(0)
    // The row's assessment, in the words every surface uses.
    expect(element.querySelector('[data-field="status"]')).toHaveAttribute(
      'data-status',
      'not-rated',
    )
    expect(element.querySelector('[data-field="progress"]')).toHaveTextContent(
      '暂无同口径数值,不计算进度',
    )
    expect(element.querySelector('[data-field="evidence-label"]')).toHaveTextContent(
      '暂无公开进展证据',
    )
    expect(target.getByText('未写明期限 · 自答复函起已 742 天')).toBeInTheDocument()
    // The 18700万元 is the letter's earlier figure: whether it counts toward the 3亿 is not stated.
    expect(target.getAllByText('答复函此前所列').length).toBeGreaterThan(0)
    expect(element.querySelector('[data-baseline-relation="not-stated"]')).toHaveTextContent(
      '1.87亿元(18700万元)· 日期不明 · 原文未说明是否计入目标',
    )
    expect(
      target.getByText(
        '答复函此前所列的 1.87亿元(18700万元)· 日期不明:原文未说明是否计入目标,因此图中不把它画向目标线,只在这里列出。',
      ),
    ).toBeInTheDocument()
    const table = chartTable('funding-target-km-153005-c-funds-300m')
    expect(table.getByText('1.87亿元')).toBeInTheDocument()
    expect(table.getByText('原文未说明是否计入目标')).toBeInTheDocument()
    expect(table.getByText('不少于 3亿元')).toBeInTheDocument()
  })

  it('draws two readings of a money target, the derived one marked, and no single percent', async () => {
    const files = structuredClone(km153005Files()) as Record<
      string,
      { updates: Array<Record<string, unknown>> }
    >
    // A made-up report of new money, so the target has a like-for-like value to read.
    files['km-153005/updates.json']!.updates.push({
      id: 'test-u-new-funds',
      commitmentId: 'km-153005-c-funds-300m',
      asOf: '2024-12-31',
      value: 50000000,
      counting: 'new',
      comparability: 'same-metric',
      summary: '新增投入省市资金5000万元(测试)。',
      source: { title: '测试报道', date: '2025-01-10' },
    })
    await openFundingPage({
      handlers: dataFileHandlers(files),
      route: '/funding?asOf=2025-06-30',
    })
    const element = document.querySelector(
      '.funding-target[data-commitment-id="km-153005-c-funds-300m"]',
    ) as HTMLElement
    expect(element.querySelector('[data-field="progress"]')).toHaveAttribute('data-readings', '2')
    expect(element.querySelector('[data-field="progress"]')).toHaveTextContent(
      '两种读法:不计入基数 1.87亿元:5000万元 / 3亿元;计入基数 1.87亿元:2.37亿元 / 3亿元(推算值,原文未写明:1.87亿元加5000万元)',
    )
    expect(element.textContent).not.toMatch(/%/)
    const table = chartTable('funding-target-km-153005-c-funds-300m')
    expect(table.getByText('不计入此前数字')).toBeInTheDocument()
    expect(table.getByText('计入此前数字')).toBeInTheDocument()
    expect(table.getByText('推算值,原文未写明:1.87亿元加5000万元')).toBeInTheDocument()
    expect(
      within(element).getByText('标为“推算”的数字不是原文数字,是由原文数字计算得出的,仅供参考。'),
    ).toBeInTheDocument()
  })

  it('lists every line and entry with the quote, the unclear date and linked commitments', async () => {
    await openFundingPage(real())
    const total = part('.funding-lines tbody[data-line-id="km-153005-f-batch12-total"]')
    expect(total.getByText('18700万元', { selector: '.as-written-cell' })).toBeInTheDocument()
    expect(total.getByText('1.87亿元', { selector: '.amount' })).toBeInTheDocument()
    expect(total.getByText('日期不明')).toBeInTheDocument()
    expect(total.getByText('“获得省市财政科技经费投入18700万元”')).toBeInTheDocument()
    expect(total.getByText('资金来源:省市合计(未分列)')).toBeInTheDocument()
    expect(
      total.getByText('其中 省级 9350万元;其余 9350万元(按差额计算,原文未分列)'),
    ).toBeInTheDocument()
    const link = total.getAllByRole('link').find((a) => a.getAttribute('href')?.includes('c-'))
    expect(link).toHaveAttribute('href', '#/commitments/km-153005-c-funding-187m')

    const provincial = part('.funding-lines tbody[data-line-id="km-153005-f-batch12-provincial"]')
    expect(provincial.getByText('资金来源:省级')).toBeInTheDocument()
    expect(provincial.getByText(/^属于:/)).toBeInTheDocument()

    const grant = part('.funding-lines tbody[data-line-id="km-153005-f-lab-team-grant"]')
    expect(grant.getByText('资金来源:原文未说明来源')).toBeInTheDocument()
    expect(grant.getByText('3000万元', { selector: '.as-written-cell' })).toBeInTheDocument()
    expect(
      part('.funding-lines tbody[data-line-id="km-153005-f-foreign-experts"]').getByText(
        '107万元',
        {
          selector: '.as-written-cell',
        },
      ),
    ).toBeInTheDocument()
  })

  it('lists the amounts by source without adding up figures the letter never adds', async () => {
    await openFundingPage(real())
    const table = document.querySelector('.funding-totals') as HTMLElement
    expect(table.querySelector('tfoot')).toBeNull()
    expect(table.textContent).not.toMatch(/2\.18亿|21807|3\.53亿|35334|3107/)
    const row = (source: string) =>
      [...table.querySelectorAll('tbody tr')].find(
        (tr) => tr.querySelector('th')?.textContent === source,
      ) as HTMLElement
    const unspecified = row('原文未说明来源')
    expect(
      [...unspecified.querySelectorAll('.stage-items li')].map((li) => li.textContent),
    ).toEqual(['3000万元 原文:3000万元', '107万元 原文:107万元'])
    // The provincial 9350万元 is inside the 18700万元: listed once, under the joint total.
    expect(row('省市合计(未分列)')).toHaveTextContent('1.87亿元 原文:18700万元')
    expect(table.textContent).not.toMatch(/9350万元/)
    expect(
      screen.getByText(
        '每格列出原文所写的各笔金额,不相加:原文没有把它们相加,各笔的截至日期也不同。“其中”部分已包含在所属总数中,不另列。',
      ),
    ).toBeInTheDocument()
  })

  it('marks the derived municipal rest and says derived figures are for reference only', async () => {
    await openFundingPage(real())
    const section = document.querySelector('.funding-split-statement')!.closest('section')!
    expect(
      within(section).getByText('标为“推算”的数字不是原文数字,是由原文数字计算得出的,仅供参考。'),
    ).toBeInTheDocument()
  })

  it('reads in English with ¥M and the source figures kept', async () => {
    await openFundingPage({ ...real(), lang: 'en' })
    expect(screen.getAllByText(/No evidence of payment published/).length).toBeGreaterThan(0)
    expect(screen.getAllByText(/¥187M/).length).toBeGreaterThan(0)
    expect(
      screen.getByText(
        'The rest, ¥93.5M (computed as the difference; not stated separately in the source)',
      ),
    ).toBeInTheDocument()
    expect(screen.getByText(/^View date /)).toBeInTheDocument()
  })
})

describe('funding view on illustrative data', () => {
  it('shows the 3000万元 paid against the ≥5000万元 pledge', async () => {
    await openFundingPage()
    const gap = part('.funding-gap[data-line-id="demo-transit-f-city"]')
    expect(
      gap.getByText(/^承诺 不少于 5000万元;截至 2024年6月30日 累计拨付 3000万元/),
    ).toBeInTheDocument()
    expect(document.querySelector('[data-line-id="demo-transit-f-city"]')).toHaveAttribute(
      'data-gap-state',
      'open',
    )
    // The share and the rest are worked out, not stated: marked so, with their arithmetic.
    expect(
      gap.getByText(
        '承诺 不少于 5000万元;截至 2024年6月30日 累计拨付 3000万元(推算:3000万元 ÷ 5000万元,约占承诺的 60%),尚差 不少于 2000万元(推算:5000万元 减 3000万元)。',
      ),
    ).toBeInTheDocument()
    expect(
      gap.getByText('标为“推算”的数字不是原文数字,是由原文数字计算得出的,仅供参考。'),
    ).toBeInTheDocument()
    const table = chartTable('funding-gap-demo-transit-f-city')
    expect(table.getByText('3000万元')).toBeInTheDocument()
    expect(table.getByText('不少于 5000万元')).toBeInTheDocument()
    const stages = chartTable('funding-stages')
    expect(stages.getByText('3000万元(原文:3000万元)')).toBeInTheDocument()
    const lines = part('.funding-lines tbody[data-line-id="demo-transit-f-city"]')
    expect(lines.getByText('后续报道:示例市财政局公告(示例)(2024年7月5日)')).toBeInTheDocument()
    expect(lines.getByText('已拨付3000万元(示例)。')).toBeInTheDocument()
  })

  it('travels back in time: before the payment report, payment is unknown again', async () => {
    await openFundingPage({ route: '/funding?asOf=2024-07-01' })
    expect(document.querySelector('[data-line-id="demo-transit-f-city"]')).toHaveAttribute(
      'data-gap-state',
      'unknown',
    )
    expect(screen.getByText('查看日期 2024年7月1日')).toBeInTheDocument()
  })
})

describe('funding charts as drawn', { timeout: 30_000 }, () => {
  // jsdom has no layout: give recharts' container a real size so the SVG is drawn and checkable.
  // Reduced motion also takes the no-animation path, so labels are drawn at once.
  beforeEach(() => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('reduce'),
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }))
    const original = HTMLElement.prototype.getBoundingClientRect
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.classList.contains('recharts-responsive-container')
        ? ({ width: 800, height: 400, top: 0, left: 0, right: 800, bottom: 400 } as DOMRect)
        : original.call(this)
    })
  })
  afterEach(() => {
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  const svgTexts = async (id: string) => {
    const body = await waitFor(() => {
      const svg = document.querySelector(`[data-widget-id="${id}"] .chart-body svg`)
      expect(svg, id).not.toBeNull()
      return svg as SVGElement
    })
    return [...body.querySelectorAll('text')].map((text) => text.textContent ?? '')
  }

  it('labels every bar and every missing stage, with money on the axes, never raw yuan', async () => {
    await openFundingPage({ handlers: dataFileHandlers(km153005Files()) })
    const stages = await svgTexts('funding-stages')
    expect(stages).toContain('已安排 1.87亿元')
    expect(stages).toContain('承诺投入 不少于 3亿元')
    expect(stages).toContain('已拨付 · 暂无证据')
    expect(stages.some((text) => /亿$/.test(text))).toBe(true)
    expect(stages.filter((text) => /^\d{5,}$/.test(text))).toEqual([])

    const split = await svgTexts('funding-split')
    expect(split).toContain('省级 9350万元')
    expect(split).toContain('市级(推算) 9350万元')

    const gap = await svgTexts('funding-gap-km-153005-f-second-batch-gap')
    expect(gap).toContain('承诺金额 5334万元')
    expect(gap).toContain('暂无公开的拨付证据')
    // No payment evidence: the series has no points, so no line (and no point at 0) is drawn.
    const gapFrame = document.querySelector(
      '[data-widget-id="funding-gap-km-153005-f-second-batch-gap"]',
    ) as HTMLElement
    expect(gapFrame.querySelector('.recharts-line-curve')?.getAttribute('d') ?? '').toBe('')
    expect(gapFrame.querySelectorAll('.recharts-line-dot')).toHaveLength(0)

    const target = await svgTexts('funding-target-km-153005-c-funds-300m')
    expect(target).toContain('目标 不少于 3亿元')
    expect(target).toContain('暂无公开进展证据')
    // The earlier 1.87亿元 is not drawn toward the target line: it may not count toward it.
    expect(target.filter((text) => text.includes('1.87亿'))).toEqual([])
  })

  it('draws the illustrative payment as a point against the pledge', async () => {
    await openFundingPage()
    const gap = await svgTexts('funding-gap-demo-transit-f-city')
    expect(gap).toContain('承诺金额 不少于 5000万元')
    expect(gap).toContain('3000万元')
  })
})

/**
 * A second letter from another body, MADE UP for this test (an invented county bureau, letter,
 * deputy and figures): it states no date, an estimated need, an unfunded remainder, money the
 * applicant raises itself, a county allocation and a named special fund.
 */
const COUNTY = 'test-county-road'
const countyText = `关于示例县第一届人大一次会议第990001号建议的答复(测试用,虚构)
示例代表丁:
您提出的《关于改造示例乡通村公路的建议》收悉。
经测算,该路段改造需投入资金120万元。
县级已安排资金50万元,已争取车购税资金30万元,由沿线企业自筹资金20万元,尚有缺口20万元。`

const countyEntry = (stage: string, amount: number, asWritten: string, quote: string) => ({
  stage,
  amount,
  asWritten,
  asOf: null,
  evidence: { type: 'document', documentId: COUNTY, quote },
})

const countyLine = (id: string, over: Record<string, unknown>) => ({
  id: `${COUNTY}-f-${id}`,
  documentId: COUNTY,
  commitmentIds: [],
  ...over,
})

function twoBodies() {
  const files = structuredClone(km153005Files()) as Record<string, unknown>
  const index = files['index.json'] as { datasets: unknown[] }
  index.datasets.push({
    id: COUNTY,
    document: `${COUNTY}/document.json`,
    commitments: `${COUNTY}/commitments.json`,
    funding: `${COUNTY}/funding.json`,
  })
  files[`${COUNTY}/source.txt`] = countyText
  files[`${COUNTY}/document.json`] = {
    id: COUNTY,
    kind: 'reply-letter',
    number: '990001',
    deputies: [{ name: '示例代表丁' }],
    respondent: {
      name: '示例县交通运输局(测试)',
      nameEn: 'Example County Transport Bureau (test)',
      level: 'county',
    },
    // No date, title, session or suggestion title: the letter does not state them.
    sourceText: 'source.txt',
  }
  files[`${COUNTY}/commitments.json`] = { documentId: COUNTY, commitments: [] }
  files[`${COUNTY}/funding.json`] = {
    documentId: COUNTY,
    lines: [
      countyLine('need', {
        label: '通村公路改造测算投资(测试)',
        fundSource: 'unspecified',
        entries: [countyEntry('needed', 1_200_000, '120万元', '该路段改造需投入资金120万元')],
      }),
      countyLine('county', {
        label: '县级安排资金(测试)',
        fundSource: 'county',
        entries: [countyEntry('allocated', 500_000, '50万元', '县级已安排资金50万元')],
      }),
      countyLine('special', {
        label: '车购税资金(测试)',
        fundSource: 'special-fund',
        fundName: '车购税资金',
        fundNameEn: 'vehicle purchase tax fund',
        entries: [countyEntry('allocated', 300_000, '30万元', '已争取车购税资金30万元')],
      }),
      countyLine('self', {
        label: '沿线企业自筹(测试)',
        fundSource: 'self-raised',
        entries: [countyEntry('pledged', 200_000, '20万元', '由沿线企业自筹资金20万元')],
      }),
      countyLine('gap', {
        label: '尚未落实的资金(测试)',
        fundSource: 'unspecified',
        entries: [countyEntry('unfunded', 200_000, '20万元', '尚有缺口20万元')],
      }),
    ],
  }
  return { handlers: dataFileHandlers(files) }
}

const bodySection = (key: string) => part(`section.funding-body[data-body="${key}"]`)

/** Bodies are drawn one per paint after the first: wait until all of them are on the page. */
const allBodies = async (count: number) =>
  waitFor(() => {
    const sections = [...document.querySelectorAll<HTMLElement>('section.funding-body')]
    expect(sections).toHaveLength(count)
    return sections
  })

const openTwoBodies = async (lang?: 'en') => {
  await openFundingPage({ ...twoBodies(), lang })
  await allBodies(2)
}

// Two letters through the whole app, charts drawn: seconds each on a busy machine.
describe(
  'funding view of letters from two bodies (a made-up second letter)',
  { timeout: 30_000 },
  () => {
    it('shows one section per responding body, each with its own chart and totals', async () => {
      await openTwoBodies()
      const sections = [...document.querySelectorAll('section.funding-body')]
      expect(sections.map((s) => s.getAttribute('data-body'))).toEqual(['km-153005', COUNTY])
      expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
        expect.arrayContaining(['昆明市科学技术局', '示例县交通运输局(测试)']),
      )
      expect(
        screen.getByText(
          '资金按答复单位分节列出,每个单位有自己的图表和表格;不同单位的金额从不相加。',
        ),
      ).toBeInTheDocument()
      // The undated letter is named by its number, and its dates read "unclear", not "Invalid".
      const county = bodySection(COUNTY)
      expect(county.getByText('答复函:第990001号建议')).toBeInTheDocument()
      expect(county.getAllByText('日期不明').length).toBeGreaterThan(0)
      expect(document.body.textContent).not.toMatch(/Invalid|NaN/)

      // Each body's chart draws its own lines only.
      const realStages = chartTable('funding-stages-km-153005')
      expect(realStages.getByText('1.87亿元(原文:18700万元)')).toBeInTheDocument()
      expect(realStages.getAllByRole('row', { hidden: true })).toHaveLength(7)
      expect(realStages.queryByText(/(测试)/)).not.toBeInTheDocument()
      const countyStages = chartTable(`funding-stages-${COUNTY}`)
      expect(countyStages.getAllByRole('row', { hidden: true })).toHaveLength(6)
      expect(countyStages.queryByText(/亿元/)).not.toBeInTheDocument()

      // Each body's totals list its own sources only.
      const realTotals = within(
        document.querySelector('[data-body="km-153005"] .funding-totals') as HTMLElement,
      )
      expect(realTotals.getByText('省市合计(未分列)')).toBeInTheDocument()
      expect(realTotals.queryByText('县级')).not.toBeInTheDocument()
      const countyTotals = within(
        document.querySelector(`[data-body="${COUNTY}"] .funding-totals`) as HTMLElement,
      )
      expect(countyTotals.getByText('县级')).toBeInTheDocument()
      expect(countyTotals.getByText('专项资金:车购税资金')).toBeInTheDocument()
      expect(countyTotals.queryByText('省市合计(未分列)')).not.toBeInTheDocument()
      // Every body repeats the same sections: each landmark is named with its body, so none is
      // ambiguous (axe's landmark-unique).
      for (const body of ['昆明市科学技术局', '示例县交通运输局(测试)']) {
        for (const title of ['全部资金条目与依据', '按资金来源列出', '承诺资金的拨付情况']) {
          expect(screen.getByRole('region', { name: `${title} ${body}` })).toBeInTheDocument()
        }
      }
    })

    it('never adds money across bodies, nor a need or a gap to money pledged or paid', async () => {
      await openTwoBodies()
      const text = document.querySelector('.funding-page')!.textContent ?? ''
      // Across bodies: 18700万 + 50万 + 30万 allocated; 3亿 + 5334万 + 20万 pledged.
      expect(text).not.toMatch(/1\.88亿|18780万|3\.54亿|35354万/)
      // Within the county: 50万 + 30万 allocated; the 120万 need or 20万 gap added to anything.
      expect(text).not.toMatch(/80万元|140万元|100万元|170万元|70万元|220万元/)
    })

    it('labels the need, the unfunded remainder and self-raised money, each apart', async () => {
      await openTwoBodies()
      const county = bodySection(COUNTY)
      expect(
        county.getAllByText(/^“测算\/所需资金”和“尚未落实的缺口”是原文写明的需求和缺口/).length,
      ).toBe(
        2, // under the chart and under the totals table
      )
      // The chart's table: the two apart stages are columns of their own, beside the three.
      const stages = part(`[data-widget-id="funding-stages-${COUNTY}"]`)
      expect(
        stages.getAllByRole('columnheader', { hidden: true }).map((th) => th.textContent),
      ).toEqual(['资金条目', '承诺投入', '已安排', '已拨付', '测算/所需资金', '尚未落实的缺口'])
      const needRow = stages
        .getAllByRole('row', { hidden: true })
        .find((row) => row.textContent?.startsWith('通村公路改造测算投资(测试)'))!
      expect(
        within(needRow)
          .getAllByRole('cell', { hidden: true })
          .map((cell) => cell.textContent),
      ).toEqual(['暂无证据', '暂无证据', '暂无证据', '120万元(原文:120万元)', '暂无证据'])
      expect(
        stages.getByText(
          '另有 1 笔写明测算/所需资金、1 笔写明尚未落实的缺口,单独画出,不计入上述金额。',
          {
            exact: false,
          },
        ),
      ).toBeInTheDocument()
      // The real letter states neither: its chart keeps its three stages.
      expect(
        part('[data-widget-id="funding-stages-km-153005"]')
          .getAllByRole('columnheader', { hidden: true })
          .map((th) => th.textContent),
      ).toEqual(['资金条目', '承诺投入', '已安排', '已拨付'])

      // Totals: the need and the gap in their own columns, self-raised money named as such.
      const totals = document.querySelector(
        `[data-body="${COUNTY}"] .funding-totals`,
      ) as HTMLElement
      const cell = (source: string, stage: string) =>
        [...totals.querySelectorAll('tbody tr')]
          .find((tr) => tr.querySelector('th')?.textContent === source)
          ?.querySelector(`td[data-stage="${stage}"]`)?.textContent
      const unspecified = '原文未说明来源'
      expect(cell(unspecified, 'needed')).toBe('120万元 原文:120万元')
      expect(cell(unspecified, 'unfunded')).toBe('20万元 原文:20万元')
      expect(cell(unspecified, 'pledged')).toBe('暂无证据')
      expect(cell('自筹(申请方自有资金,不是政府资金)', 'pledged')).toBe('20万元 原文:20万元')

      const self = part(`.funding-lines tbody[data-line-id="${COUNTY}-f-self"]`)
      expect(self.getByText('资金来源:自筹(申请方自有资金,不是政府资金)')).toBeInTheDocument()
      const need = part(`.funding-lines tbody[data-line-id="${COUNTY}-f-need"]`)
      expect(need.getByText('测算/所需资金')).toBeInTheDocument()
      const gap = part(`.funding-lines tbody[data-line-id="${COUNTY}-f-gap"]`)
      expect(gap.getByText('尚未落实的缺口')).toBeInTheDocument()
    })

    it('names the bodies, stages and sources in English', async () => {
      await openTwoBodies('en')
      expect(
        screen.getByRole('heading', { level: 2, name: 'Example County Transport Bureau (test)' }),
      ).toBeInTheDocument()
      const county = bodySection(COUNTY)
      expect(
        county.getByText(
          "Source of funds: Self-raised (the applicant's own money, not government funding)",
        ),
      ).toBeInTheDocument()
      expect(
        county.getByText('Source of funds: Special fund: vehicle purchase tax fund'),
      ).toBeInTheDocument()
      expect(county.getByText('Source of funds: County')).toBeInTheDocument()
      expect(county.getAllByText('Estimated / needed').length).toBeGreaterThan(0)
      expect(county.getAllByText('Not yet funded (stated gap)').length).toBeGreaterThan(0)
    })
  },
)

describe('funding charts of two bodies as drawn', { timeout: 30_000 }, () => {
  // As above: a real size for recharts' container and no animation, so the SVG is checkable.
  beforeEach(() => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('reduce'),
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }))
    const original = HTMLElement.prototype.getBoundingClientRect
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      return this.classList.contains('recharts-responsive-container')
        ? ({ width: 800, height: 400, top: 0, left: 0, right: 800, bottom: 400 } as DOMRect)
        : original.call(this)
    })
  })
  afterEach(() => {
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  const svgTexts = async (id: string) => {
    const body = await waitFor(() => {
      const svg = document.querySelector(`[data-widget-id="${id}"] .chart-body svg`)
      expect(svg, id).not.toBeNull()
      return svg as SVGElement
    })
    return [...body.querySelectorAll('text')].map((text) => text.textContent ?? '')
  }

  it('draws the need and the gap as bars of their own, and each body on its own axis', async () => {
    await openTwoBodies()
    const county = await svgTexts(`funding-stages-${COUNTY}`)
    expect(county).toContain('测算/所需资金 120万元')
    expect(county).toContain('尚未落实的缺口 20万元')
    expect(county).toContain('承诺投入 20万元')
    expect(county).toContain('已安排 50万元')
    expect(county.filter((text) => /亿/.test(text))).toEqual([])
    const real = await svgTexts('funding-stages-km-153005')
    expect(real).toContain('已安排 1.87亿元')
    expect(real.filter((text) => /测算|缺口 |(测试)/.test(text))).toEqual([])
  })
})

describe('funding view on every shipped letter', { timeout: 30_000 }, () => {
  it('gives each responding body with money its own section, in the letters’ order', async () => {
    const files = realDataFiles()
    const index = files['index.json'] as { datasets: Array<{ id: string }> }
    const expected: Array<[string, string]> = []
    for (const { id } of index.datasets) {
      const lines = (files[`${id}/funding.json`] as { lines?: unknown[] } | undefined)?.lines ?? []
      const name = (files[`${id}/document.json`] as { respondent: { name: string } }).respondent
        .name
      if (lines.length > 0 && !expected.some(([, n]) => n === name)) expected.push([id, name])
    }
    await openFundingPage({ handlers: dataFileHandlers(files) })
    const sections = await allBodies(expected.length)
    expect(sections.map((s) => [s.dataset.body, s.querySelector('h2')?.textContent])).toEqual(
      expected,
    )
    // The 153005 figures are the same inside its own section, whatever else is shipped.
    const stages = expected.length > 1 ? `funding-stages-${KM}` : 'funding-stages'
    expect(chartTable(stages).getByText('1.87亿元(原文:18700万元)')).toBeInTheDocument()
    expect(chartTable(stages).getAllByRole('row', { hidden: true })).toHaveLength(7)
  })
})

describe('funding widgets embedded alone, over two bodies', { timeout: 30_000 }, () => {
  const renderEmbed = (id: string) => {
    server.use(...twoBodies().handlers)
    window.history.replaceState(null, '', `/?embed=${id}#/?asOf=2025-06-30`)
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false, gcTime: Infinity, networkMode: 'always' } },
    })
    return render(<EmbedRoot id={id} queryClient={queryClient} lang="zh-CN" />)
  }
  afterEach(() => {
    document.querySelectorAll('base').forEach((base) => base.remove())
    window.history.replaceState(null, '', '/')
  })

  it('draws one widget with a part per body, never one chart of both', async () => {
    renderEmbed('funding-stages')
    const widget = await waitFor(() => {
      const element = document.querySelector<HTMLElement>(
        '.embed-root [data-widget-id="funding-stages"]',
      )
      expect(element).not.toBeNull()
      return element!
    }, SLOW)
    const parts = [...widget.querySelectorAll<HTMLElement>('section.funding-body')]
    expect(parts.map((p) => p.dataset.body)).toEqual([KM, COUNTY])
    expect(parts.map((p) => p.querySelector('h2')?.textContent)).toEqual([
      '昆明市科学技术局',
      '示例县交通运输局(测试)',
    ])
    expect(
      screen.getAllByRole('heading', { level: 1, name: '各笔资金:承诺、安排与拨付' }),
    ).toHaveLength(1)
    expect(
      chartTable(`funding-stages-${KM}`).getByText('1.87亿元(原文:18700万元)'),
    ).toBeInTheDocument()
    expect(chartTable(`funding-stages-${COUNTY}`).queryByText(/亿元/)).not.toBeInTheDocument()
  })

  it('gives the payments widget one title and each body its own pledges', async () => {
    renderEmbed('funding-gap')
    expect(
      await screen.findByRole('heading', { level: 1, name: '承诺资金的拨付情况' }, SLOW),
    ).toBeInTheDocument()
    const county = await waitFor(() => bodySection(COUNTY))
    expect(
      county.getByRole('heading', { level: 2, name: '示例县交通运输局(测试)' }),
    ).toBeInTheDocument()
    expect(
      document.querySelector(`[data-body="${COUNTY}"] [data-line-id="${COUNTY}-f-self"]`),
    ).not.toBeNull()
    expect(
      document.querySelector(`[data-body="${KM}"] [data-line-id="km-153005-f-second-batch-gap"]`),
    ).not.toBeNull()
  })
})
