import { render, screen, within } from '@testing-library/react'
import { isRated } from '../../src/domain/commitment-kinds'
import type { Language } from '../../src/domain/language'
import { commitmentsFileSchema } from '../../src/domain/schema/commitment'
import { dataIndexSchema } from '../../src/domain/schema/data-index'
import { documentSchema } from '../../src/domain/schema/document'
import { updatesFileSchema } from '../../src/domain/schema/update'
import type { Dataset } from '../../src/lib/data/assemble'
import { buildCommitmentRows, type CommitmentRow } from '../../src/lib/data/commitment-rows'
import { I18nProvider } from '../../src/lib/i18n/i18n-context'
import { translate } from '../../src/lib/i18n/translate'
import { TimelineWidget, type TimelineWidgetProps } from '../../src/lib/ui/timeline/timeline-widget'
import { letterFiles } from '../support/real-data'

const KM = 'km-153005'
const AS_OF = '2025-06-30'
const SLOW = { timeout: 15_000 }

function shippedRows(asOf = AS_OF): CommitmentRow[] {
  const files = letterFiles(KM)
  const dataset: Dataset = {
    entry: dataIndexSchema.parse(files['index.json']).datasets[0]!,
    document: documentSchema.parse(files[`${KM}/document.json`]),
    commitments: commitmentsFileSchema.parse(files[`${KM}/commitments.json`]).commitments,
    updates: updatesFileSchema.parse(files[`${KM}/updates.json`]).updates,
    funding: [],
  }
  return buildCommitmentRows([dataset], asOf)
}

const rows = shippedRows()
const rated = rows.filter((row) => isRated(row.commitment))
/** The related-metric item's caveat: the general rule, then the data's own note. */
const caveat = (lang: Language) => {
  const update = byId('projects-20').evidence.find((u) => u.comparability === 'related-metric')!
  const note = lang === 'en' ? update.noteEn : update.note
  return `${translate(lang, 'assessment.evidence.caveatGeneric.related-metric')} ${note}`
}
const byId = (slug: string) => rows.find((row) => row.commitment.id === `${KM}-c-${slug}`)!

function renderTimeline(props: Partial<TimelineWidgetProps> = {}, lang: Language = 'zh-CN') {
  return render(
    <I18nProvider lang={lang}>
      <TimelineWidget rows={rows} asOf={AS_OF} today={AS_OF} {...props} />
    </I18nProvider>,
  )
}

