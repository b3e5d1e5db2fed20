import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { NEEDS_SHARED, ROOT, SHARED } from '../../test/shared.js'
import type { Archive } from '../store/archive.js'
import { ingestPaths } from '../store/ingest/ingest-paths.js'
import { openArchive } from '../store/open-archive.js'
import { buildApp } from './app.js'
import { SERVE_ERROR_CODES } from './errors.js'

interface ErrorBody { error: { code: string; message: string } }

describe('HTTP API over a SQLite archive of 30 corpus articles', NEEDS_SHARED, () => {
  let dir: string
  let archive: Archive
  let app: FastifyInstance

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'marsad-serve-'))
    const lines = (await readFile(join(SHARED, 'data', 'news-corpus', 'articles-02.jsonl'), 'utf8')).split('\n').filter((l) => l.trim()).slice(0, 30)
    await writeFile(join(dir, 'batch.jsonl'), lines.join('\n') + '\n')
    archive = await openArchive(join(dir, 'marsad.db'))
    const summary = await ingestPaths(archive, [join(dir, 'batch.jsonl')], { workers: 0 })
    assert.equal(summary.added, 30)
    app = buildApp({ archive, bodyLimit: 64 * 1024 })
  })

  after(async () => {
    await app?.close()
    await archive?.close()
    await rm(dir, { recursive: true, force: true })
  })

  test('analyzes Arabic text without storing it: dateline, language, published', async () => {
    const stored = (await app.inject({ method: 'GET', url: '/api/stats' })).json<{ articles: number }>().articles
    const text = 'موسكو (أ ف ب) – زار كبير الدبلوماسيين الكوريين الشماليين الكرملين يوم الاثنين لإجراء محادثات مع الرئيس الروسي فلاديمير بوتين.'
    const res = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text, published: '2025-10-28', outlet: 'AFP' } })
    assert.equal(res.statusCode, 200)
    const record = res.json<{ schema: string; language: string; text: string; published: string; outlet: string; dateline: { span: [number, number]; place: { span: [number, number] } | null } | null }>()
    assert.equal(record.schema, 'marsad.article/1')
    assert.equal(record.language, 'ar')
    assert.equal(record.published, '2025-10-28')
    assert.equal(record.outlet, 'AFP')
    assert.ok(record.dateline, 'a dateline is found')
    assert.ok(record.dateline.place)
    assert.equal(text.slice(...record.dateline.place.span), 'موسكو')
    const storedAfter = (await app.inject({ method: 'GET', url: '/api/stats' })).json<{ articles: number }>().articles
    assert.equal(storedAfter, stored, 'analyze stores nothing')
  })

  test('searches an Arabic word: total, ranked hits with highlights, like `marsad search --json`', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/search?q=' + encodeURIComponent('الخرطوم') + '&limit=5' })
    assert.equal(res.statusCode, 200)
    const body = res.json<{ total: number; results: { id: string; highlights: [number, number][]; snippet: string }[] }>()
    assert.ok(body.total > 0)
    assert.ok(body.results.length > 0 && body.results.length <= 5)
    for (const hit of body.results) assert.ok(hit.highlights.length > 0 || hit.snippet.length > 0)
    assert.ok(body.results.some((h) => h.highlights.length > 0), 'hits carry highlights')
    const filtered = await app.inject({ method: 'GET', url: '/api/search?q=&from=2100-01-01' })
    assert.equal(filtered.json<{ total: number }>().total, 0)
  })

  test('fetches a stored article by id, and its highlights point at the word', async () => {
    const search = (await app.inject({ method: 'GET', url: '/api/search?q=' + encodeURIComponent('الخرطوم') })).json<{
      results: { id: string; highlights: [number, number][] }[]
    }>()
    const hit = search.results[0]!
    const res = await app.inject({ method: 'GET', url: '/api/articles/' + encodeURIComponent(hit.id) })
    assert.equal(res.statusCode, 200)
    const record = res.json<{ id: string; text: string }>()
    assert.equal(record.id, hit.id)
    const [s, e] = hit.highlights[0]!
    assert.match(record.text.slice(s, e), /الخرطوم/)
  })

  test('counts the archive', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/stats' })
    assert.equal(res.statusCode, 200)
    const stats = res.json<{ articles: number; entities: number; outlets: number; dialect: string }>()
    assert.equal(stats.articles, 30)
    assert.ok(stats.entities > 0)
    assert.ok(stats.outlets >= 1)
    assert.equal(stats.dialect, 'sqlite')
  })

  test('a missing article or route is a 404 ERR_NOT_FOUND', async () => {
    for (const url of ['/api/articles/no-such-article', '/api/nothing-here']) {
      const res = await app.inject({ method: 'GET', url })
      assert.equal(res.statusCode, 404, url)
      assert.equal(res.json<ErrorBody>().error.code, 'ERR_NOT_FOUND')
    }
  })

  test('bad input is a 400 ERR_INVALID_ARGUMENT that names the field', async () => {
    const cases: [string, string][] = [
      ['/api/search?q=x&limit=-1', 'limit'],
      ['/api/search?q=x&limit=abc', 'limit'],
      ['/api/search?q=x&limit=5000', 'limit'],
      ['/api/search?q=x&from=notadate', 'from'],
      ['/api/search?q=x&to=2015-13', 'to'],
      ['/api/search?q=x&colour=red', 'colour'],
    ]
    for (const [url, field] of cases) {
      const res = await app.inject({ method: 'GET', url })
      assert.equal(res.statusCode, 400, url)
      const body = res.json<ErrorBody>()
      assert.equal(body.error.code, 'ERR_INVALID_ARGUMENT', url)
      assert.match(body.error.message, new RegExp(field), url)
    }
    const bodies: unknown[] = [{}, { text: 42 }, { text: 'نص', published: 'yesterday' }, { text: 'نص', date: '2020-01-01' }]
    for (const payload of bodies) {
      const res = await app.inject({ method: 'POST', url: '/api/analyze', payload: payload as object })
      assert.equal(res.statusCode, 400, JSON.stringify(payload))
      assert.equal(res.json<ErrorBody>().error.code, 'ERR_INVALID_ARGUMENT')
    }
    const broken = await app.inject({ method: 'POST', url: '/api/analyze', headers: { 'content-type': 'application/json' }, payload: '{"text": ' })
    assert.equal(broken.statusCode, 400)
    assert.equal(broken.json<ErrorBody>().error.code, 'ERR_INVALID_ARGUMENT')
  })

  test('a body over the limit is a 413 ERR_TOO_LARGE', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'ا'.repeat(64 * 1024) } })
    assert.equal(res.statusCode, 413)
    assert.equal(res.json<ErrorBody>().error.code, 'ERR_TOO_LARGE')
  })

  test('serves a hand-written OpenAPI 3.1 document that lists every route', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' })
    assert.equal(res.statusCode, 200)
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>()
    assert.equal(doc.openapi, '3.1.0')
    assert.deepEqual(Object.keys(doc.paths).sort(), [
      '/api/analyze',
      '/api/articles',
      '/api/articles/{id}',
      '/api/entities',
      '/api/entities/{id}',
      '/api/openapi.json',
      '/api/search',
      '/api/stats',
      '/api/stories',
      '/api/stories/{id}',
    ])
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods)) {
        assert.ok(app.hasRoute({ method: method.toUpperCase() as 'GET', url: path.replace(/\{(\w+)\}/g, ':$1') }), `${method} ${path} is served`)
      }
    }
    assert.ok(doc.paths['/api/analyze']!.post)
  })
})

