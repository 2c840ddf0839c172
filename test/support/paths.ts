import { resolve } from 'node:path'

/** Vitest runs from the project root in every environment (jsdom rewrites import.meta.url). */
export const PROJECT_ROOT = process.cwd()
export const fromRoot = (...parts: string[]) => resolve(PROJECT_ROOT, ...parts)