/** The table rows under the chart, by their first cell (the commitment's title). */
function tableRows(): Map<string, string[]> {
  const table = within(document.querySelector('[data-widget-id="timeline"]') as HTMLElement)
  const body = table.getAllByRole('row', { hidden: true }).slice(1)
  return new Map(
    body.map((tr) => {
      const cells = [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')
      return [cells[0]!, cells.slice(1)]
    }),
  )
}

describe('the timeline widget on the shipped 153005 letter', () => {
  it('lists every rated commitment once, with the status its assessment gives', () => {
    renderTimeline()
    const table = tableRows()
    expect(table.size).toBe(rated.length)
    for (const row of rated) {
      expect(table.get(row.commitment.title)?.[0], row.commitment.id).toBe(
        translate('zh-CN', `status.${row.status!.status}`),
      )
    }
    // Results are not promises: not on the timeline, and the chart says how many are left out.
    expect(table.has(byId('reserve-60').commitment.title)).toBe(false)
    expect(
      screen.getByText(new RegExp(`^另有 ${rows.length - rated.length} 项是答复函报告的成果`)),
    ).toBeInTheDocument()
  })

  it('dates the letter 2023年6月19日 and gives E1 its date and comparability', () => {
    renderTimeline()
    const projects = tableRows().get('积极争取立项20个以上')!
    expect(projects).toEqual([
      translate('zh-CN', `status.${byId('projects-20').status!.status}`),
      '2023年6月19日',
      '未写明期限',
      // E1 is like-for-like; the 2024 figure is a related metric and carries its caveat.
      `2024年2月22日(同口径数据);2025年2月20日(相关但不同口径。${caveat('zh-CN')})`,
    ])
  })

  it('says 未写明期限 for every open-ended row and the stated deadline for the dated one', () => {
    renderTimeline()
    const table = tableRows()
    for (const row of rated) {
      const deadline = table.get(row.commitment.title)![2]
      if (row.deadline!.due === null) expect(deadline, row.commitment.id).toBe('未写明期限')
    }
    const budget = byId('budget-2023')
    expect(budget.deadline!.light).toBe('red')
    expect(table.get(budget.commitment.title)![2]).toBe(
      `2023年底前 · 逾期 ${-budget.deadline!.days!} 天`,
    )
    expect(table.get(budget.commitment.title)![3]).toBe('暂无公开进展证据')
  })

  it('draws a bar per row and a mark per piece of evidence, with one line for today and the view date', async () => {
    renderTimeline()
    const frame = document.querySelector('[data-widget-id="timeline"]') as HTMLElement
    await within(frame).findAllByText('积极争取立项20个以上', { selector: 'tspan' }, SLOW)
    const bars = frame.querySelectorAll('.timeline-chart .timeline-bar')
    expect(bars).toHaveLength(rated.length)
    expect(frame.querySelectorAll('.timeline-chart .timeline-bar.is-open')).toHaveLength(
      rated.filter((row) => row.deadline!.due === null).length,
    )
    const marks = [...frame.querySelectorAll('.timeline-chart .timeline-mark')].map((m) =>
      m.getAttribute('data-evidence'),
    )
    expect(marks.sort()).toEqual(rated.flatMap((row) => row.evidence.map((u) => u.id)).sort())
    // Each bar wears its status's class, the one the status badges are coloured by.
    const projects = frame.querySelector(`.timeline-bar[data-row="${KM}/${KM}-c-projects-20"]`)
    expect(projects).toHaveClass(`status-${byId('projects-20').status!.status}`)
    expect(within(frame).getByText('今天(查看日期) 2025年6月30日')).toBeInTheDocument()
    expect(within(frame).getByText('来函 2023年6月19日')).toBeInTheDocument()
    expect(within(frame).queryByText(/^今天 /)).toBeNull()
  })

  it('caps the rows, most urgent first, and links to the rest', async () => {
    renderTimeline({ limit: 5, moreHref: '#/commitments?status=not-rated' })
    const table = tableRows()
    expect(table.size).toBe(5)
    // The overdue 2023 budget promise comes first.
    expect([...table.keys()][0]).toBe(byId('budget-2023').commitment.title)
    const link = screen.getByRole('link', {
      name: `还有 ${rated.length - 5} 项,在承诺清单中查看全部`,
    })
    expect(link).toHaveAttribute('href', '#/commitments?status=not-rated')
  })

  it('shows no link when everything fits', () => {
    renderTimeline({ limit: 100, moreHref: '#/commitments' })
    expect(screen.queryByRole('link', { name: /还有/ })).toBeNull()
  })

  it('says the same in English', () => {
    renderTimeline({}, 'en')
    const projects = tableRows().get(byId('projects-20').commitment.titleEn!)!
    expect(projects.slice(1)).toEqual([
      'Jun 19, 2023',
      'no deadline stated',
      `Feb 22, 2024 (like-for-like figure); Feb 20, 2025 (related, not the same metric. ${caveat('en')})`,
    ])
    expect(
      screen.getByText(
        new RegExp(`^${rows.length - rated.length} more items are results, estimates or declined`),
      ),
    ).toBeInTheDocument()
  })

  it('shows only evidence published by the view date', () => {
    render(
      <I18nProvider lang="zh-CN">
        <TimelineWidget rows={shippedRows('2024-06-30')} asOf="2024-06-30" today={AS_OF} />
      </I18nProvider>,
    )
    expect(tableRows().get('积极争取立项20个以上')![3]).toBe('2024年2月22日(同口径数据)')
  })
})
