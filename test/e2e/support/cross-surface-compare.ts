import { STATUSES } from '../../../src/domain/status'
import { translate } from '../../../src/lib/i18n/translate'
import type { ExpectedCommitment, ExpectedDay } from './expected-assessments'
import type { Occurrence, SurfaceReading } from './surface-reader'

/** One thing a surface says about a commitment that is not what the assessment says. */
export interface Disagreement {
  surface: string
  asOf: string
  id: string
  field: 'shown' | 'status' | 'progress' | 'evidence-label' | 'caveat' | 'badge' | 'count'
  shown: string
  expected: string
}

/** 已兑现 … 待评估: words a reported result must never be given. */
const STATUS_LABELS = new Set(STATUSES.map((s) => translate('zh-CN', `status.${s}`)))

const quoted = (value: string | null | undefined) =>
  value === null || value === undefined ? '(none)' : JSON.stringify(value)

/**
 * Holds a surface to the assessment. `required`: the commitments the surface must show with
 * every field of the contract (status; progress for targets and forecasts; the evidence label).
 * Any other occurrence on the page is compared too: whatever a surface says must be true.
 */
export function compareSurface(
  surface: string,
  reading: SurfaceReading,
  day: ExpectedDay,
  required: readonly ExpectedCommitment[],
): Disagreement[] {
  const out: Disagreement[] = []
  const add = (d: Omit<Disagreement, 'surface' | 'asOf'>) =>
    out.push({ surface, asOf: day.asOf, ...d })
  const shownIds = new Set(reading.ids)
  for (const expected of required) {
    const mine = reading.occurrences.filter((o) => o.id === expected.id)
    if (!shownIds.has(expected.id)) {
      add({ id: expected.id, field: 'shown', shown: 'no [data-commitment-id]', expected: 'shown' })
      continue
    }
    if (!mine.some((o) => o.status.length > 0)) {
      add({
        id: expected.id,
        field: 'status',
        shown: 'no [data-field=status]',
        expected: label(expected),
      })
    }
    if (expected.progress !== null && !mine.some((o) => o.progress.length > 0)) {
      add({
        id: expected.id,
        field: 'progress',
        shown: 'no [data-field=progress]',
        expected: quoted(expected.progress),
      })
    }
    if (!mine.some((o) => o.evidence.length > 0)) {
      add({
        id: expected.id,
        field: 'evidence-label',
        shown: 'no [data-field=evidence-label]',
        expected: `${quoted(expected.evidence.text)} [${expected.evidence.comparability}]`,
      })
    }
  }
  for (const o of reading.occurrences) {
    const expected = day.byId.get(o.id)
    if (!expected) {
      add({
        id: o.id,
        field: 'shown',
        shown: `shown (${o.where})`,
        expected: `not known on ${day.asOf}`,
      })
      continue
    }
    out.push(...compareOccurrence(o, expected).map((d) => ({ surface, asOf: day.asOf, ...d })))
  }
  return out
}

function label(e: ExpectedCommitment): string {
  return `${quoted(e.status.text)} [${e.status.code}]`
}

function compareOccurrence(
  o: Occurrence,
  e: ExpectedCommitment,
): Array<Omit<Disagreement, 'surface' | 'asOf'>> {
  const out: Array<Omit<Disagreement, 'surface' | 'asOf'>> = []
  const at = o.where
  for (const status of o.status) {
    if (status.text !== e.status.text || status.code !== e.status.code) {
      out.push({
        id: e.id,
        field: 'status',
        shown: `${quoted(status.text)} [${status.code ?? 'no data-status'}] (${at})`,
        expected: label(e),
      })
    }
  }
  // A result carries no status badge anywhere; no element may say another status than the one.
  // (A wrong status field already says its own code: only other elements are named here.)
  const said = new Set(o.status.map((status) => status.code))
  const wrongBadges = [...new Set(o.badges.filter((b) => b !== e.status.code && !said.has(b)))]
  if (wrongBadges.length > 0) {
    out.push({
      id: e.id,
      field: 'badge',
      shown: `data-status ${wrongBadges.join(', ')} (${at})`,
      expected: `only ${e.status.code}`,
    })
  }
  for (const progress of o.progress) {
    if (progress !== e.progress) {
      out.push({
        id: e.id,
        field: 'progress',
        shown: `${quoted(progress)} (${at})`,
        expected: e.progress === null ? `no progress for a ${e.kind}` : quoted(e.progress),
      })
    }
  }
  const latest = o.evidence[0]
  if (latest) {
    if (latest.text !== e.evidence.text || latest.comparability !== e.evidence.comparability) {
      out.push({
        id: e.id,
        field: 'evidence-label',
        shown: `${quoted(latest.text)} [${latest.comparability ?? 'no data-comparability'}] (${at})`,
        expected: `${quoted(e.evidence.text)} [${e.evidence.comparability}]`,
      })
    } else if (e.caveat !== null && !(latest.caveat ?? '').includes(e.caveat)) {
      out.push({
        id: e.id,
        field: 'caveat',
        shown: `${quoted(latest.caveat)} (${at})`,
        expected: `a caveat containing ${quoted(e.caveat)}`,
      })
    }
  }
  return out
}

/** Every string inside a JSON value. */
function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value)
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into)
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) stringsIn(v, into)
  return into
}

/** The records of the list's JSON download (its `commitments` array). */
export function jsonRecords(json: unknown): Array<Record<string, unknown>> {
  const records = (json as { commitments?: unknown } | null)?.commitments
  return Array.isArray(records) ? (records as Array<Record<string, unknown>>) : []
}

