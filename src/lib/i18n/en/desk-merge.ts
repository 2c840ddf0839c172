import type { deskMerge as zh } from '../zh-cn/desk-merge'

/** English messages of the desk's draft merging. */
export const deskMerge: Record<keyof typeof zh, string> = {}
