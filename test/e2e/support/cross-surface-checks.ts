import { STATUSES } from '../../../src/domain/status'
import {
  compareCsvExport,
  compareJsonExport,
  compareSurface,
  type Disagreement,
} from './cross-surface-compare'
import type { Pass, Read, Surface } from './cross-surface-run'
import type { ExpectedDay } from './expected-assessments'
import type { SurfaceReading } from './surface-reader'

/*
 * What the cross-surface test requires of one pass (a data set on one day), as lists of
 * disagreements: empty when every surface tells the assessment as it is.
 */

export function readsOf(pass: Pass, surface: Surface): Read[] {
  return pass.reads.filter((r) => r.surface === surface)
}

/** A surface held to the assessment, each commitment it must show with every field. */
export function surfaceDisagreements(pass: Pass, surface: Surface): Disagreement[] {
  const { day } = pass
  return readsOf(pass, surface).flatMap((read) => {
    const required =
      surface === 'overview'
        ? day.commitments.filter((c) => c.headline)
        : surface === 'detail' || surface === 'embed'
          ? day.commitments.filter((c) => c.id === read.id)
          : surface === 'list' || surface === 'report'
            ? day.commitments
            : // Status lists are checked by count; the letter only marks the quotes it finds.
              []
    // A status or progress outside any `[data-commitment-id]` says something of no one in
    // particular: the contract puts each inside its commitment's element.
    const orphans = read.reading.orphans
      .filter((o) => o.field !== 'evidence-label')
      .map((o): Disagreement => ({
        surface,
        asOf: day.asOf,
        id: '(none)',
        field: o.field === 'status' ? 'status' : 'progress',
        shown: `${JSON.stringify(o.text)} outside any [data-commitment-id] (${o.where} on ${read.target})`,
        expected: 'inside its commitment',
      }))
    return [...compareSurface(surface, read.reading, day, required), ...orphans]
  })
}

/** Each count on the overview's status totals is the assessment's, and opens a list of exactly those. */
export function countDisagreements(pass: Pass): Disagreement[] {
  const { day } = pass
  const out: Disagreement[] = []
  const add = (id: string, shown: string, expected: string) =>
    out.push({
      surface: 'overview status totals',
      asOf: day.asOf,
      id,
      field: 'count',
      shown,
      expected,
    })
  const overview = readsOf(pass, 'overview')[0]
  if (!overview)
    return [
      {
        surface: 'overview status totals',
        asOf: day.asOf,
        id: '-',
        field: 'count',
        shown: 'overview not read',
        expected: 'read',
      },
    ]
  const links = overview.reading.statusLinks
  out.push(...totalsDisagreements('overview status totals', links, day))
  for (const link of links) {
    if (!link.status || !(STATUSES as readonly string[]).includes(link.status)) {
      add(link.status ?? '-', `link ${link.href} (${link.text})`, 'a link to one status')
      continue
    }
    const read = readsOf(pass, 'status-list').find((r) => r.target === link.href)
    if (!read) {
      add(link.status, 'list not read', `a list of ${link.count}`)
      continue
    }
    const listed = new Set(
      read.reading.occurrences.filter((o) => o.status.length > 0).map((o) => o.id),
    )
    if (read.reading.count?.shown !== link.count) {
      add(
        link.status,
        `list says ${read.reading.count ? `${read.reading.count.shown} / ${read.reading.count.total}` : '(no count)'}`,
        `${link.count} as the link said`,
      )
    }
    if (listed.size !== link.count)
      add(link.status, `list shows ${listed.size} rows`, `${link.count} as the link said`)
    const want = day.commitments.filter((c) => c.status.code === link.status).map((c) => c.id)
    const missing = want.filter((id) => !listed.has(id))
    const extra = [...listed].filter((id) => !want.includes(id))
    if (missing.length > 0)
      add(link.status, `list lacks ${missing.join(', ')}`, 'every commitment of that status')
    if (extra.length > 0)
      add(link.status, `list has ${extra.join(', ')}`, `only commitments ${link.status}`)
    out.push(...compareSurface('status-list', read.reading, day, []))
  }
  return out
}

/** The totals' links say the assessment's count for each status (none for reported results). */
function totalsDisagreements(
  surface: string,
  links: SurfaceReading['statusLinks'],
  day: ExpectedDay,
): Disagreement[] {
  const out: Disagreement[] = []
  const add = (id: string, shown: string, expected: string) =>
    out.push({ surface, asOf: day.asOf, id, field: 'count', shown, expected })
  for (const status of STATUSES) {
    const expected = day.totals[status]
    const link = links.find((l) => l.status === status)
    if (expected > 0 && !link) add(status, 'no link', `a link saying ${expected}`)
    if (link && link.count !== expected)
      add(status, `link says ${link.count ?? '(no number)'}`, String(expected))
  }
  return out
}

