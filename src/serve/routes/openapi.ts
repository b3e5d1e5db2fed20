import type { FastifyInstance } from 'fastify'
import { MARSAD_OPENAPI } from '../openapi.js'

/** `GET /api/openapi.json`: the hand-written description of these routes. */
export function openapiRoute(app: FastifyInstance): void {
  app.get('/api/openapi.json', async () => MARSAD_OPENAPI)
}