test('an unexpected error is a 500 that hides its message and stack', async () => {
  const failing = {
    stats: () => Promise.reject(new Error('secret: database at /var/lib/x is corrupt')),
  } as unknown as Archive
  const app = buildApp({ archive: failing })
  try {
    const res = await app.inject({ method: 'GET', url: '/api/stats' })
    assert.equal(res.statusCode, 500)
    const body = res.json<ErrorBody>()
    assert.deepEqual(Object.keys(body), ['error'])
    assert.deepEqual(Object.keys(body.error).sort(), ['code', 'message'])
    assert.equal(body.error.code, 'ERR_INTERNAL')
    assert.doesNotMatch(res.body, /secret|corrupt|\bat .*\.[jt]s:\d+/)
    assert.match(body.error.message, /request req-\d+/, 'names the request id the log has')
  } finally {
    await app.close()
  }
})

test('the default body limit is 5 MB', async () => {
  const app = buildApp({ archive: {} as Archive })
  try {
    const res = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'a'.repeat(5 * 1024 * 1024) } })
    assert.equal(res.statusCode, 413)
    assert.equal(res.json<ErrorBody>().error.code, 'ERR_TOO_LARGE')
  } finally {
    await app.close()
  }
})

test('refuses a bodyLimit that is not a positive whole number', () => {
  assert.throws(() => buildApp({ archive: {} as Archive, bodyLimit: 0 }), TypeError)
})

test('documents every server error code in docs/errors.md', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'errors.md'), 'utf8')
  for (const code of Object.keys(SERVE_ERROR_CODES)) assert.ok(doc.includes('`' + code + '`'), `${code} is missing from docs/errors.md`)
})
