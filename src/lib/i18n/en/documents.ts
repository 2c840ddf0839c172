import type { documents as zh } from '../zh-cn/documents'

export const documents: Record<keyof typeof zh, string> = {}
