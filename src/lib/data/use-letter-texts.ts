import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Dataset } from './assemble'
import type { LetterTexts } from './commitment-rows'
import { useDataSource } from './data-source'
import { sourceTextQuery } from './queries'

/**
 * Letters whose full text is read up front, so every surface can say whether a commitment's
 * quote really stands in its letter. Beyond this many (a province's session), a letter's text is
 * read when the letter or one of its commitments is opened, and its quotes stay "unchecked" on
 * the summary surfaces until then: they are never claimed to be verified.
 */
export const TEXTS_READ_UP_FRONT = 50

/** The loaded texts of the first letters, by dataset id; a failed or pending text is absent. */
export function useLetterTexts(datasets: readonly Dataset[]): LetterTexts {
  const withText = useMemo(
    () => datasets.filter((d) => d.document !== undefined).slice(0, TEXTS_READ_UP_FRONT),
    [datasets],
  )
  const source = useDataSource()
  const texts = useQueries({
    queries: withText.map((d) => sourceTextQuery(source, d.entry, d.document)),
    // A stable function: the query client re-runs it only when a text arrives or changes.
    combine: pickTexts,
  })
  return useMemo(() => {
    const map = new Map<string, string>()
    withText.forEach((d, i) => {
      const text = texts[i]
      if (text !== undefined) map.set(d.entry.id, text)
    })
    return map
  }, [withText, texts])
}

function pickTexts(results: readonly { data?: string | undefined }[]): (string | undefined)[] {
  return results.map((r) => r.data)
}
