import { screen, waitFor } from '@testing-library/react'
import type { DataIssue } from '../../src/lib/data/data-error'
import { describeIssue } from '../../src/lib/i18n/describe-issue'
import { translate, type Translate } from '../../src/lib/i18n/translate'
import { buildCase, expectedPath, loadCorpus, type BadDataCase } from '../support/bad-data-corpus'
import { handlersFor } from '../support/load-all-data'
import { renderApp } from '../support/render-app'

/**
 * The bad-data corpus through the whole app (msw → fetch → validate → React): the reader sees the
 * localized line naming file, path and problem; every valid headline stays on screen; markup from
 * data never becomes elements; only http(s) links are links.
 *
 * Every case already goes through the real loaders in test/unit/bad-data-corpus.test.ts; here,
 * to keep CI fast, every hostile-text case (the DOM is what they attack), every scope that
 * renders differently (fatal, warning, repaired field) and the first cases of each other class.
 */
const PER_CLASS = 5
const corpus = loadCorpus().filter((c, _i, all) => {
  if (c.class === 'hostile-text' || ['fatal', 'warning', 'field'].includes(c.expect.scope))
    return true
  return all.filter((other) => other.class === c.class).indexOf(c) < PER_CLASS
})
const zh: Translate = (key, params) => translate('zh-CN', key, params)
const HEADLINES = ['gap-5334', 'projects-20', 'funds-300m', 'reserve-60'].map(
  (id) => `commitment:km-153005-c-${id}`,
)

declare global {
  interface Window {
    __pwned?: unknown
  }
}

/** The line the reader must see, built from the expectation (not from what the app found). */
function expectedLine(c: BadDataCase): string {
  const issue: DataIssue = {
    file: c.expect.file ?? c.replaces,
    path: expectedPath(c, buildCase(c)),
    code: c.expect.code!,
    severity: 'error',
    detail: '',
  }
  const line = describeIssue(issue, zh)
  // Only the file and path part is known without the app's parameters; the message is checked too.
  return issue.path ? line.slice(0, line.indexOf(':') + 1) : `${issue.file}:`
}

function routeFor(c: BadDataCase): string {
  const commitment = c.expect.visible?.find((id) => id.startsWith('commitment:'))
  if (c.expect.scope === 'accepted' && commitment && !c.replaces.endsWith('document.json')) {
    return `/commitments/${commitment.slice('commitment:'.length)}`
  }
  return '/'
}

describe.each(corpus.map((c) => [c.id, c] as const))('%s', (_id, c) => {
  it(c.title, async () => {
    window.__pwned = undefined
    const route = routeFor(c)
    renderApp({ route, handlers: handlersFor(c) })

    if (c.expect.scope === 'fatal') {
      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent(expectedLine(c))
      expect(alert).toHaveTextContent(c.expect.message!)
      expect(alert.querySelector('button')).toHaveTextContent('重试')
    } else if (c.expect.scope === 'accepted') {
      if (c.expect.text)
        expect(
          (await screen.findAllByText(c.expect.text, { exact: false })).length,
        ).toBeGreaterThan(0)
      else await screen.findByRole('main')
      await waitFor(() => expect(document.querySelector('.loading')).toBeNull())
      expect(document.querySelector('.data-problems')).toBeNull()
    } else {
      const problems = await screen.findByText(
        (_, element) =>
          element?.tagName === 'LI' &&
          (element.textContent ?? '').includes(expectedLine(c)) &&
          (element.textContent ?? '').includes(c.expect.message ?? ''),
      )
      expect(problems.closest('.data-problems')).not.toBeNull()
    }

    if (route === '/' && c.expect.scope !== 'fatal') {
      await waitFor(() => expect(document.querySelector('.loading')).toBeNull())
      for (const id of HEADLINES) {
        const selector = `[data-commitment-id="${id.slice('commitment:'.length)}"]`
        if (c.expect.visible?.includes(id))
          expect(document.querySelector(selector), id).not.toBeNull()
        if (c.expect.hidden?.includes(id)) expect(document.querySelector(selector), id).toBeNull()
      }
    }

    // Markup in data stays text: no element was made from it, no script ran.
    expect(
      document.querySelector('main script, main img, main svg[onload], main iframe'),
    ).toBeNull()
    expect(window.__pwned).toBeUndefined()
    for (const link of document.querySelectorAll('a[href]')) {
      expect(link.getAttribute('href')).toMatch(/^(#|https?:\/\/)/)
    }
  })
})
