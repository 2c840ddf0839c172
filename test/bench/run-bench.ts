/**
 * `npm run bench`: the scale benchmark. Options:
 *   --quick              one visit per row: 1× on the desktop sweep, the shipped data on each
 *                        profile (the CI smoke run)
 *   --profiles=desktop,slow-phone
 *                        which devices (default both). desktop: the sweep over --sizes (served
 *                        plain unless --sweep-serving=gzip) and the shipped data's first screen
 *                        served plain and gzip. slow-phone: Lighthouse's mobile profile (150 ms
 *                        round trip, 1.6 Mbit/s, CPU 4×, 412×823), the shipped data's first screen
 *                        served gzip. Every first-screen visit follows one to the static floor on
 *                        the same device, served the same way.
 *   --sizes=real,1x      which sizes the desktop sweep visits (real, 1x, 100x, 1000x; default all)
 *   --reps=5             visits per size (default 5 for real and 1×; 100× and 1000× default to 3
 *                        to keep the whole run near 12 minutes on a 2-core machine); also the
 *                        desktop first-screen visits per serving
 *   --reps-100x=3        visits at 100×
 *   --reps-1000x=3       visits at 1000×
 *   --reps-phone=3       slow-phone visits (each takes seconds on the throttled network)
 *   --sweep-serving=gzip serve the desktop sweep gzipped (default plain, comparable to earlier runs)
 *   --dist=folder        use this production build instead of building one
 *   --out=folder         where latest.json / latest.md go (default test/bench/results)
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { format, resolveConfig } from 'prettier'
import type { FirstScreenRun } from './first-screen-profiles'
import { isProfileName, PROFILE_NAMES, type ProfileName } from './profiles'
import { runBenchmark, type BenchOptions } from './run-benchmark'
import { toMarkdown } from './report'
import { isServing, type Serving } from './serving'
import { isSizeName, SIZE_NAMES, type SizeName } from './sizes'

const RESULTS = fileURLToPath(new URL('./results/', import.meta.url))

export function parseArgs(argv: readonly string[]): BenchOptions & { out: string } {
  const flag = (name: string) => argv.includes(`--${name}`)
  const value = (name: string) =>
    argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3)
  const list = <T extends string>(
    name: string,
    valid: (v: string) => v is T,
    all: readonly T[],
  ) => {
    const given = value(name)?.split(',')
    if (!given) return [...all]
    const unknown = given.filter((v) => !valid(v))
    if (unknown.length > 0) throw new Error(`--${name}: unknown ${unknown.join(', ')}`)
    return given as T[]
  }
  const quick = flag('quick')
  const profiles: ProfileName[] = list('profiles', isProfileName, PROFILE_NAMES)
  const desktop = profiles.includes('desktop')
  const sizes: SizeName[] = !desktop ? [] : quick ? ['1x'] : list('sizes', isSizeName, SIZE_NAMES)
  const reps = quick ? 1 : Number(value('reps') ?? 5)
  const reps100 = quick ? 1 : Number(value('reps-100x') ?? value('reps') ?? 3)
  const reps1000 = quick ? 1 : Number(value('reps-1000x') ?? value('reps') ?? 3)
  const repsPhone = quick ? 1 : Number(value('reps-phone') ?? value('reps') ?? 3)
  const sweepServing = value('sweep-serving') ?? 'plain'
  if (!isServing(sweepServing)) throw new Error(`--sweep-serving: unknown ${sweepServing}`)
  const run = (profile: ProfileName, serving: Serving, repetitions: number): FirstScreenRun => ({
    profile,
    serving,
    repetitions,
  })
  const firstScreens = [
    ...(desktop ? [run('desktop', 'plain', reps), run('desktop', 'gzip', reps)] : []),
    ...(profiles.includes('slow-phone') ? [run('slow-phone', 'gzip', repsPhone)] : []),
  ]
  const dist = value('dist')
  return {
    sizes,
    sweepServing,
    firstScreens,
    repetitions: { real: reps, '1x': reps, '100x': reps100, '1000x': reps1000 },
    ...(dist ? { dist: resolve(dist) } : {}),
    ...(quick ? { keystrokes: 10, toggles: 6, routeCycles: 1 } : {}),
    out: resolve(value('out') ?? RESULTS),
    command: ['npm run bench', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' '),
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
