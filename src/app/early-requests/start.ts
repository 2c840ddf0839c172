import { earlyLanguage, EARLY_LANGUAGE_KEY, preloadCatalog } from './early-catalog'
import { sendEarlyRequests } from './early-requests'

// index.html's first script (added by the build, see vite.config.ts): sends the early requests
// and leaves them where the app's fetches look (src/lib/early-responses.ts), and preloads the
// messages of the language the page opens in.
window.__commitmentTrackerEarly = sendEarlyRequests(document.baseURI, fetch.bind(window))
preloadCatalog(
  document,
  earlyLanguage(window.location, () => window.localStorage.getItem(EARLY_LANGUAGE_KEY)),
)
