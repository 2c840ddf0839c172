import type { Page } from 'playwright-core'

/** Fills the desk's progress-update form (#/desk/evidence) by its labels and adds it to the draft. */
export async function addUpdate(page: Page, fields: Record<string, string>): Promise<void> {
  const form = page.getByRole('form', { name: '添加进展记录' })
  for (const [label, value] of Object.entries(fields)) {
    const control = form.getByLabel(label, { exact: true })
    if ((await control.evaluate((el) => el.tagName)) === 'SELECT') await control.selectOption(value)
    else await control.fill(value)
  }
  await form.getByRole('button', { name: '加入草稿' }).click()
}

/**
 * Fills the review's change-log form (#/desk/review) as an official does before publishing: who
 * records the publish, and the same illustrative reason for every verdict change it asks about.
 * Returns how many reasons were asked for.
 */
export async function recordPublish(
  page: Page,
  name: string,
  reason = '示例理由:依据所录进展(示例数据)',
): Promise<number> {
  const form = page.getByRole('group', { name: '修改记录' })
  await form.getByRole('textbox', { name: '记录人' }).fill(name)
  const reasons = form.locator('.desk-change-log-reasons textarea')
  const count = await reasons.count()
  for (let i = 0; i < count; i++) await reasons.nth(i).fill(reason)
  return count
}
