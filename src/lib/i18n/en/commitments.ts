import type { commitments as zh } from '../zh-cn/commitments'

export const commitments: Record<keyof typeof zh, string> = {}
