import { setupServer } from 'msw/node'
import { handlers } from './handlers'

/** msw for vitest: started in test/setup, reset after each test. */
export const server = setupServer(...handlers)
