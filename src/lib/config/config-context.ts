import { createContext, useContext } from 'react'
import type { ConfigIssue } from './config-issue'
import { DEFAULT_CONFIG, type RuntimeConfig } from './config-defaults'

export interface RuntimeConfigState {
  config: RuntimeConfig
  /** Problems found in config.json (each field named); empty when it was fine or absent. */
  issues: ConfigIssue[]
}

export const DEFAULT_CONFIG_STATE: RuntimeConfigState = { config: DEFAULT_CONFIG, issues: [] }

export const RuntimeConfigContext = createContext<RuntimeConfigState>(DEFAULT_CONFIG_STATE)

export function useRuntimeConfig(): RuntimeConfigState {
  return useContext(RuntimeConfigContext)
}
