/**
 * One problem with config.json, in words a reader can act on once localized: which field (or the
 * whole file) and what is wrong with it. The app then uses the default for that field.
 */
export type ConfigIssueCode =
  // a field
  | 'type'
  | 'value'
  | 'unknown-field'
  | 'length'
  | 'other-origin'
  | 'has-query'
  | 'not-origin'
  | 'invalid'
  // the whole file
  | 'http-status'
  | 'html'
  | 'not-json'
  | 'not-object'
  | 'network'
  | 'timeout'

export interface ConfigIssue {
  /** The field's JSON path ("dataLocation", "embedAllowedOrigins[1]"), or "" for the whole file. */
  field: string
  code: ConfigIssueCode
  params: Record<string, string | number>
}
