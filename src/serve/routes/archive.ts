import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { Archive } from '../../store/archive.js'
import { decodeCursor, nextCursor } from '../cursor.js'
import { ServeError } from '../errors.js'
import { parseInput } from '../validate.js'
import { cursorField, dateField, wholeField } from './query-fields.js'

/** The query of `GET /api/search`: the filters of `marsad search`, and a cursor or an offset. */
export const SearchQuery = z
  .object({
    q: z.string().max(1000).default(''),
    entity: z.string().min(1).max(200).optional(),
    from: dateField.optional(),
    to: dateField.optional(),
    outlet: z.string().min(1).max(200).optional(),
    limit: wholeField(1, 1000).default(10),
    offset: wholeField(0, 1_000_000).optional(),
    cursor: cursorField.optional(),
  })
  .strict()
  .refine((v) => v.offset === undefined || v.cursor === undefined, { message: 'give cursor or offset, not both', path: ['cursor'] })

export const ArticleParams = z.object({ id: z.string().min(1).max(300) })

/** Routes that read articles: search, one article, stats. */
export function archiveRoutes(app: FastifyInstance, archive: Archive): void {
  app.get('/api/search', async (request) => {
    const { q, limit, offset, cursor, ...filters } = parseInput(SearchQuery, request.query, 'query')
    const scope = { q: q.trim(), ...filters }
    const position = cursor === undefined ? (offset ?? 0) : decodeCursor(cursor, 'search', scope)
    const found = await archive.search(q, { ...filters, limit, offset: position })
    return { ...found, next_cursor: nextCursor('search', scope, position, found.results.length, found.total) }
  })

  app.get('/api/articles/:id', async (request) => {
    const { id } = parseInput(ArticleParams, request.params, 'path')
    const record = await archive.get(id)
    if (!record) throw new ServeError('ERR_NOT_FOUND', 404, `No article with id '${id}' in the archive`)
    return record
  })

  app.get('/api/stats', async () => archive.stats())
}