/**
 * The JSON download carries the same strings as the pages: the status label (or the kind label
 * for a result, which carries no status), the progress line, the evidence label and the caveat,
 * and its `status` code is the page's data-status.
 */
export function compareJsonExport(json: unknown, day: ExpectedDay): Disagreement[] {
  const out: Disagreement[] = []
  const add = (d: Omit<Disagreement, 'surface' | 'asOf'>) =>
    out.push({ surface: 'json-export', asOf: day.asOf, ...d })
  const records = new Map(jsonRecords(json).map((r) => [String(r.id), r]))
  for (const e of day.commitments) {
    const record = records.get(e.id)
    if (!record) {
      add({ id: e.id, field: 'shown', shown: 'no record', expected: 'a record' })
      continue
    }
    const strings = stringsIn(record)
    if (!strings.includes(e.status.text)) {
      add({
        id: e.id,
        field: 'status',
        shown: `statusLabel ${quoted(String(record.statusLabel ?? ''))}`,
        expected: quoted(e.status.text),
      })
    }
    if ('status' in record) {
      const code = record.status ?? 'none'
      if (code !== e.status.code) {
        add({
          id: e.id,
          field: 'status',
          shown: `status ${quoted(String(record.status))}`,
          expected: `status ${e.status.code === 'none' ? 'null' : e.status.code}`,
        })
      }
    }
    if (e.status.code === 'none') {
      const badge = strings.filter((s) => STATUS_LABELS.has(s))
      if (badge.length > 0) {
        add({
          id: e.id,
          field: 'badge',
          shown: badge.join(', '),
          expected: 'no status label for a result',
        })
      }
    }
    if (e.progress !== null && !strings.includes(e.progress)) {
      add({ id: e.id, field: 'progress', shown: 'no such string', expected: quoted(e.progress) })
    }
    if (!strings.includes(e.evidence.text)) {
      add({
        id: e.id,
        field: 'evidence-label',
        shown: 'no such string',
        expected: quoted(e.evidence.text),
      })
    }
    if (e.evidence.comparability !== 'none' && !strings.includes(e.evidence.comparability)) {
      add({
        id: e.id,
        field: 'evidence-label',
        shown: 'no comparability code',
        expected: e.evidence.comparability,
      })
    }
    if (e.caveat !== null && !strings.some((s) => s.includes(e.caveat!))) {
      add({ id: e.id, field: 'caveat', shown: 'no such string', expected: quoted(e.caveat) })
    }
  }
  const extra = [...records.keys()].filter((id) => !day.byId.has(id))
  for (const id of extra)
    add({ id, field: 'shown', shown: 'a record', expected: `not known on ${day.asOf}` })
  return out
}

/** CSV records (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quotedCell = false
  const body = text.replace(/^\uFEFF/, '')
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i]!
    if (quotedCell) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"'
        i += 1
      } else if (ch === '"') quotedCell = false
      else cell += ch
    } else if (ch === '"') quotedCell = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i += 1
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += ch
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell])
  return rows
}

/**
 * The CSV download in the same words: a cell with the status label (a result: its kind label and
 * no status label), a cell with the evidence label, the progress line and the caveat in a cell.
 */
export function compareCsvExport(csv: string, day: ExpectedDay): Disagreement[] {
  const out: Disagreement[] = []
  const add = (d: Omit<Disagreement, 'surface' | 'asOf'>) =>
    out.push({ surface: 'csv-export', asOf: day.asOf, ...d })
  const rows = parseCsv(csv).slice(1)
  for (const e of day.commitments) {
    const row = rows.find((cells) => cells.includes(e.id))
    if (!row) {
      add({ id: e.id, field: 'shown', shown: 'no row', expected: 'a row' })
      continue
    }
    if (!row.includes(e.status.text)) {
      add({ id: e.id, field: 'status', shown: 'no such cell', expected: quoted(e.status.text) })
    }
    if (e.status.code === 'none') {
      const badge = row.filter((s) => STATUS_LABELS.has(s))
      if (badge.length > 0)
        add({
          id: e.id,
          field: 'badge',
          shown: badge.join(', '),
          expected: 'no status label for a result',
        })
    }
    if (e.progress !== null && !row.some((cell) => cell.includes(e.progress!))) {
      add({ id: e.id, field: 'progress', shown: 'in no cell', expected: quoted(e.progress) })
    }
    if (!row.includes(e.evidence.text)) {
      add({
        id: e.id,
        field: 'evidence-label',
        shown: 'no such cell',
        expected: quoted(e.evidence.text),
      })
    }
    if (e.caveat !== null && !row.some((cell) => cell.includes(e.caveat!))) {
      add({ id: e.id, field: 'caveat', shown: 'in no cell', expected: quoted(e.caveat) })
    }
  }
  return out
}

/** One line per disagreement, grouped so the longest lists stay readable. */
export function describeDisagreements(list: readonly Disagreement[], limit = 40): string {
  const lines = list
    .slice(0, limit)
    .map(
      (d) => `${d.surface} @${d.asOf} ${d.id} ${d.field}: shows ${d.shown}, expected ${d.expected}`,
    )
  if (list.length > limit) lines.push(`… and ${list.length - limit} more`)
  return lines.join('\n')
}

/** "surface field: n" counts, for the summary printed after the run. */
export function tally(list: readonly Disagreement[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const d of list) {
    const key = `${d.surface} · ${d.field}`
    counts[key] = (counts[key] ?? 0) + 1
  }
  return counts
}
