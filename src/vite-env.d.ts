/// <reference types="vite/client" />

/** True only in builds made with `--mode mock`; production bundles drop the mock code. */
declare const __MOCK_MODE__: boolean
