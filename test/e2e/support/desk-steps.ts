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
