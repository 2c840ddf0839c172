/** How many keyed values one array keeps (a few languages, days or limits). */
const KEPT_PER_ARRAY = 8

interface Kept<V> {
  value: V
  also: unknown
}

/**
 * A store of values worked out from an array (a page's rows or letters), kept for as long as
 * the array lives (weakly: new data drops them) under a key naming the other inputs. The data
 * layer keeps one rows array per data and day, so a page's summaries are worked out once and a
 * page visited again shows them at once, where at a thousand letters each visit re-scanned
 * 55,000 rows per widget. `compute` must be pure in the array, what `key` names and `also` (an
 * input compared by identity, such as the translate function of the messages loaded so far).
 */
export function derivedFrom<A extends object, V>(): (
  array: A,
  key: string,
  compute: () => V,
  also?: unknown,
) => V {
  const store = new WeakMap<A, Map<string, Kept<V>>>()
  return (array, key, compute, also) => {
    let values = store.get(array)
    if (!values) {
      values = new Map()
      store.set(array, values)
    }
    const kept = values.get(key)
    if (kept && Object.is(kept.also, also)) return kept.value
    const value = compute()
    values.delete(key)
    if (values.size >= KEPT_PER_ARRAY) values.delete(values.keys().next().value!)
    values.set(key, { value, also })
    return value
  }
}
