import { build } from 'vite'
import { DIST } from './dist'

/** End-to-end tests run against the production build, as intranets host it. */
export default async function buildOnce(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === '1') return
  // Vitest sets NODE_ENV=test, and Vite keeps a NODE_ENV it finds: React's development build
  // (twice the size, with dev-only warnings) would be what the tests drive. Build as
  // `npm run build` does.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({
      logLevel: 'warn',
      mode: 'production',
      build: { outDir: DIST, emptyOutDir: true },
    })
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
  }
}
