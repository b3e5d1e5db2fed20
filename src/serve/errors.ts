/**
 * Error codes the HTTP server adds to the catalogue in `core/errors.ts` (which it does not
 * change): each is documented in `src/serve/README.md`.
 */
export const SERVE_ERROR_CODES = {
  ERR_NOT_FOUND: 'No article, entity, story or route with that id or path.',
  ERR_TOO_LARGE: 'The request body is over the server\'s body limit.',
  ERR_UNSUPPORTED_MEDIA_TYPE: 'The request body is not JSON (send Content-Type: application/json, or application/x-ndjson for a batch of articles).',
  ERR_INTERNAL: 'Something failed that the server did not expect; the log has the details under the request id.',
} as const

export type ServeErrorCode = keyof typeof SERVE_ERROR_CODES

/** An error of the HTTP layer, with its code and the status it is sent with. */
export class ServeError extends Error {
  readonly code: ServeErrorCode
  readonly status: number
  constructor(code: ServeErrorCode, status: number, message: string) {
    super(message)
    this.name = 'ServeError'
    this.code = code
    this.status = status
  }
}
