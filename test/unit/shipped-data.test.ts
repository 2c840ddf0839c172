import { existsSync, readFileSync } from 'node:fs'
import { validateDataFolder } from '../../src/cli/validate-folder'
import type { CommitmentsFile } from '../../src/domain/schema/commitment'
import type { DataIndex } from '../../src/domain/schema/data-index'
import type { SourceDocument } from '../../src/domain/schema/document'
import type { FundingFile } from '../../src/domain/schema/funding'
import type { UpdatesFile } from '../../src/domain/schema/update'
import { fromRoot } from '../support/paths'
import { PUBLIC_DATA, readShipped, readShippedText } from '../support/real-data'

const index = readShipped<DataIndex>('index.json')
const datasets = index.datasets.map((entry) => {
  const document = readShipped<SourceDocument>(entry.document)
  const folder = entry.document.slice(0, entry.document.lastIndexOf('/') + 1)
  return {
    entry,
    document,
    source: readShippedText(`${folder}${document.sourceText}`),
    commitments: readShipped<CommitmentsFile>(entry.commitments).commitments,
    updates: entry.updates ? readShipped<UpdatesFile>(entry.updates).updates : [],
    funding: entry.funding ? readShipped<FundingFile>(entry.funding).lines : [],
  }
})

describe('the shipped data (public/data)', () => {
  it('is real data, not illustrative', () => {
    expect(index.illustrative).toBe(false)
  })

  it('passes the whole contract, with every reference resolving', () => {
    expect(validateDataFolder(PUBLIC_DATA)).toEqual([])
  })

  describe.each(datasets)('$entry.id', ({ document, source, commitments, funding }) => {
    it.each(commitments.map((c) => [c.id, c.quote] as const))(
      'quote of %s occurs verbatim in the source',
      (_id, quote) => {
        expect(source).toContain(quote)
      },
    )

    it('quotes figures exactly as the source writes them', () => {
      for (const commitment of commitments) {
        if ('figure' in commitment && commitment.figure)
          expect(source).toContain(commitment.figure.asWritten)
      }
    })

    it('backs every funding amount with a verbatim quote or an update', () => {
      for (const line of funding) {
        for (const entry of line.entries) {
          expect(source).toContain(entry.asWritten)
          if (entry.evidence.type === 'document') expect(source).toContain(entry.evidence.quote)
        }
      }
    })

    it('belongs to its document', () => {
      for (const commitment of commitments) expect(commitment.documentId).toBe(document.id)
    })
  })
})

describe('reply 153005', () => {
  const reply = datasets.find((d) => d.entry.id === 'km-153005')!
  const byId = new Map(reply.commitments.map((c) => [c.id, c]))

  it('ships the letter exactly as published', () => {
    const original = fromRoot('../shared/source/153005-reply.txt')
    // The shared folder sits beside the project on team machines and in CI; a bare clone lacks it.
    if (!existsSync(original)) return
    expect(reply.source).toBe(readFileSync(original, 'utf8'))
  })

  it('records the headline promises, read literally', () => {
    expect(byId.get('km-153005-c-projects-20')).toMatchObject({
      kind: 'target',
      section: '三(五)',
      figure: { comparator: '>=', value: 20, asWritten: '20个以上' },
    })
    expect(byId.get('km-153005-c-funds-300m')).toMatchObject({
      kind: 'target',
      figure: { comparator: '>=', value: 300_000_000, unit: 'yuan' },
    })
    expect(byId.get('km-153005-c-gap-5334')).toMatchObject({
      kind: 'target',
      section: '三(二)',
      figure: { comparator: '=', value: 53_340_000, unit: 'yuan' },
      deadline: { type: 'none' },
    })
    expect(byId.get('km-153005-c-reserve-60')).toMatchObject({
      figure: { comparator: '>', value: 60 },
    })
    expect(byId.get('km-153005-c-patents-60')).toMatchObject({
      kind: 'forecast',
      figure: { comparator: '>' },
    })
  })

  it('records the reported funding: 18700万元, of which 9350万元 provincial', () => {
    const total = reply.funding.find((l) => l.id === 'km-153005-f-batch12-total')!
    const provincial = reply.funding.find((l) => l.id === 'km-153005-f-batch12-provincial')!
    expect(total.entries[0]).toMatchObject({ stage: 'allocated', amount: 187_000_000, asOf: null })
    expect(provincial).toMatchObject({ fundSource: 'provincial', partOf: total.id })
    expect(provincial.entries[0]).toMatchObject({ amount: 93_500_000 })
    // The municipal share is not stated in the letter, so it is not shipped as data.
    expect(reply.funding.some((l) => l.partOf === total.id && l.fundSource === 'municipal')).toBe(
      false,
    )
  })

  it('invents no progress: nothing published on the gap or the ¥300M round', () => {
    const onGap = reply.updates.filter((u) =>
      ['km-153005-c-gap-5334', 'km-153005-c-funds-300m'].includes(u.commitmentId),
    )
    expect(onGap).toEqual([])
    const gapLine = reply.funding.find((l) => l.id === 'km-153005-f-second-batch-gap')!
    expect(gapLine.entries.map((e) => e.stage)).toEqual(['pledged'])
  })

  it('never counts a related metric as progress, and carries no verdict no source gave', () => {
    for (const update of reply.updates) {
      expect(update.verdict).toBeUndefined()
      if (update.comparability !== 'same-metric') expect(update.note ?? update.summary).toBeTruthy()
    }
    const revenue = reply.updates.find((u) => u.commitmentId === 'km-153005-c-sales-5b')
    expect(revenue?.comparability).toBe('related-metric')
  })

  it('quotes the follow-up reports verbatim', () => {
    const evidence = fromRoot('../shared/source/evidence.md')
    if (!existsSync(evidence)) return
    const text = readFileSync(evidence, 'utf8')
    for (const update of reply.updates) if (update.quote) expect(text).toContain(update.quote)
  })

  it('covers every section of the letter that reports or promises', () => {
    const sections = new Set(reply.commitments.map((c) => c.section))
    for (const s of [
      '二(一)',
      '二(二)',
      '二(三)',
      '二(四)',
      '二(五)',
      '三(一)',
      '三(二)',
      '三(三)',
      '三(四)',
      '三(五)',
    ]) {
      expect(sections).toContain(s)
    }
  })
})
