import type { detail as zh } from '../zh-cn/detail'

export const detail: Record<keyof typeof zh, string> = {}
