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
/** A string or null, as most of a record's metadata is. */
const nullableString = { type: ['string', 'null'] }
const span = { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2, description: '[start, end) in UTF-16 code units' }

export const MARSAD_OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Marsad API',
    version: '1',
    license: { name: 'MIT', identifier: 'MIT' },
    description:
      'Analyse Arabic news text, store it, and search an archive of analysed articles. Errors are {"error": {"code", "message"}}; a request with `Accept-Language: ar` gets the Arabic message of the code, and the specific English message as `error.detail`.',
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
                  title: nullableString,
                  url: nullableString,
                  outlet: nullableString,
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
          q('cursor', 'the next page: `next_cursor` of the previous page, with the same q and filters (limit may change)'),
          q('offset', 'results to skip (instead of cursor; not both)', { type: 'integer', minimum: 0, maximum: 1000000, default: 0 }),
        ],
        responses: {
          '200': json('`total` counts every match, not only those returned; `next_cursor` is null on the last page', { $ref: '#/components/schemas/SearchResults' }),
          '400': error('ERR_INVALID_ARGUMENT: a parameter is not valid'),
          '500': error('ERR_INTERNAL'),
        },
      },
    },
    '/api/articles': {
      post: {
        summary: 'Analyse and store one article (JSON) or a batch (JSONL, one article object per line, at most 1000); idempotent as `marsad ingest`',
        description:
          'An article is identified by its id, else its URL, else its content: the same article again is a duplicate, changed text under the same id or URL an update. A bad single article is a 400; in a batch a bad line fails alone and the others are stored. Analysis runs on the server\'s main thread.',
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: { $ref: '#/components/schemas/ArticleInput' } },
            'application/x-ndjson': { schema: { type: 'string', description: 'one ArticleInput object per line (also application/jsonl, application/x-jsonlines)' } },
          },
        },
        responses: {
          '200': json('Counts, and one outcome per article in the order sent', { $ref: '#/components/schemas/IngestResult' }),
          '400': error('ERR_INVALID_ARGUMENT, ERR_EMPTY_INPUT: the article (or the whole batch) is not valid'),
          '413': error('ERR_TOO_LARGE: the body is over the limit, or the batch holds more than 1000 articles'),
          '415': error('ERR_UNSUPPORTED_MEDIA_TYPE: neither JSON nor JSONL'),
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
    '/api/entities': {
      get: {
        summary: 'The entities a name denotes (any spelling, or the Latin name), most mentioned first',
        parameters: [
          { name: 'q', in: 'query', required: true, description: 'a name', schema: { type: 'string', minLength: 1, maxLength: 200 } },
          q('limit', 'rows of co-occurring entities and of quotes in each report', { type: 'integer', minimum: 1, maximum: 100, default: 10 }),
        ],
        responses: {
          '200': json('`entities` is [] when the name denotes none', { type: 'object', required: ['entities'], properties: { entities: { type: 'array', items: { $ref: '#/components/schemas/EntityReport' } } } }),
          '400': error('ERR_INVALID_ARGUMENT: q is missing or too long'),
          '500': error('ERR_INTERNAL'),
        },
      },
    },
    '/api/entities/{id}': {
      get: {
        summary: 'One entity by its archive id: names, counts, timeline by day, co-occurring entities, quotes',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } },
          q('limit', 'rows of co-occurring entities and of quotes', { type: 'integer', minimum: 1, maximum: 100, default: 10 }),
        ],
        responses: {
          '200': json('The report', { $ref: '#/components/schemas/EntityReport' }),
          '400': error('ERR_INVALID_ARGUMENT: the id is not a whole number'),
          '404': error('ERR_NOT_FOUND: no entity with this id'),
          '500': error('ERR_INTERNAL'),
        },
      },
    },
    '/api/stories': {
      get: {
        summary: 'Stories (articles that retell one wire copy), biggest first, then most recent; or the story of one article',
        parameters: [
          q('limit', 'stories to return', { type: 'integer', minimum: 1, maximum: 100, default: 20 }),
          q('min_size', 'smallest story listed', { type: 'integer', minimum: 1, default: 2 }),
          q('article', 'only the story holding the article with this record id (of any size)'),
          q('cursor', 'the next page: `next_cursor` of the previous page'),
        ],
        responses: {
          '200': json('`total` counts every story listed by the filter', { $ref: '#/components/schemas/StoryList' }),
          '400': error('ERR_INVALID_ARGUMENT'),
          '500': error('ERR_INTERNAL'),
        },
      },
    },
    '/api/stories/{id}': {
      get: {
        summary: 'One story with all its articles',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
        responses: {
          '200': json('The story', { $ref: '#/components/schemas/Story' }),
          '400': error('ERR_INVALID_ARGUMENT'),
          '404': error('ERR_NOT_FOUND: no story with this id'),
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
              message: { type: 'string', description: 'English, or Arabic when Accept-Language prefers ar' },
              detail: { type: 'string', description: 'in Arabic answers only: the specific English message' },
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
          title: nullableString,
          outlet: nullableString,
          published: nullableString,
          url: nullableString,
          score: { type: 'number' },
          snippet: { type: 'string' },
          snippetSpan: span,
          highlights: { type: 'array', items: span },
          titleHighlights: { type: 'array', items: span },
        },
      },
      SearchResults: {
        type: 'object',
        required: ['total', 'results', 'next_cursor'],
        properties: {
          total: { type: 'integer' },
          results: { type: 'array', items: { $ref: '#/components/schemas/SearchHit' } },
          next_cursor: { type: ['string', 'null'], description: 'opaque; pass as cursor= for the next page' },
        },
      },
      ArticleInput: {
        type: 'object',
        additionalProperties: false,
        description: 'text or html, not both',
        properties: {
          id: { type: ['string', 'integer'], description: 'identifies the article across requests (else its url, else its content)' },
          text: { type: 'string' },
          html: { type: 'string', description: 'a page: its text, title, date and outlet are read as `marsad ingest` reads HTML; fields given here win' },
          published: { type: ['string', 'null'], description: 'YYYY-MM-DD or an ISO date-time' },
          title: nullableString,
          url: nullableString,
          outlet: nullableString,
        },
      },
      IngestResult: {
        type: 'object',
        required: ['added', 'updated', 'duplicates', 'failed', 'results'],
        properties: {
          added: { type: 'integer' },
          updated: { type: 'integer' },
          duplicates: { type: 'integer' },
          failed: { type: 'integer' },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['outcome', 'id'],
              properties: {
                outcome: { enum: ['added', 'updated', 'duplicate', 'failed'] },
                id: { type: ['string', 'null'], description: 'the record id stored (for a duplicate, the copy already stored); for a failure, the id sent if any' },
                error: { $ref: '#/components/schemas/Error/properties/error' },
              },
            },
          },
        },
      },
      EntityReport: {
        type: 'object',
        required: ['id', 'type', 'name', 'latin', 'variants', 'articles', 'mentions', 'timeline', 'cooccurring', 'quotes'],
        properties: {
          id: { type: 'integer' },
          type: { enum: ['PER', 'LOC', 'ORG'] },
          name: { type: 'string' },
          latin: nullableString,
          variants: { type: 'array', items: { type: 'object', properties: { text: { type: 'string' }, count: { type: 'integer' } } } },
          articles: { type: 'integer' },
          mentions: { type: 'integer' },
          timeline: { type: 'array', items: { type: 'object', properties: { day: { type: 'string' }, mentions: { type: 'integer' }, articles: { type: 'integer' } } } },
          cooccurring: {
            type: 'array',
            items: { type: 'object', properties: { id: { type: 'integer' }, type: { type: 'string' }, name: { type: 'string' }, latin: nullableString, articles: { type: 'integer' } } },
          },
          quotes: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                articleId: { type: 'string' },
                published: nullableString,
                title: nullableString,
                text: { type: 'string' },
                direct: { type: 'boolean' },
                cue: nullableString,
                span,
              },
            },
          },
        },
      },
      StoryMember: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          title: nullableString,
          outlet: nullableString,
          published: nullableString,
          url: nullableString,
          similarity: { type: 'number', description: 'estimated Jaccard similarity to the representative' },
        },
      },
      Story: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          size: { type: 'integer' },
          representative: { $ref: '#/components/schemas/StoryMember' },
          members: { type: 'array', items: { $ref: '#/components/schemas/StoryMember' } },
          outlets: { type: 'array', items: { type: 'string' } },
          first: nullableString,
          last: nullableString,
        },
      },
      StoryList: {
        type: 'object',
        required: ['total', 'stories', 'next_cursor'],
        properties: {
          total: { type: 'integer' },
          stories: { type: 'array', items: { $ref: '#/components/schemas/Story' } },
          next_cursor: nullableString,
        },
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
          firstPublished: nullableString,
          lastPublished: nullableString,
          sizeBytes: { type: 'integer' },
          schemaVersion: { type: 'integer' },
          dialect: { enum: ['sqlite', 'postgres'] },
        },
      },
    },
  },
} as const