/** The `status` embed counts what the overview counts. */
export function statusEmbedDisagreements(pass: Pass): Disagreement[] {
  const read = readsOf(pass, 'widget-embed').find((r) => r.target.includes('embed=status&'))
  if (!read) return [missingExport(pass, 'status embed')]
  return totalsDisagreements('status embed', read.reading.statusLinks, pass.day)
}

/**
 * The targets chart (on the overview and as the `targets` embed) draws one bar per reading, and
 * no percent where the data allows two readings: never one reading presented as fact.
 */
export function targetChartDisagreements(pass: Pass): Disagreement[] {
  const { day } = pass
  const out: Disagreement[] = []
  const charts = [
    ...readsOf(pass, 'overview'),
    ...readsOf(pass, 'widget-embed').filter((r) => r.target.includes('embed=targets&')),
  ]
  const embed = charts.find((r) => r.surface === 'widget-embed')
  if (!embed) return [missingExport(pass, 'targets embed')]
  for (const c of day.commitments.filter((c) => c.headline && c.kind === 'target')) {
    if (!embed.reading.targetRows.some((row) => row.id === c.id)) {
      out.push({
        surface: 'targets embed',
        asOf: day.asOf,
        id: c.id,
        field: 'shown',
        shown: 'no [data-target-id] row',
        expected: 'a row',
      })
    }
  }
  for (const read of charts) {
    const surface = read.surface === 'overview' ? 'overview targets chart' : 'targets embed'
    for (const row of read.reading.targetRows) {
      const e = day.byId.get(row.id)
      if (!e) {
        out.push({
          surface,
          asOf: day.asOf,
          id: row.id,
          field: 'shown',
          shown: 'a row',
          expected: `not known on ${day.asOf}`,
        })
        continue
      }
      if (row.readings !== e.readings) {
        out.push({
          surface,
          asOf: day.asOf,
          id: row.id,
          field: 'progress',
          shown: `${row.readings ?? '(no data-readings)'} bars: ${JSON.stringify(row.text)}`,
          expected: `${e.readings} readings`,
        })
      }
      if (e.readings > 1 && /\d\s*%/.test(row.text)) {
        out.push({
          surface,
          asOf: day.asOf,
          id: row.id,
          field: 'progress',
          shown: `a percent: ${JSON.stringify(row.text)}`,
          expected: 'no percent with two readings',
        })
      }
    }
  }
  return out
}

/** Related-metric or context evidence without a caveat next to it, on any page read. */
export function caveatDisagreements(pass: Pass): Disagreement[] {
  return pass.reads.flatMap((read) =>
    read.reading.bareEvidence.map((bare): Disagreement => ({
      surface: read.surface,
      asOf: pass.day.asOf,
      id: bare.id ?? '(no commitment)',
      field: 'caveat',
      shown: `${JSON.stringify(bare.text)} with no [data-field=caveat] next to it (${bare.where} on ${read.target})`,
      expected: 'a caveat next to it',
    })),
  )
}

export function exportDisagreements(pass: Pass, kind: 'json' | 'csv'): Disagreement[] {
  if (kind === 'json') {
    if (pass.json === undefined || pass.json === null) return [missingExport(pass, 'json-export')]
    return compareJsonExport(pass.json, pass.day)
  }
  if (pass.csv === null) return [missingExport(pass, 'csv-export')]
  return compareCsvExport(pass.csv, pass.day)
}

/** A download or widget that could not be had at all. */
function missingExport(pass: Pass, surface: string): Disagreement {
  return {
    surface,
    asOf: pass.day.asOf,
    id: '-',
    field: 'shown',
    shown: 'not downloaded',
    expected: 'a file',
  }
}

export function allDisagreements(pass: Pass): Disagreement[] {
  return [
    ...(['overview', 'list', 'report', 'detail', 'embed', 'letter'] as const).flatMap((s) =>
      surfaceDisagreements(pass, s),
    ),
    ...countDisagreements(pass),
    ...statusEmbedDisagreements(pass),
    ...targetChartDisagreements(pass),
    ...caveatDisagreements(pass),
    ...exportDisagreements(pass, 'json'),
    ...exportDisagreements(pass, 'csv'),
  ]
}
