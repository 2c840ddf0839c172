/**
 * Traditional → Simplified Chinese, for reading only: the scanner and search compare folded text,
 * while every quote, match and stored text stays exactly as the source wrote it. The conversion
 * tables (opencc-js `t2cn`, about 52 kB gzip) load on first use, so only the desk and a search
 * that is actually typed pay for them.
 */
export type Simplify = (text: string) => string

let loading: Promise<Simplify> | undefined

/** Loads the converter once. Rejects only when the chunk itself cannot be fetched. */
export function loadSimplify(): Promise<Simplify> {
  loading ??= import('opencc-js/t2cn').then(({ Converter }) =>
    lengthPreserving(Converter({ from: 't', to: 'cn' })),
  )
  loading.catch(() => {
    loading = undefined
  })
  return loading
}

/**
 * Positions in the folded text must be positions in the original, so a conversion that changes a
 * string's length (a phrase rule) falls back to converting that text character by character.
 */
export function lengthPreserving(convert: Simplify): Simplify {
  return (text) => {
    const whole = convert(text)
    if (whole.length === text.length) return whole
    let folded = ''
    for (const char of text) {
      const one = convert(char)
      folded += one.length === char.length ? one : char
    }
    return folded
  }
}
