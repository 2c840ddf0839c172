import { earlyLanguage, EARLY_LANGUAGE_KEY, preloadCatalog } from './early-catalog'
import { startEarlyReader } from './early-reader'
import { sendEarlyRequests } from './early-requests'

// index.html's first script (added by the build, see vite.config.ts): sends the early requests
// and leaves them where the app's fetches look (src/lib/early-responses.ts), starts the data
// reader's worker, and preloads the messages of the language the page opens in.
const early = sendEarlyRequests(document.baseURI, fetch.bind(window))
const reader = startEarlyReader(document, typeof Worker === 'undefined' ? undefined : Worker)
if (reader) early.reader = reader
window.__commitmentTrackerEarly = early
preloadCatalog(
  document,
  earlyLanguage(window.location, () => window.localStorage.getItem(EARLY_LANGUAGE_KEY)),
)
