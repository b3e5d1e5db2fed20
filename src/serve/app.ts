/**
 * The HTTP API over an archive (Fastify). `buildApp` only builds: the caller opens the archive,
 * listens (or injects, in tests) and closes both.
 */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import type { Archive } from '../store/archive.js'
import { CachedArchive } from '../store/cached-archive.js'
import { createTaskRunner, type TaskRunner } from '../store/ingest/worker-pool.js'
import { installErrorHandler } from './error-handler.js'
import { analyzeRoute } from './routes/analyze.js'
import { archiveRoutes } from './routes/archive.js'
import { articleIngestRoute } from './routes/articles.js'
import { entityRoutes } from './routes/entities.js'
import { openapiRoute } from './routes/openapi.js'
import { storyRoutes } from './routes/stories.js'
import { defaultUiDir, uiRoutes } from './routes/ui.js'

/** Bodies larger than this get a 413 unless `bodyLimit` says otherwise: 5 MB. */
export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024

/** Options of `buildApp`. */
export interface BuildAppOptions {
  readonly archive: Archive
  /** Largest request body in bytes (default 5 MB). */
  readonly bodyLimit?: number
  /** Fastify's logger option (default: off). Unexpected errors are logged with the request id. */
  readonly logger?: FastifyServerOptions['logger']
  /**
   * The built web UI to serve at `/` (a folder with `index.html` and `assets/`): default the one
   * `npm run build` makes (`defaultUiDir()`); `false` serves the API alone.
   */
  readonly ui?: string | false
  /**
   * Worker threads that analyse the articles of `POST /api/articles`, started on the first such
   * request (default 1; 0 analyses on the server's own thread, which then answers nothing else
   * while a batch is analysed).
   */
  readonly analysisThreads?: number
  /**
   * Memory for answers to reads (search, entities, stories, stats) kept until the archive changes
   * (`CachedArchive`), in MB: default 64; 0 asks the archive every time.
   */
  readonly cacheMb?: number
}

/** Default of `BuildAppOptions.cacheMb`. */
export const DEFAULT_CACHE_MB = 64

/**
 * Builds the app with its routes and error handler; does not listen. The UI is served when its
 * folder is given or the default build exists; `app.ready()` fails if a given folder holds no build.
 */
export function buildApp(options: BuildAppOptions): FastifyInstance {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT
  if (!Number.isInteger(bodyLimit) || bodyLimit < 1) throw new TypeError(`bodyLimit must be a whole number of bytes ≥ 1, not ${bodyLimit}`)
  const app = Fastify({ bodyLimit, logger: options.logger ?? false })
  installErrorHandler(app)
  // Bodies are JSON (and JSONL where a route says so); Fastify's plain-text parser would let text through to the schemas.
  app.removeContentTypeParser('text/plain')
  analyzeRoute(app)
  const cacheMb = options.cacheMb ?? DEFAULT_CACHE_MB
  if (!(cacheMb >= 0)) throw new TypeError(`cacheMb must be a number of MB ≥ 0, not ${cacheMb}`)
  const archive = cacheMb > 0 ? new CachedArchive(options.archive, { maxMb: cacheMb }) : options.archive
  archiveRoutes(app, archive)
  const threads = options.analysisThreads ?? 1
  if (!Number.isInteger(threads) || threads < 0) throw new TypeError(`analysisThreads must be a whole number ≥ 0, not ${threads}`)
  let runner: TaskRunner | null = null
  app.addHook('onClose', async () => {
    await runner?.close()
  })
  articleIngestRoute(app, archive, () => (runner ??= createTaskRunner(threads)))
  entityRoutes(app, archive)
  storyRoutes(app, archive)
  openapiRoute(app)
  const ui = options.ui === undefined ? defaultUiDir() : options.ui
  if (ui) void app.register(async (scope) => uiRoutes(scope, ui))
  return app
}
