import { createContext, useContext } from 'react'

/**
 * The id of the responding body's heading when the page shows several bodies. Each body repeats
 * the same sections and tables; their landmarks are named by their heading and the body's name,
 * so "全部资金条目与依据" of one body is never confused with another's.
 */
export const BodyHeadingId = createContext<string | undefined>(undefined)

/** `aria-labelledby` for a landmark of a body's part: its own heading, then the body's. */
export function useLandmarkLabel(headingId: string): string {
  const body = useContext(BodyHeadingId)
  return body ? `${headingId} ${body}` : headingId
}
