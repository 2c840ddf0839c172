/**
 * The numeric-promise scanner: finds 万元/亿元 amounts, counts (N个以上, N余项), percentages,
 * comparators (超过, 不少于, 以上, 约), deadlines (力争2025年, 年底前) and as-of dates (截至…)
 * in a reply letter and proposes figures in the data contract's terms for a person to accept,
 * edit or reject. This file is the module's public surface.
 */
export { scanNumericPromises } from './scan'
export type {
  NumericProposal,
  ProposalKind,
  ProposalPattern,
  ScanOptions,
  SuggestedKind,
} from './types'
