import type { ReactNode } from 'react'
import { DraftStoreProvider } from '../../../lib/draft/draft-context'
import { DraftPreview } from './draft-preview'

/** The dashboard under `?preview=draft`: the stored draft, applied. Loaded only in preview. */
export default function PreviewRoot({ children }: { children: ReactNode }) {
  return (
    <DraftStoreProvider>
      <DraftPreview>{children}</DraftPreview>
    </DraftStoreProvider>
  )
}
