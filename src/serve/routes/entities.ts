import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { Archive } from '../../store/archive.js'
import { ServeError } from '../errors.js'
import { parseInput } from '../validate.js'
import { wholeField } from './query-fields.js'

/** Rows of co-occurring entities and of quotes in a report: default 10, at most 100. */
const rows = wholeField(1, 100).default(10)

/** The query of `GET /api/entities`: a name in any spelling, or a Latin name. */
export const EntitiesQuery = z.object({ q: z.string().trim().min(1).max(200), limit: rows }).strict()
export const EntityParams = z.object({ id: wholeField(1, Number.MAX_SAFE_INTEGER) })
export const EntityQuery = z.object({ limit: rows }).strict()

/** Routes of entities: the entities a name denotes, and one entity's report by its id. */
export function entityRoutes(app: FastifyInstance, archive: Archive): void {
  app.get('/api/entities', async (request) => {
    const { q, limit } = parseInput(EntitiesQuery, request.query, 'query')
    return { entities: await archive.entity(q, { limit }) }
  })

  app.get('/api/entities/:id', async (request) => {
    const { id } = parseInput(EntityParams, request.params, 'path')
    const { limit } = parseInput(EntityQuery, request.query, 'query')
    const report = await archive.entityById(id, { limit })
    if (!report) throw new ServeError('ERR_NOT_FOUND', 404, `No entity with id ${id} in the archive`)
    return report
  })
}
