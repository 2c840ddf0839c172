import { METRICS, type MetricKey } from '../bench/metrics'
import { toMarkdown } from '../bench/report'
import { runBenchmark } from '../bench/run-benchmark'
import { parseArgs } from '../bench/run-bench'
import { DIST } from './support/dist'

/**
 * The scale benchmark still runs end to end: `npm run bench -- --quick` on the build the e2e setup
 * made (one cold visit at 1×). Speed is measured by the benchmark, never asserted here: this only
 * checks that every metric comes out as a number.
 */
describe('the scale benchmark, quick mode', () => {
  it('reports every metric at 1× as a finite number, with the static floor', async () => {
    const { out: _out, log: _log, ...options } = parseArgs(['--quick', `--dist=${DIST}`])
    const report = await runBenchmark(options)

    expect(report.sizes.map((s) => s.size)).toEqual(['1x'])
    const [one] = report.sizes
    expect(one!.errors).toEqual([])
    expect(one!.loaded).toBe(1)
    expect(one!.counts).toMatchObject({ documents: 1, commitments: 55, updates: 100 })
    const missing = (Object.keys(METRICS) as MetricKey[]).filter(
      (key) =>
        !Number.isFinite(one!.metrics[key].median) || !Number.isFinite(one!.metrics[key].p95),
    )
    expect(missing).toEqual([])
    expect(Number.isFinite(report.floor.headlineMs.median)).toBe(true)
    expect(report.machine.cores).toBeGreaterThan(0)
    expect(report.machine.chromium).not.toBe('')
    expect(toMarkdown(report)).toContain('| Headline figures on screen | ms |')
  }, 240_000)
})
