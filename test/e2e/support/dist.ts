import { resolve } from 'node:path'

/**
 * The production build the e2e tests serve. `E2E_DIST` lets parallel runs build into their own
 * folders instead of overwriting one another's `dist/`.
 */
export const DIST = resolve(process.cwd(), process.env.E2E_DIST ?? 'dist')
