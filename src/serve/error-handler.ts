/**
 * The one error handler: maps an error's code to a status and `{"error": {"code", "message"}}`.
 * Unknown errors become a 500 that names only the request id; the error (with its stack) goes to
 * the log, never to the client. A request that prefers Arabic (`Accept-Language: ar`) gets the
 * Arabic message of the code, and the specific English message as `detail`.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { MarsadError, type ErrorCode } from '../core/errors.js'
import { ServeError } from './errors.js'
import { ARABIC_MESSAGES, isApiErrorCode, pickLanguage } from './locale.js'

/** The status each catalogue code is sent with; a code not listed is a 500. */
const STATUS_OF: Partial<Record<ErrorCode, number>> = {
  ERR_INVALID_ARGUMENT: 400,
  ERR_BAD_DATE: 400,
  ERR_BAD_JSON: 400,
  ERR_EMPTY_INPUT: 400,
  ERR_BINARY_INPUT: 400,
  ERR_UNKNOWN_ENCODING: 400,
  ERR_LIMIT: 413,
  ERR_FILE_NOT_FOUND: 404,
}

/** The body of every error response; `detail` only in Arabic answers (the English specifics). */
export interface ErrorBody {
  error: { code: string; message: string; detail?: string }
}

function send(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  const arabic = pickLanguage(reply.request.headers['accept-language']) === 'ar' && isApiErrorCode(code)
  const body: ErrorBody = { error: arabic ? { code, message: ARABIC_MESSAGES[code], detail: message } : { code, message } }
  return reply.code(status).header('content-language', arabic ? 'ar' : 'en').header('vary', 'Accept-Language').type('application/json; charset=utf-8').send(body)
}

/** Fastify's own errors (body parsing, limits) carry a statusCode and an FST_ code. */
function isFastifyError(err: unknown): err is FastifyError {
  return err instanceof Error && typeof (err as FastifyError).code === 'string' && typeof (err as FastifyError).statusCode === 'number'
}

/** Installs the error handler and the not-found handler on `app`. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof ServeError) return send(reply, err.status, err.code, err.message)
    if (err instanceof MarsadError) {
      const status = STATUS_OF[err.code]
      if (status) return send(reply, status, err.code, err.message)
    } else if (isFastifyError(err)) {
      const status = err.statusCode ?? 500
      if (status === 413) return send(reply, 413, 'ERR_TOO_LARGE', `The request body is over the limit of ${app.initialConfig.bodyLimit} bytes`)
      if (status === 415) return send(reply, 415, 'ERR_UNSUPPORTED_MEDIA_TYPE', 'Send the body as JSON (Content-Type: application/json), or a batch of articles as JSONL (application/x-ndjson)')
      if (status >= 400 && status < 500) return send(reply, 400, 'ERR_INVALID_ARGUMENT', err.message)
    }
    request.log.error({ err, reqId: request.id }, 'unexpected error')
    return send(reply, 500, 'ERR_INTERNAL', `Internal error (request ${request.id}); the server log has the details`)
  })
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) =>
    send(reply, 404, 'ERR_NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]}`),
  )
}
