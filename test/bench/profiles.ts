import type { BrowserContextOptions, CDPSession, Page } from 'playwright-core'

/**
 * The devices a visit is made on. `desktop` is the machine itself, unthrottled. `slow-phone` is
 * Lighthouse's mobile profile ("slow 4G", moto g power class): 150 ms round trip, 1638.4 kbit/s
 * down, 675 kbit/s up, the CPU 4× slower, applied through Chromium's DevTools protocol, on a
 * 412×823 touch screen. (Lighthouse's own DevTools throttling adds per-request slack on top; the
 * round trip and throughput here are the profile's stated figures, as the issue quotes them.)
 */
export const PROFILE_NAMES = ['desktop', 'slow-phone'] as const
export type ProfileName = (typeof PROFILE_NAMES)[number]

export function isProfileName(value: string): value is ProfileName {
  return (PROFILE_NAMES as readonly string[]).includes(value)
}

export interface Profile {
  label: string
  context: BrowserContextOptions
  /** Network.emulateNetworkConditions; none = the loopback as it is. */
  network?: { latency: number; downloadThroughput: number; uploadThroughput: number }
  /** Emulation.setCPUThrottlingRate; 1 = the machine's own speed. */
  cpuSlowdown: number
}

/** kbit/s (1024 bits, as Lighthouse counts) → bytes per second, as the protocol wants. */
const kbps = (kbit: number) => Math.round((kbit * 1024) / 8)

export const PROFILES: Record<ProfileName, Profile> = {
  desktop: {
    label: 'desktop',
    context: { viewport: { width: 1280, height: 900 }, locale: 'zh-CN' },
    cpuSlowdown: 1,
  },
  'slow-phone': {
    label: 'slow phone',
    context: {
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
    },
    network: { latency: 150, downloadThroughput: kbps(1638.4), uploadThroughput: kbps(675) },
    cpuSlowdown: 4,
  },
}

/**
 * Applies the profile's throttling to a page before it navigates. The session must stay attached
 * while the page loads (detaching drops the emulation), so it is returned for the caller to
 * detach when done.
 */
export async function throttle(page: Page, profile: Profile): Promise<CDPSession | null> {
  if (!profile.network && profile.cpuSlowdown === 1) return null
  const cdp = await page.context().newCDPSession(page)
  if (profile.network) {
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network })
  }
  if (profile.cpuSlowdown !== 1) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown })
  }
  return cdp
}
