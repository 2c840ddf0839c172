import { build } from 'vite'
import { DIST } from './dist'

/** End-to-end tests run against the production build, as intranets host it. */
export default async function buildOnce(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === '1') return
  await build({ logLevel: 'warn', mode: 'production', build: { outDir: DIST, emptyOutDir: true } })
}
