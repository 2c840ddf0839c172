import type { overview as zh } from '../zh-cn/overview'

export const overview: Record<keyof typeof zh, string> = {}
