import { useState, type ReactNode } from 'react'
import { setDataLocation } from '../data/data-location'
import {
  DEFAULT_CONFIG_STATE,
  RuntimeConfigContext,
  type RuntimeConfigState,
} from './config-context'

/**
 * Makes the loaded configuration available and points the data layer at the configured data
 * location before any child can start a query (the initializer runs during the first render,
 * queries start in effects after it).
 */
export function RuntimeConfigProvider({
  value = DEFAULT_CONFIG_STATE,
  children,
}: {
  value?: RuntimeConfigState
  children: ReactNode
}) {
  const [state] = useState(() => {
    setDataLocation(value.config.dataLocation)
    return value
  })
  return <RuntimeConfigContext.Provider value={state}>{children}</RuntimeConfigContext.Provider>
}
