import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { Archive } from '../../store/archive.js'
import { ServeError } from '../errors.js'
import { parseInput } from '../validate.js'

const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/
const date = z.string().regex(DATE, 'must be YYYY-MM-DD, YYYY-MM or YYYY')
const whole = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))

/** The query of `GET /api/search`; the same filters as `marsad search`. */
export const SearchQuery = z
  .object({
    q: z.string().max(1000).default(''),
    entity: z.string().min(1).max(200).optional(),
    from: date.optional(),
    to: date.optional(),
    outlet: z.string().min(1).max(200).optional(),
    limit: whole(1, 1000).default(10),
    offset: whole(0, 1_000_000).default(0),
  })
  .strict()

export const ArticleParams = z.object({ id: z.string().min(1).max(300) })

/** Routes that read the archive: search, one article, stats. */
export function archiveRoutes(app: FastifyInstance, archive: Archive): void {
  app.get('/api/search', async (request) => {
    const { q, ...options } = parseInput(SearchQuery, request.query, 'query')
    return archive.search(q, options)
  })

  app.get('/api/articles/:id', async (request) => {
    const { id } = parseInput(ArticleParams, request.params, 'path')
    const record = await archive.get(id)
    if (!record) throw new ServeError('ERR_NOT_FOUND', 404, `No article with id '${id}' in the archive`)
    return record
  })

  app.get('/api/stats', async () => archive.stats())
}
