import { dataFileHandlers } from './data-handlers'
import { illustrativeFiles } from './fixtures/illustrative-dataset'

/** The default handlers: the illustrative multi-document dataset. Shared by tests and the browser. */
export const handlers = dataFileHandlers(illustrativeFiles)
