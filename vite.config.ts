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

export default defineConfig(({ mode }) => ({
  // A relative base lets dist/ be copied to any sub-path of an intranet server.
  base: './',
  plugins: [react(), mockServiceWorker(mode === 'mock')],
  define: {
    __MOCK_MODE__: JSON.stringify(mode === 'mock'),
  },
  build: {
    // Inlined data: URIs would need a looser img-src / font-src under a strict CSP.
    assetsInlineLimit: 0,
    sourcemap: false,
    rolldownOptions: {
      output: {
        advancedChunks: {
          // zod and its jitless switch (src/app/csp-safe-zod.ts) in one chunk that every chunk
          // defining schemas imports: the switch then runs before any schema is created, even
          // when lazy pages move the schemas into a shared chunk that loads before main.tsx's
          // own code. Otherwise zod probes `new Function` and the strict CSP reports it.
          groups: [{ name: 'zod', test: /node_modules[\\/]zod[\\/]|csp-safe-zod/, priority: 100 }],
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
