import type { source as zh } from '../zh-cn/source'

export const source: Record<keyof typeof zh, string> = {}
