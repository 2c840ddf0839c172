import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describeProblem } from '../../src/lib/i18n/describe-issue'
import { translate } from '../../src/lib/i18n/translate'
import { fromRoot } from './paths'

const run = promisify(execFile)

/** `npm run validate -- FILE…` as a data author runs it: its exit code and what it printed. */
export async function runValidateCli(...files: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(
      fromRoot('node_modules/.bin/tsx'),
      [fromRoot('src/cli/validate.ts'), ...files],
      { cwd: fromRoot() },
    )
    return { code: 0, out: stdout }
  } catch (error) {
    const failed = error as { code: number; stdout: string }
    return { code: failed.code, out: failed.stdout }
  }
}

/** The lines of the CLI's report that are errors. */
export const errorLines = (out: string): string[] =>
  out.split('\n').filter((line) => line.startsWith('ERROR'))

/** The app's own English words for a file the server does not have (the CLI prints English). */
export const APP_404_EN = describeProblem(
  {
    file: '',
    path: '',
    code: 'http-status',
    severity: 'error',
    detail: '',
    params: { status: 404 },
  },
  (key, params) => translate('en', key, params),
)
