/**
 * A letter as the metadata reader reads it: Traditional characters folded to Simplified, and the
 * romanisation some mirror sites insert after characters ("鎮(zhèn)康縣") left out, so one set of
 * patterns reads every letter. Every position of the reading maps back to the letter, so a value
 * the reader finds is cut from the letter itself: stored values stay exactly as the letter wrote
 * them, artefacts included.
 */
export type Fold = (text: string) => string

export interface ReadingText {
  /** What the patterns run on. */
  text: string
  /** The letter as given. */
  original: string
  /** The letter's own words for text[start, end) of the reading. */
  slice: (start: number, end: number) => string
  /** The same folding, for a value cut from the letter. */
  fold: Fold
}

/**
 * A pinyin syllable in brackets right after a Han character, "(zhèn)", "(huì)". It must carry a
 * tone mark: a bare "(a)" after a word may be the letter's own words.
 */
const ROMANISATION = /(?<=\p{Script=Han})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[)）]/gu
const TONE_MARK = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/

export function readingText(original: string, fold: Fold = (text) => text): ReadingText {
  const same: Fold = (text) => {
    const folded = fold(text)
    return folded.length === text.length ? folded : text
  }
  // A fold that changed the length would break the position map: the letter is read unfolded.
  const base = same(original)
  let text = ''
  const at: number[] = []
  let from = 0
  for (const match of base.matchAll(ROMANISATION)) {
    if (!TONE_MARK.test(match[0])) continue
    for (let i = from; i < match.index; i += 1) at.push(i)
    text += base.slice(from, match.index)
    from = match.index + match[0].length
  }
  for (let i = from; i < base.length; i += 1) at.push(i)
  text += base.slice(from)
  const position = (index: number) => (index < at.length ? at[index]! : original.length)
  return {
    text,
    original,
    slice: (start, end) => (end <= start ? '' : original.slice(position(start), position(end))),
    fold: same,
  }
}
