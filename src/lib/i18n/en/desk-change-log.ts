import type { deskChangeLog as zh } from '../zh-cn/desk-change-log'

/** English messages of the desk's change-log writing. */
export const deskChangeLog: Record<keyof typeof zh, string> = {}
