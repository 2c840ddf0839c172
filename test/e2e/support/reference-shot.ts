import { copyFileSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'

const screenshots = fileURLToPath(new URL('../screenshots/', import.meta.url))
const reference = fileURLToPath(new URL('../reference/', import.meta.url))

/**
 * A screenshot a person looks at: always written to the untracked screenshots/ folder, and copied
 * over the tracked reference image (the README's pictures) only under `npm run
 * screenshots:reference`, so `npm test` never rewrites a tracked file. `fullPage: false` keeps
 * just the first screen (what a reader sees before scrolling).
 */
export async function referenceShot(
  page: Page,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<void> {
  mkdirSync(screenshots, { recursive: true })
  const path = `${screenshots}${name}.png`
  await page.screenshot({ path, fullPage })
  if (process.env.UPDATE_REFERENCE === '1') copyFileSync(path, `${reference}${name}.png`)
}
