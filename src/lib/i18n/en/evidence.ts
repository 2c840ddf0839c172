import type { evidence as zh } from '../zh-cn/evidence'

/** Messages of the evidence page, #/evidence (English). */
export const evidence: Record<keyof typeof zh, string> = {}
