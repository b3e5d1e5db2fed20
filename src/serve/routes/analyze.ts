import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { analyze, parsePublished } from '../../pipeline/analyze.js'
import { parseInput } from '../validate.js'

/** The body of `POST /api/analyze`. Unknown fields are refused so a typo does not pass silently. */
export const AnalyzeBody = z
  .object({
    text: z.string(),
    published: z.string().refine((v) => parsePublished(v) !== null, 'must be YYYY-MM-DD or an ISO date-time').nullish(),
    title: z.string().nullish(),
    url: z.string().nullish(),
    outlet: z.string().nullish(),
  })
  .strict()

/** `POST /api/analyze`: the marsad.article/1 record of the text; nothing is stored. */
export function analyzeRoute(app: FastifyInstance): void {
  app.post('/api/analyze', async (request) => {
    const body = parseInput(AnalyzeBody, request.body, 'body')
    return analyze(body.text, { published: body.published, title: body.title, url: body.url, outlet: body.outlet })
  })
}
