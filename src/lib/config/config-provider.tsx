import { useState, type ReactNode } from 'react'
import { DataSourceProvider, publishedSource } from '../data/data-source'
import {
  DEFAULT_CONFIG_STATE,
  RuntimeConfigContext,
  type RuntimeConfigState,
} from './config-context'

/**
 * Makes the loaded configuration available, and the published data at the configured location
 * the data source of everything below (the query factories and loaders take it as an argument).
 */
export function RuntimeConfigProvider({
  value = DEFAULT_CONFIG_STATE,
  children,
}: {
  value?: RuntimeConfigState
  children: ReactNode
}) {
  // Read once: the page's configuration does not change while it is open.
  const [state] = useState(value)
  const [source] = useState(() => publishedSource(value.config.dataLocation))
  return (
    <RuntimeConfigContext.Provider value={state}>
      <DataSourceProvider source={source}>{children}</DataSourceProvider>
    </RuntimeConfigContext.Provider>
  )
}
