/**
 * The OpenAPI 3.1 description of the HTTP API, written by hand. The record itself is described
 * by SPEC.md (`marsad.article/1`); here it is an object.
 */
const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
})
const json = (description: string, schema: object) => ({ description, content: { 'application/json': { schema } } })
const q = (name: string, description: string, schema: object = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema })
const dateSchema = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }
const span = { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2, description: '[start, end) in UTF-16 code units' }

export const MARSAD_OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Marsad API',
    version: '1',
    license: { name: 'MIT', identifier: 'MIT' },
    description: 'Analyse Arabic news text and search an archive of analysed articles. Errors are {"error": {"code", "message"}}.',
  },
  paths: {
    '/api/analyze': {
      post: {
        summary: 'Analyse a text; returns its marsad.article/1 record (nothing is stored)',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['text'],
                properties: {
                  text: { type: 'string' },
                  published: { type: ['string', 'null'], description: 'YYYY-MM-DD or an ISO date-time; times resolve against it' },
                  title: { type: ['string', 'null'] },
                  url: { type: ['string', 'null'] },
                  outlet: { type: ['string', 'null'] },
                },
              },
            },
          },
        },
        responses: {
          '200': json('The record', { $ref: '#/components/schemas/ArticleRecord' }),
          '400': error('ERR_INVALID_ARGUMENT: the body is not valid'),
          '413': error('ERR_TOO_LARGE: the body is over the limit'),
          '415': error('ERR_UNSUPPORTED_MEDIA_TYPE: the body is not JSON'),
          '500': error('ERR_INTERNAL'),
        },
      },
    },
    '/api/search': {
      get: {
        summary: 'Ranked full-text search (BM25) with snippets and highlights; an empty q lists by date with the filters alone',
        parameters: [
          q('q', 'words (all must match); "a phrase" in quotes matches as a phrase'),
          q('entity', 'only articles that mention this entity (any spelling, or its Latin name)'),
          q('from', 'published on or after (YYYY-MM-DD, YYYY-MM or YYYY)', dateSchema),
          q('to', 'published on or before', dateSchema),
          q('outlet', 'only this outlet (case does not matter)'),
          q('limit', 'results to return', { type: 'integer', minimum: 1, maximum: 1000, default: 10 }),
          q('offset', 'results to skip', { type: 'integer', minimum: 0, default: 0 }),
        ],
        responses: {
          '200': json('`total` counts every match, not only those returned', { $ref: '#/components/schemas/SearchResults' }),
          '400': error('ERR_INVALID_ARGUMENT: a parameter is not valid'),
          '500': error('ERR_INTERNAL'),
        },
      },
    },
    '/api/articles/{id}': {
      get: {
        summary: 'The stored record with this id',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': json('The record', { $ref: '#/components/schemas/ArticleRecord' }),
          '404': error('ERR_NOT_FOUND: no article with this id'),
          '500': error('ERR_INTERNAL'),
        },
      },
    },
    '/api/stats': {
      get: {
        summary: 'Counts over the whole archive',
        responses: { '200': json('The counts', { $ref: '#/components/schemas/ArchiveStats' }), '500': error('ERR_INTERNAL') },
      },
    },
    '/api/openapi.json': {
      get: { summary: 'This document', responses: { '200': json('OpenAPI 3.1', { type: 'object' }) } },
    },
  },
  components: {
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: {
              code: { type: 'string', examples: ['ERR_INVALID_ARGUMENT', 'ERR_NOT_FOUND', 'ERR_TOO_LARGE', 'ERR_INTERNAL'] },
              message: { type: 'string' },
            },
          },
        },
      },
      ArticleRecord: {
        type: 'object',
        description: 'A marsad.article/1 record (see SPEC.md): text, language, dateline, entities, quotes, sources, times, quantities, warnings',
        required: ['schema', 'id', 'text', 'language'],
        properties: { schema: { const: 'marsad.article/1' }, id: { type: 'string' }, text: { type: 'string' }, language: { type: 'string' } },
      },
      SearchHit: {
        type: 'object',
        required: ['id', 'score', 'snippet', 'snippetSpan', 'highlights', 'titleHighlights'],
        properties: {
          id: { type: 'string' },
          title: { type: ['string', 'null'] },
          outlet: { type: ['string', 'null'] },
          published: { type: ['string', 'null'] },
          url: { type: ['string', 'null'] },
          score: { type: 'number' },
          snippet: { type: 'string' },
          snippetSpan: span,
          highlights: { type: 'array', items: span },
          titleHighlights: { type: 'array', items: span },
        },
      },
      SearchResults: {
        type: 'object',
        required: ['total', 'results'],
        properties: { total: { type: 'integer' }, results: { type: 'array', items: { $ref: '#/components/schemas/SearchHit' } } },
      },
      ArchiveStats: {
        type: 'object',
        properties: {
          articles: { type: 'integer' },
          entities: { type: 'integer' },
          mentions: { type: 'integer' },
          quotes: { type: 'integer' },
          times: { type: 'integer' },
          quantities: { type: 'integer' },
          stories: { type: 'integer' },
          outlets: { type: 'integer' },
          firstPublished: { type: ['string', 'null'] },
          lastPublished: { type: ['string', 'null'] },
          sizeBytes: { type: 'integer' },
          schemaVersion: { type: 'integer' },
          dialect: { enum: ['sqlite', 'postgres'] },
        },
      },
    },
  },
} as const
