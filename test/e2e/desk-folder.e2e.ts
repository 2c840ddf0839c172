import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { addUpdate, recordPublish } from './support/desk-steps'
import { DIST } from './support/dist'
import { launchBrowser, watchForErrors } from './support/browser'
import { startStaticServer, type StaticServer } from './support/static-server'

/*
 * Publishing straight to a folder, in real Chromium. The folder picker is replaced by one that
 * returns a "data" folder in the Origin Private File System, filled with the shipped data files
 * the desk reads from the server: the desk's own reads, comparisons and writes then run through
 * the real File System Access API. The update recorded is invented (illustrative, never shipped).
 */

const BASE = '/apps/commitments/'
const GAP = 'km-153005-c-gap-5334'
const UPDATES = 'km-153005/updates.json'
const DATA = join(DIST, 'data')

let browser: Browser
let server: StaticServer

beforeAll(async () => {
  browser = await launchBrowser()
  server = await startStaticServer({ root: DIST, basePath: BASE })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Every shipped data file, by its path under data/. */
function shippedFiles(folder = DATA): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of readdirSync(folder)) {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) Object.assign(files, shippedFiles(path))
    else files[relative(DATA, path)] = readFileSync(path, 'utf8')
  }
  return files
}

/** Runs in the page: the OPFS "data" folder, written and read by path. */
const OPFS_HELPERS = `
  window.__dataFolder = async () =>
    (await navigator.storage.getDirectory()).getDirectoryHandle('data', { create: true })
  window.__walk = async (path, create) => {
    const parts = path.split('/').filter(Boolean)
    const name = parts.pop()
    let folder = await window.__dataFolder()
    for (const part of parts) folder = await folder.getDirectoryHandle(part, { create })
    return { folder, name }
  }
  window.__writeFile = async (path, text) => {
    const { folder, name } = await window.__walk(path, true)
    const writable = await (await folder.getFileHandle(name, { create: true })).createWritable()
    await writable.write(text)
    await writable.close()
  }
  window.__readFile = async (path) => {
    const { folder, name } = await window.__walk(path, false)
    return (await (await folder.getFileHandle(name)).getFile()).text()
  }
  window.__list = async (path) => {
    const { folder } = await window.__walk(path + '/x', false)
    const names = []
    for await (const name of folder.keys()) names.push(name)
    return names.sort()
  }
`

type Helpers = {
  __writeFile(path: string, text: string): Promise<void>
  __readFile(path: string): Promise<string>
  __list(path: string): Promise<string[]>
}
const writeFile = (page: Page, path: string, text: string) =>
  page.evaluate(([p, t]) => (window as unknown as Helpers).__writeFile(p!, t!), [
    path,
    text,
  ] as const)
const readFile = (page: Page, path: string) =>
  page.evaluate((p) => (window as unknown as Helpers).__readFile(p), path)

describe('publishing from the desk straight to the data folder', () => {
  it('refuses while a file changed since, then writes the update with a backup', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    await context.addInitScript(`${OPFS_HELPERS}
      window.showDirectoryPicker = async () => window.__dataFolder()`)
    const page = await context.newPage()
    const errors = watchForErrors(page)
    await page.goto(`${server.url}#/desk`)
    const shipped = shippedFiles()
    for (const [path, text] of Object.entries(shipped)) await writeFile(page, path, text)

    await page.goto(`${server.url}#/desk/evidence?c=${GAP}`)
    await addUpdate(page, {
      进展截至日期: '2023-09-30',
      '达到的数值(元)': '5334万元',
      发生了什么: '第二批一体化项目缺口资金已足额拨付(示例数据)。',
      来源标题: '示例:资金拨付通知',
      来源发布日期: '2023-10-08',
    })
    await page.getByText('进展记录 km-153005-u-2023-09-30 已加入草稿。').waitFor()

    await page.goto(`${server.url}#/desk/review`)
    await recordPublish(page, '示例记录人')
    await page.getByText(/检查通过/).waitFor()
    await page.getByRole('button', { name: '下载全部要发布的文件(zip)' }).waitFor()

    // A colleague published in the meantime: nothing is written, and the file is named.
    const colleague = shipped[UPDATES]!.replace('\n}', ',\n  "note": "colleague"\n}')
    expect(colleague).not.toBe(shipped[UPDATES])
    await writeFile(page, UPDATES, colleague)
    await page.getByRole('button', { name: '发布到文件夹', exact: true }).click()
    await page.getByText(`data/${UPDATES} 已被修改`).waitFor()
    await page.getByText(/请重新加载数据台/).waitFor()
    expect(await readFile(page, UPDATES)).toBe(colleague)
    expect(await page.evaluate(() => (window as unknown as Helpers).__list('km-153005'))).toEqual([
      'commitments.json',
      'document.json',
      'funding.json',
      'source.txt',
      'updates.json',
    ])

    // Back as the draft was based on: the remembered folder is written to, with a backup.
    await writeFile(page, UPDATES, shipped[UPDATES]!)
    await page.getByRole('button', { name: '发布到文件夹“data”' }).click()
    // The update, the letter's new change log, and the index now listing that log.
    await page.getByText('已发布:写入了 3 个文件。').waitFor()
    await page.locator('.desk-folder').getByText(`data/${UPDATES}`, { exact: true }).waitFor()

    const updates = JSON.parse(await readFile(page, UPDATES)) as { updates: Array<{ id: string }> }
    expect(updates.updates.map((u) => u.id)).toContain('km-153005-u-2023-09-30')
    const names = await page.evaluate(() => (window as unknown as Helpers).__list('km-153005'))
    const backups = names.filter((name) => name.startsWith('updates.bak-'))
    expect(backups).toHaveLength(1)
    expect(backups[0]).toMatch(/^updates\.bak-\d{8}T\d{6}\.json$/)
    expect(await readFile(page, `km-153005/${backups[0]}`)).toBe(shipped[UPDATES])
    await page
      .locator('.desk-folder')
      .getByText(`data/km-153005/${backups[0]}`, { exact: true })
      .waitFor()
    // The change log is new (nothing to back up); the index gained its path and was backed up.
    const log = JSON.parse(await readFile(page, 'km-153005/changes.json')) as {
      entries: Array<{ recordedBy: string }>
    }
    expect(log.entries.map((entry) => entry.recordedBy)).toEqual(['示例记录人'])
    expect(names.filter((name) => name.startsWith('changes.'))).toEqual(['changes.json'])
    const index = JSON.parse(await readFile(page, 'index.json')) as {
      datasets: Array<{ id: string; changes?: string }>
    }
    expect(index.datasets.find((d) => d.id === 'km-153005')?.changes).toBe('km-153005/changes.json')
    const indexBackups = (
      await page.evaluate(() => (window as unknown as Helpers).__list(''))
    ).filter((name) => name.startsWith('index.bak-'))
    expect(indexBackups).toHaveLength(1)
    expect(await readFile(page, indexBackups[0]!)).toBe(shipped['index.json'])
    expect(errors).toEqual([])
    await context.close()
  })

  it('offers only the zip where the browser cannot write to a folder', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    await context.addInitScript(`
      delete Window.prototype.showDirectoryPicker
      delete window.showDirectoryPicker`)
    const page = await context.newPage()
    const errors = watchForErrors(page)
    await page.goto(`${server.url}#/desk/review`)
    await page.getByRole('button', { name: '下载全部要发布的文件(zip)' }).waitFor()
    expect(await page.evaluate(() => 'showDirectoryPicker' in window)).toBe(false)
    expect(await page.getByRole('button', { name: /发布到文件夹/ }).count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })
})
