/**
 * `npm run bench`: the scale benchmark. Options:
 *   --quick            one visit at 1× only (the CI smoke run)
 *   --sizes=real,1x    which sizes (real, 1x, 100x, 1000x; default all)
 *   --reps=5           visits per size (default 5 for real and 1×; 100× and 1000× default to 3
 *                      to keep the whole run near 10 minutes on a 2-core machine)
 *   --reps-100x=3      visits at 100×
 *   --reps-1000x=3     visits at 1000×
 *   --dist=folder      use this production build instead of building one
 *   --out=folder       where latest.json / latest.md go (default test/bench/results)
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import { runBenchmark, type BenchOptions } from './run-benchmark'
import { toMarkdown } from './report'
import { isSizeName, SIZE_NAMES, type SizeName } from './sizes'

const RESULTS = fileURLToPath(new URL('./results/', import.meta.url))

export function parseArgs(argv: readonly string[]): BenchOptions & { out: string } {
  const flag = (name: string) => argv.includes(`--${name}`)
  const value = (name: string) =>
    argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
  const quick = flag('quick')
  const sizes = quick
    ? (['1x'] as SizeName[])
    : (value('sizes')?.split(',').filter(isSizeName) ?? [...SIZE_NAMES])
  const reps = quick ? 1 : Number(value('reps') ?? 5)
  const reps100 = quick ? 1 : Number(value('reps-100x') ?? value('reps') ?? 3)
  const reps1000 = quick ? 1 : Number(value('reps-1000x') ?? value('reps') ?? 3)
  const dist = value('dist')
  return {
    sizes,
    repetitions: { real: reps, '1x': reps, '100x': reps100, '1000x': reps1000 },
    ...(dist ? { dist: resolve(dist) } : {}),
    ...(quick ? { keystrokes: 10, toggles: 6, routeCycles: 1 } : {}),
    out: resolve(value('out') ?? RESULTS),
    log: (message) => console.error(`[bench] ${message}`),
  }
}

/** Results are committed, so they are written already formatted (`prettier --check` passes). */
async function writeFormatted(file: string, text: string, parser: 'json' | 'markdown') {
  const config = (await resolveConfig(file)) ?? {}
  writeFileSync(file, await format(text, { ...config, parser }))
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  const report = await runBenchmark(options)
  const markdown = toMarkdown(report)
  mkdirSync(options.out, { recursive: true })
  await writeFormatted(join(options.out, 'latest.json'), JSON.stringify(report), 'json')
  await writeFormatted(join(options.out, 'latest.md'), markdown, 'markdown')
  console.log(markdown)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
