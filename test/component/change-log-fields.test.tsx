import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import type { Language } from '../../src/domain/language'
import { ChangeLogFields } from '../../src/features/desk/review/change-log-fields'
import {
  changeLogMeta,
  changeLogReady,
  EMPTY_CHANGE_LOG,
  type ChangeLogValue,
  type VerdictChangeLine,
} from '../../src/features/desk/review/change-log-values'
import { I18nProvider } from '../../src/lib/i18n/i18n-context'
import { translate } from '../../src/lib/i18n/translate'

const CHANGES: VerdictChangeLine[] = [
  { id: 'km-153005-c-projects-20', title: '积极争取立项20个以上', from: null, to: 'partly-kept' },
  { id: 'km-153005-c-key-labs-9', title: '建设重点实验室', from: 'in-progress', to: 'kept' },
]

/** The fields as the review holds them: the value in state, every change seen by the test. */
function renderFields({
  verdictChanges = CHANGES,
  lang = 'zh-CN',
  showErrors = false,
}: { verdictChanges?: VerdictChangeLine[]; lang?: Language; showErrors?: boolean } = {}) {
  const seen: ChangeLogValue[] = []
  function Host() {
    const [value, setValue] = useState(EMPTY_CHANGE_LOG)
    return (
      <ChangeLogFields
        value={value}
        onChange={(next) => {
          seen.push(next)
          setValue(next)
        }}
        verdictChanges={verdictChanges}
        showErrors={showErrors}
      />
    )
  }
  render(
    <I18nProvider lang={lang}>
      <Host />
    </I18nProvider>,
  )
  return { seen, last: () => seen.at(-1)! }
}

describe('the change-log fields', () => {
  it('asks for the recorder, a summary and one reason per verdict change', () => {
    renderFields()
    const group = screen.getByRole('group', { name: '修改记录' })
    expect(within(group).getByRole('textbox', { name: '记录人' })).toBeRequired()
    expect(within(group).getByRole('textbox', { name: '说明(选填)' })).not.toBeRequired()
    expect(
      within(group).getByRole('textbox', { name: '“积极争取立项20个以上”核定为部分兑现的理由' }),
    ).toBeRequired()
    expect(
      within(group).getByRole('textbox', {
        name: '“建设重点实验室”的评定由推进中改为已兑现的理由',
      }),
    ).toBeRequired()
    expect(group).toHaveTextContent('这次发布改变了 2 项承诺的评定')
    // Nothing is wrong before the official has been anywhere.
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('asks for no reason when no verdict changes', () => {
    renderFields({ verdictChanges: [] })
    expect(screen.getAllByRole('textbox')).toHaveLength(2)
    expect(screen.queryByText(/改变了 \d+ 项承诺的评定/)).toBeNull()
  })

  it('says in plain words what is missing once a field is left, and clears it when filled', async () => {
    const user = userEvent.setup()
    const { last } = renderFields()
    const name = screen.getByRole('textbox', { name: '记录人' })
    await user.click(name)
    await user.tab()
    expect(name).toHaveAccessibleDescription(/请填写记录人:修改记录要写明是谁记录的。/)
    expect(name).toHaveAttribute('aria-invalid', 'true')
    await user.type(name, '张三')
    expect(name).not.toHaveAttribute('aria-invalid')
    expect(last().recordedBy).toBe('张三')

    const reason = screen.getByRole('textbox', { name: /“积极争取立项20个以上”核定为/ })
    await user.click(reason)
    await user.tab()
    expect(screen.getByRole('alert')).toHaveTextContent(
      '请写明“积极争取立项20个以上”的评定为何变化:评定有变化时必须写明理由。',
    )
    await user.type(reason, '完成 15 项')
    expect(last().reasons).toEqual({ 'km-153005-c-projects-20': '完成 15 项' })
    expect(reason).not.toHaveAttribute('aria-invalid')
    // The second reason was left on the way (tab, then a click back): it says so, alone.
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual([
      '请写明“建设重点实验室”的评定为何变化:评定有变化时必须写明理由。',
    ])
  })

  it('shows every problem at once when the official tries to publish', () => {
    renderFields({ showErrors: true })
    const alerts = screen.getAllByRole('alert').map((a) => a.textContent)
    expect(alerts).toEqual([
      '请填写记录人:修改记录要写明是谁记录的。',
      '请写明“积极争取立项20个以上”的评定为何变化:评定有变化时必须写明理由。',
      '请写明“建设重点实验室”的评定为何变化:评定有变化时必须写明理由。',
    ])
    // Plain words, never the schema's.
    for (const alert of alerts) expect(alert).not.toMatch(/schema|string|expected|too_small/i)
  })

  it('names an invisible character and a name that is too long, as every desk field does', async () => {
    const user = userEvent.setup()
    renderFields({ showErrors: true, verdictChanges: [] })
    const name = screen.getByRole('textbox', { name: '记录人' })
    await user.type(name, '张\u202e三')
    expect(screen.getByRole('alert')).toHaveTextContent(/U\+202E/)
    await user.clear(name)
    await user.click(name)
    await user.paste('长'.repeat(501))
    expect(screen.getByRole('alert')).toHaveTextContent('太长了:最多 500 个字')
  })

  it('reads in English', () => {
    renderFields({ lang: 'en', showErrors: true })
    expect(screen.getByRole('textbox', { name: 'Recorded by' })).toBeRequired()
    expect(
      screen.getByRole('textbox', {
        name: 'Why the rating of “建设重点实验室” changes from In progress to Kept',
      }),
    ).toBeInTheDocument()
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent(
      'Enter who recorded these changes: the record of changes names the person.',
    )
  })
})

describe('whether the change log can be written', () => {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate('zh-CN', key, params)

  it('needs a name and every reason; the summary is optional', () => {
    const full: ChangeLogValue = {
      recordedBy: ' 张三 ',
      summary: '',
      reasons: { 'km-153005-c-projects-20': '甲', 'km-153005-c-key-labs-9': ' 乙 ' },
    }
    expect(changeLogReady(full, CHANGES, t)).toBe(true)
    expect(changeLogReady({ ...full, recordedBy: '  ' }, CHANGES, t)).toBe(false)
    expect(
      changeLogReady(
        { ...full, reasons: { ...full.reasons, 'km-153005-c-key-labs-9': '' } },
        CHANGES,
        t,
      ),
    ).toBe(false)
    expect(changeLogReady({ ...full, reasons: {} }, [], t)).toBe(true)
    expect(changeLogMeta(full, '2025-03-02')).toEqual({
      date: '2025-03-02',
      recordedBy: '张三',
      reasons: { 'km-153005-c-projects-20': '甲', 'km-153005-c-key-labs-9': '乙' },
    })
    expect(changeLogMeta({ ...full, summary: ' 说明 ' }, '2025-03-02').summary).toBe('说明')
  })
})
