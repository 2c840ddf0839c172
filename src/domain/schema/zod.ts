import { z } from 'zod'

/**
 * zod, set up once for every schema in the app: every module that builds a schema imports `z`
 * from here, so this runs before the first schema exists, on the page and in the data reader's
 * worker alike (ESLint keeps value imports of 'zod' to this file).
 *
 * Jitless: zod compiles fast object parsers with `new Function` when it may. Under the intranet's
 * strict CSP (`script-src 'self'`, no 'unsafe-eval') even zod's guarded probe is reported as a
 * `securitypolicyviolation`. zod reads the flag when each schema is created.
 */
z.config({ jitless: true })

export { z }
