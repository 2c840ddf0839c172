import type { Assessment, QualifiedEvidence } from '../../domain/assessment/assess'
import type { Freshness } from '../../domain/assessment/freshness'
import type { Progress, ProgressReading } from '../../domain/assessment/readings'
import { formatDate } from '../../domain/dates'
import { formatPercent, formatValue, type FigureUnit } from '../../domain/figure-format'
import { localized, type Language } from '../../domain/language'
import type { Commitment } from '../../domain/schema/commitment'
import type { Unit } from '../../domain/schema/primitives'
import type { MessageKey, Translate } from '../i18n/translate'

/**
 * The assessment in words, one function per part. React surfaces and the exports (CSV, JSON, PNG
 * notes) both call these, so the list, the report and a spreadsheet say exactly the same thing.
 */

/** 量化目标 · 工作承诺 · 预计成效 · 已报告的成果: the label every surface gives the kind. */
export function describeKind(a: Pick<Assessment, 'kind'>, t: Translate): string {
  return t(`kind.${a.kind}`)
}

/** One reading: "不计入基数 12:3 / 20", with its arithmetic when the figure is derived. */
export function describeReading(
  reading: ProgressReading,
  progress: Progress,
  commitment: Commitment,
  t: Translate,
  lang: Language,
): string {
  const unit = progress.target
  const value = t('assessment.reading.ofTarget', {
    value: formatValue(reading.value, unit, lang),
    target: formatValue(progress.target.value, unit, lang),
  })
  const baseline = commitment.kind === 'target' ? commitment.baseline : undefined
  const words = t(`assessment.reading.${reading.basis}`, {
    value,
    baseline: baseline ? formatValue(baseline.value, unit, lang) : '',
  })
  return reading.derived
    ? `${words}${aside(describeDerivation(reading, unit, t, lang), lang)}`
    : words
}

export function describeDerivation(
  reading: ProgressReading,
  unit: Unit | FigureUnit,
  t: Translate,
  lang: Language,
): string {
  const d = reading.derived
  if (!d) return ''
  return t(d.op === '+' ? 'assessment.derived' : 'assessment.derived.minus', {
    left: formatValue(d.left, unit, lang),
    right: formatValue(d.right, unit, lang),
  })
}

/**
 * The progress line: one reading with its percent, or both readings and no percent. Null when
 * there is no like-for-like value (surfaces say so with `assessment.progress.none`).
 */
export function describeProgress(
  a: Pick<Assessment, 'progress' | 'commitment'>,
  t: Translate,
  lang: Language,
): string | null {
  const { progress, commitment } = a
  if (!progress) return null
  const unit = progress.target
  if (progress.percent !== null) {
    const reading = progress.readings[0]!
    const line = t('assessment.progress.one', {
      value: formatValue(reading.value, unit, lang),
      target: formatValue(progress.target.value, unit, lang),
      percent: formatPercent(progress.percent, lang),
    })
    return reading.derived
      ? `${line}${aside(describeDerivation(reading, unit, t, lang), lang)}`
      : line
  }
  const [first, second] = progress.readings.map((r) =>
    describeReading(r, progress, commitment, t, lang),
  )
  return t('assessment.progress.two', { first: first ?? '', second: second ?? '' })
}

/** Why two readings and no percent, for the surfaces that have room to say it. */
export function describeTwoReadingsWhy(
  a: Pick<Assessment, 'progress' | 'commitment'>,
  t: Translate,
  lang: Language,
): string | null {
  const { progress, commitment } = a
  if (!progress || progress.readings.length < 2 || commitment.kind !== 'target') return null
  return t('assessment.progress.twoWhy', {
    baseline: formatValue(commitment.baseline?.value ?? 0, progress.target, lang),
  })
}

/** 同口径数据 · 相关但不同口径 · 背景信息 */
export function describeComparability(e: QualifiedEvidence, t: Translate): string {
  return t(`comparability.${e.comparability}`)
}

/** The caveat a related-metric or context item always carries: the rule, then the data's note. */
export function describeCaveat(e: QualifiedEvidence, t: Translate, lang: Language): string | null {
  if (e.comparability === 'same-metric') return null
  const generic = t(`assessment.evidence.caveatGeneric.${e.comparability}` as MessageKey)
  const own = e.caveat ? localized(lang, e.caveat.zh, e.caveat.en) : ''
  return own ? `${generic} ${own}` : generic
}

/** "云南日报 · 昆明科技创新成绩亮眼" with the address when there is one. */
export function describeEvidenceSource(e: QualifiedEvidence, lang: Language): string {
  const s = e.update.source
  return [
    s.publisher ? localized(lang, s.publisher, s.publisherEn) : null,
    localized(lang, s.title, s.titleEn),
  ]
    .filter(Boolean)
    .join(' · ')
}

export function describeFreshness(f: Freshness, t: Translate, lang: Language): string {
  const line = t(`assessment.freshness.${f.basis}`, {
    date: formatDate(f.since, lang),
    days: f.days,
  })
  return f.quiet ? `${line}${aside(t('assessment.freshness.quiet'), lang)}` : line
}

/** The quote's standing: the letter's words, or a warning that they are not in the letter. */
export function describeQuoteCheck(a: Pick<Assessment, 'quote'>, t: Translate): string {
  return a.quote === 'not-found'
    ? t('assessment.quote.notFound')
    : a.quote === 'unchecked'
      ? t('assessment.quote.unchecked')
      : t('assessment.quote.letter')
}

/** A parenthesis in the reader's typography: full-width in Chinese, spaced in English. */
function aside(text: string, lang: Language): string {
  return lang === 'en' ? ` (${text})` : `(${text})`
}

/** "No evidence published", or, when the evidence file could not be read, that it is unknown. */
export function describeNoEvidence(
  a: Pick<Assessment, 'evidenceUnavailable'>,
  t: Translate,
): string {
  return t(a.evidenceUnavailable ? 'assessment.evidence.unavailable' : 'assessment.evidence.none')
}
