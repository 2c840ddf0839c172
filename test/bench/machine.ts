import { cpus, loadavg, release, totalmem } from 'node:os'

export interface Machine {
  cpu: string
  cores: number
  memoryGB: number
  os: string
  node: string
  chromium: string
  /** 1-minute load average when the run started and ended: other work on the machine is noise. */
  loadAverage: { start: number; end: number }
}

export function describeMachine(chromium: string, loadAtStart: number): Machine {
  const cores = cpus()
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium,
    loadAverage: { start: loadAtStart, end: currentLoad() },
  }
}

export function currentLoad(): number {
  return Math.round(loadavg()[0]! * 100) / 100
}
