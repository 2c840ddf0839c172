import type { embed as zh } from '../zh-cn/embed'

export const embed: Record<keyof typeof zh, string> = {}
