/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

const workerFile = fileURLToPath(new URL('./mocks/mockServiceWorker.js', import.meta.url))

/**
 * The msw service worker lives in mocks/, not public/, so a normal build never ships it.
 * Only in mock mode (`npm run dev:mock`, `vite build --mode mock`) is it served / emitted.
 */
function mockServiceWorker(enabled: boolean): Plugin {
  return {
    name: 'commitment-tracker:mock-service-worker',
    configureServer(server) {
      if (!enabled) return
      server.middlewares.use((req, res, next) => {
        if (!req.url?.endsWith('/mockServiceWorker.js')) return next()
        res.setHeader('Content-Type', 'text/javascript')
        res.end(readFileSync(workerFile))
      })
    },
    generateBundle() {
      if (!enabled) return
      this.emitFile({
        type: 'asset',
        fileName: 'mockServiceWorker.js',
        source: readFileSync(workerFile),
      })
    },
  }
}

const EARLY_ENTRY = 'early-requests'
/** The public catalogues, each its own chunk (src/lib/i18n/catalog-registry.ts). */
const CATALOG_SOURCES = [
  ['zh-CN', fileURLToPath(new URL('./src/lib/i18n/zh-cn-public.ts', import.meta.url))],
  ['en', fileURLToPath(new URL('./src/lib/i18n/en-public.ts', import.meta.url))],
] as const
const APP_ENTRY = fileURLToPath(new URL('./src/main.tsx', import.meta.url))

type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null }

/**
 * A chunk group's name: "first-screen" for a module reached from src/main.tsx by static imports
 * alone (what the first screen cannot start without), none for the rest. The set is worked out
 * once, on the first question.
 */
function firstScreenChunk() {
  let reached: Set<string> | undefined
  return (id: string, graph: ModuleGraph): string | null => {
    if (!reached) {
      reached = new Set()
      const queue = [APP_ENTRY]
      for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
        if (reached.has(next)) continue
        reached.add(next)
        queue.push(...(graph.getModuleInfo(next)?.importedIds ?? []))
      }
    }
    return reached.has(id) ? 'first-screen' : null
  }
}

/**
 * index.html's first script: src/app/early-requests/start.ts, an entry of its own (a few hundred
 * bytes, no imports) put before the app's script with `async`, so it runs as soon as it arrives
 * and config.json and the data index download while the app's code still does. Not in mock
 * mode, where msw answers the data only once its worker has started.
 */
function earlyRequests(enabled: boolean): Plugin {
  return {
    name: 'commitment-tracker:early-requests',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!enabled || !bundle) return html
        const chunk = Object.values(bundle).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === EARLY_ENTRY,
        )
        if (!chunk) throw new Error(`the ${EARLY_ENTRY} entry is missing from the build`)
        // The catalogue files, for the early script to preload the reader's language.
        const catalogs: Record<string, string> = {}
        for (const [lang, source] of CATALOG_SOURCES) {
          const catalog = Object.values(bundle).find(
            (output) => output.type === 'chunk' && output.facadeModuleId === source,
          )
          if (!catalog) throw new Error(`no chunk for the ${lang} catalogue`)
          catalogs[lang] = `./${catalog.fileName}`
        }
        // The data reader's worker, for the early script to start while the app downloads.
        const reader = Object.values(bundle).find((output) =>
          /(^|\/)reader-worker-[\w-]+\.js$/.test(output.fileName),
        )
        if (!reader) throw new Error('the data reader worker is missing from the build')
        // Right after the charset, so the browser finds it before anything else.
        const charset = '<meta charset="UTF-8" />'
        if (!html.includes(charset)) throw new Error(`index.html lost its ${charset}`)
        const script =
          `<meta name="commitment-tracker:catalogs" content='${JSON.stringify(catalogs)}' />\n    ` +
          `<meta name="commitment-tracker:reader" content="./${reader.fileName}" />\n    ` +
          `<script type="module" async crossorigin src="./${chunk.fileName}"></script>`
        return html.replace(charset, `${charset}\n    ${script}`)
      },
    },
  }
}

export default defineConfig(({ mode }) => ({
  // A relative base lets dist/ be copied to any sub-path of an intranet server.
  base: './',
  plugins: [react(), mockServiceWorker(mode === 'mock'), earlyRequests(mode !== 'mock')],
  define: {
    __MOCK_MODE__: JSON.stringify(mode === 'mock'),
  },
  // The data reader's worker (src/lib/data/reader-worker.ts) as a module, like the app.
  worker: { format: 'es' },
  build: {
    // Inlined data: URIs would need a looser img-src / font-src under a strict CSP.
    assetsInlineLimit: 0,
    sourcemap: false,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./index.html', import.meta.url)),
        ...(mode === 'mock'
          ? {}
          : {
              [EARLY_ENTRY]: fileURLToPath(
                new URL('./src/app/early-requests/start.ts', import.meta.url),
              ),
            }),
      },
      output: {
        codeSplitting: {
          groups: [
            // zod and its jitless switch (src/domain/schema/zod.ts) in one chunk that every chunk
            // defining schemas imports: the switch then runs before any schema is created, even
            // when lazy pages move the schemas into a shared chunk that loads before main.tsx's
            // own code. Otherwise zod probes `new Function` and the strict CSP reports it.
            {
              name: 'zod',
              test: /node_modules[\\/]zod[\\/]|domain[\\/]schema[\\/]zod\.ts/,
              priority: 100,
            },
            // Everything main.tsx imports statically, in one chunk. Left to itself the bundler
            // cut it into twenty files shared with the lazy pages; on HTTP/1.1 their requests
            // queued for six connections, and config.json and the data queued behind them.
            { name: firstScreenChunk(), priority: 50 },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**'],
          setupFiles: ['test/setup/vitest-setup.ts'],
          // Component tests render whole pages; on two busy cores (CI right after a session, a
          // second suite beside this one) one can take well over vitest's default 5 s. Patience
          // only: every assertion stays as strict.
          testTimeout: 30_000,
          globals: true,
          env: { TZ: 'Asia/Shanghai' },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globals: true,
        },
      },
    ],
  },
}))
