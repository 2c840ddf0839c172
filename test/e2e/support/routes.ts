import { readFileSync } from 'node:fs'
import { FIXED_EMBED_IDS } from '../../../src/features/embed/embed-target'

/** The fixed as-of date the accessibility checks use, so statuses do not change with the day. */
export const AS_OF = '2025-06-30'

/**
 * Every view of the dashboard (the hash part), with filters, open states and error states that
 * render differently. The accessibility, zoom and keyboard tests share it: add a view here once.
 */
export const ROUTES: readonly string[] = [
  '#/',
  `#/?asOf=${AS_OF}`,
  `#/commitments?asOf=${AS_OF}`,
  `#/commitments?status=in-progress,not-rated&category=funding&q=项目&asOf=${AS_OF}`,
  `#/commitments?kind=target&sort=deadline&asOf=${AS_OF}`,
  `#/commitments?q=zzzz-nothing-matches&asOf=${AS_OF}`,
  // a target with like-for-like evidence (chart, evidence timeline)
  `#/commitments/km-153005-c-projects-20?asOf=${AS_OF}`,
  // a money target without evidence
  `#/commitments/km-153005-c-funds-300m?asOf=${AS_OF}`,
  // a promise, a forecast with related-metric evidence, a reported result
  `#/commitments/km-153005-c-reporting-routine?asOf=${AS_OF}`,
  `#/commitments/km-153005-c-sales-5b?asOf=${AS_OF}`,
  `#/commitments/km-153005-c-funding-187m?asOf=${AS_OF}`,
  '#/commitments/no-such-commitment',
  `#/funding?asOf=${AS_OF}`,
  `#/documents?asOf=${AS_OF}`,
  `#/documents/km-153005?asOf=${AS_OF}`,
  '#/documents/no-such-letter',
  `#/report?asOf=${AS_OF}`,
  '#/no/such/page',
  '#/?asOf=2023-02-30',
  // The data desk: checked as soon as the app's routes render it.
  ...(readFileSync('src/app/routes.tsx', 'utf8').includes("case 'desk'")
    ? ['#/desk', '#/desk/evidence', '#/desk/letter', '#/desk/review']
    : []),
]

/** Every embeddable widget: the fixed ones, each kind of per-item one, and an unknown id. */
export const EMBEDS: readonly string[] = [
  ...FIXED_EMBED_IDS,
  'funding-gap-km-153005-f-second-batch-gap',
  'funding-target-km-153005-c-funds-300m',
  'commitment-km-153005-c-gap-5334',
  'commitment-km-153005-c-projects-20',
  'commitment-km-153005-c-sales-5b',
  'commitment-value-km-153005-c-projects-20',
  'no-such-widget',
]

export const LANGUAGES = ['zh-CN', 'en'] as const
