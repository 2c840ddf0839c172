import type { ReactNode } from 'react'
import { isSafeHttpUrl } from '../safe-url'

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  if (!isSafeHttpUrl(href)) return <span className="unsafe-link">{children}</span>
  return (
    <a href={href} rel="noopener noreferrer external" target="_blank" className="external-link">
      {children}
    </a>
  )
}
