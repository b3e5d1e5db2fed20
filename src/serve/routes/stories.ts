import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { Archive } from '../../store/archive.js'
import { decodeCursor, nextCursor } from '../cursor.js'
import { ServeError } from '../errors.js'
import { parseInput } from '../validate.js'
import { cursorField, wholeField } from './query-fields.js'

/** The query of `GET /api/stories`: biggest first, then most recent; or the story of one article. */
export const StoriesQuery = z
  .object({
    limit: wholeField(1, 100).default(20),
    min_size: wholeField(1, 100_000).default(2),
    article: z.string().min(1).max(300).optional(),
    cursor: cursorField.optional(),
  })
  .strict()
export const StoryParams = z.object({ id: wholeField(1, Number.MAX_SAFE_INTEGER) })

/** Routes of stories (articles that retell one wire copy): the list, and one story. */
export function storyRoutes(app: FastifyInstance, archive: Archive): void {
  app.get('/api/stories', async (request) => {
    const { limit, min_size: minSize, article, cursor } = parseInput(StoriesQuery, request.query, 'query')
    const scope = { minSize, article }
    const position = cursor === undefined ? 0 : decodeCursor(cursor, 'stories', scope)
    const list = await archive.stories({ minSize, limit, offset: position, ...(article ? { articleId: article } : {}) })
    return { ...list, next_cursor: article ? null : nextCursor('stories', scope, position, list.stories.length, list.total) }
  })

  app.get('/api/stories/:id', async (request) => {
    const { id } = parseInput(StoryParams, request.params, 'path')
    const story = (await archive.stories({ id })).stories[0]
    if (!story) throw new ServeError('ERR_NOT_FOUND', 404, `No story with id ${id} in the archive`)
    return story
  })
}
