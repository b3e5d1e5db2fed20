/**
 * The HTTP API over an archive (Fastify). `buildApp` only builds: the caller opens the archive,
 * listens (or injects, in tests) and closes both.
 */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import type { Archive } from '../store/archive.js'
import { installErrorHandler } from './error-handler.js'
import { analyzeRoute } from './routes/analyze.js'
import { archiveRoutes } from './routes/archive.js'
import { openapiRoute } from './routes/openapi.js'

/** Bodies larger than this get a 413 unless `bodyLimit` says otherwise: 5 MB. */
export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024

/** Options of `buildApp`. */
export interface BuildAppOptions {
  readonly archive: Archive
  /** Largest request body in bytes (default 5 MB). */
  readonly bodyLimit?: number
  /** Fastify's logger option (default: off). Unexpected errors are logged with the request id. */
  readonly logger?: FastifyServerOptions['logger']
}

/** Builds the app with its routes and error handler; does not listen. */
export function buildApp(options: BuildAppOptions): FastifyInstance {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT
  if (!Number.isInteger(bodyLimit) || bodyLimit < 1) throw new TypeError(`bodyLimit must be a whole number of bytes ≥ 1, not ${bodyLimit}`)
  const app = Fastify({ bodyLimit, logger: options.logger ?? false })
  installErrorHandler(app)
  analyzeRoute(app)
  archiveRoutes(app, options.archive)
  openapiRoute(app)
  return app
}
