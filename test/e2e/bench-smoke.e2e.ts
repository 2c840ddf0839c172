import { FIRST_SCREEN_METRICS, type FirstScreenMetricKey } from '../bench/first-screen-profiles'
import { METRICS, type MetricKey } from '../bench/metrics'
import { toMarkdown } from '../bench/report'
import { runBenchmark } from '../bench/run-benchmark'
import { parseArgs } from '../bench/run-bench'
import { DIST } from './support/dist'

/**
 * The scale benchmark still runs end to end: `npm run bench -- --quick` on the build the e2e setup
 * made (one cold visit at 1×, and one to the shipped data's first screen per device and serving).
 * Speed is measured by the benchmark, never asserted here: this only checks that every metric
 * comes out as a number, and that the gzip mode really sends compressed files.
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

    expect(report.firstScreens.map((r) => `${r.profile} ${r.serving}`)).toEqual([
      'desktop plain',
      'desktop gzip',
      'slow-phone gzip',
    ])
    for (const row of report.firstScreens) {
      expect(row.errors).toEqual([])
      expect(row.loaded).toBe(1)
      const unmeasured = (Object.keys(FIRST_SCREEN_METRICS) as FirstScreenMetricKey[]).filter(
        (key) => !Number.isFinite(row.metrics[key].median),
      )
      expect(unmeasured).toEqual([])
    }
    const [plain, gzip, phone] = report.firstScreens.map((r) => r.metrics)
    // Served plain, the JS crosses the wire as it is on disk (minified JS gzips to under a third);
    // served gzip, compressed.
    expect(plain!.jsTransferKB.median).toBeGreaterThan(2 * plain!.jsBlockingGzipKB.median)
    expect(gzip!.jsTransferKB.median).toBeLessThan(plain!.jsTransferKB.median / 2)
    expect(phone!.headlineMs.median).toBeGreaterThan(0)
    expect(report.goals.some((g) => g.goal.startsWith('Slow phone') && g.holds !== null)).toBe(true)
  }, 240_000)
})
