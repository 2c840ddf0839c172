import type { faults as zh } from '../zh-cn/faults'

export const faults: Record<keyof typeof zh, string> = {}
