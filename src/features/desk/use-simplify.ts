import { useEffect, useState } from 'react'
import { loadSimplify, type Simplify } from '../../lib/text/simplify'

/**
 * The Traditional → Simplified folding, loaded when a desk page that reads letters opens (its
 * tables are a chunk of their own). Undefined until loaded, and if the chunk cannot be fetched:
 * the desk then reads Simplified letters only, which is what it did before.
 */
export function useSimplify(): Simplify | undefined {
  const [simplify, setSimplify] = useState<{ fold: Simplify } | undefined>()
  useEffect(() => {
    let current = true
    loadSimplify().then(
      (fold) => current && setSimplify({ fold }),
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [])
  return simplify?.fold
}
