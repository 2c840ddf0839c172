import { build } from 'vite'

/** The production build, as an intranet would host it, into a folder of the bench's own. */
export async function buildApp(outDir: string): Promise<void> {
  await build({
    logLevel: 'warn',
    mode: 'production',
    build: { outDir, emptyOutDir: true },
  })
}
