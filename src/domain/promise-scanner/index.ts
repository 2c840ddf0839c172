/**
 * The promise scanner: reads a reply letter, Simplified or Traditional, and proposes for a person
 * to accept, edit or reject. This file is the module's public surface.
 *
 * - `scanLetter(text, options)` → `LetterScan`: everything at once, each list in text order:
 *   - `figures: NumericProposal[]` — 万元/亿元 amounts, counts (N个以上, N余项, 辆/宗/座 …),
 *     percentages and measures (公里, 平方米, 亩 …: unit `measure` with unitName/unitNameEn),
 *     with comparator, deadline, as-of date, `suggestedKind` (target | forecast | result |
 *     estimate) and `fundSource: 'self-raised'` for the applicant's own money (自筹).
 *   - `deadlines: DeadlineProposal[]` — promises with a deadline and no figure ("力争2020年完工",
 *     "预计年底完工"): `suggestedKind` promise | forecast.
 *   - `conditions: SentenceFlag[]` — sentences stating a condition (待…后, 条件成熟后, 若…将).
 *   - `declined: SentenceFlag[]` — sentences turning a request down (暂不具备, 不予, 无法实施).
 * - `scanNumericPromises(text, options)` = `scanLetter(…).figures`, computed alone.
 * - `scanDeadlinePromises(text, options)` = `scanLetter(…).deadlines`.
 *
 * `options`: `letterDate` (ISO; resolves 今年/明年/年底/目前 and tells past dates from deadlines)
 * and `simplify` (a length-preserving Traditional → Simplified converter; the desk passes
 * `await loadSimplify()` from src/lib/text/simplify.ts). Pure and synchronous; every quote, match
 * and offset is the letter's own, whatever script it is written in.
 */
export { scanDeadlinePromises, scanLetter, scanNumericPromises } from './scan'
export type { Simplify } from './reading'
export type {
  DeadlineProposal,
  LetterScan,
  NumericProposal,
  ProposalFundSource,
  ProposalKind,
  ProposalPattern,
  ScanOptions,
  SentenceFlag,
  SentenceSpan,
  SuggestedKind,
} from './types'
