import { z } from 'zod'

/**
 * zod compiles fast object parsers with `new Function` when it may. Under the intranet's strict
 * CSP (`script-src 'self'`, no 'unsafe-eval') even zod's guarded probe is reported as a
 * `securitypolicyviolation`. Jitless mode never tries. Imported first in main.tsx: zod reads the
 * flag when each schema is created, at module load.
 */
z.config({ jitless: true })
