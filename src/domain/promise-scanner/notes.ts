import type { Note } from './dates'
import type { FigurePhrase } from './figure-phrase'

/**
 * How a figure was read, for the note beside it: the readings a person should know about
 * before accepting (余 is inexact, 约 is rounded, a range keeps its lower end).
 */
export function readingNotes(figure: FigurePhrase, match: string): Note[] {
  const notes: Note[] = []
  if (figure.pattern === 'range' && figure.max !== undefined) {
    notes.push({
      zh: `“${match}”是一个区间(${figure.value}至${figure.max}),按下限${figure.value}记为“不少于”。`,
      en: `"${match}" is a range (${figure.value} to ${figure.max}); recorded as at least the lower end, ${figure.value}.`,
    })
  }
  if (figure.plus) {
    notes.push({
      zh: `“${match}”中的“余/多”表示多于该数,具体多出多少原文未说明。`,
      en: `In "${match}", 余/多 means "more than, roughly": the exact figure is not stated.`,
    })
  }
  if (figure.pattern === 'approximately') {
    notes.push({
      zh: `“${match}”是约数,不是确切数字。`,
      en: `"${match}" is an approximate figure, not an exact one.`,
    })
  }
  if (figure.unitWord === '个百分点') {
    notes.push({
      zh: `“${match}”是百分点(两个百分比之差),不是百分比本身。`,
      en: `"${match}" is in percentage points (a difference between percentages), not a percentage.`,
    })
  }
  if (figure.adverbPhrase) {
    notes.push({
      zh: `比较词与数字分开书写:“${figure.adverbPhrase}”。`,
      en: `The comparator stands apart from the figure: "${figure.adverbPhrase}".`,
    })
  }
  if (figure.rounded) {
    notes.push({
      zh: `金额按整元记录,“${match}”已取整。`,
      en: `Money is recorded in whole yuan; "${match}" was rounded.`,
    })
  }
  return notes
}

export function joinNotes(notes: readonly Note[]): { note?: string; noteEn?: string } {
  if (notes.length === 0) return {}
  return { note: notes.map((n) => n.zh).join(''), noteEn: notes.map((n) => n.en).join(' ') }
}
