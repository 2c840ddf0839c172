import type { funding as zh } from '../zh-cn/funding'

export const funding: Record<keyof typeof zh, string> = {}
