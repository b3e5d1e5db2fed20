/** The HTTP API and web UI: `buildApp({ archive })` gives a Fastify instance to `listen` on or `inject` into. */
export { buildApp, DEFAULT_BODY_LIMIT, DEFAULT_CACHE_MB, type BuildAppOptions } from './app.js'
export { ServeError, SERVE_ERROR_CODES, type ServeErrorCode } from './errors.js'
export { MARSAD_OPENAPI } from './openapi.js'
export { defaultUiDir, UI_CSP } from './routes/ui.js'
export { ARABIC_MESSAGES, pickLanguage, type Language } from './locale.js'
