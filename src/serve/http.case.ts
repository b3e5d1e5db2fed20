/**
 * The HTTP API over a real server on loopback (`app.listen` on port 0, then `fetch`), one suite
 * run on SQLite and on PostgreSQL (`http-sqlite.test.ts`, `http-postgres.test.ts`). Real corpus
 * articles go in through `POST /api/articles`, as a client would send them.
 */
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import { ERROR_CODES } from '../core/errors.js'
import type { ArticleRecord } from '../core/record.js'
import { NEEDS_SHARED } from '../../test/shared.js'
import { reprintGroups, toJsonlLine, webTestArticles } from '../../test/fixtures/serve/web-corpus.js'
import type { CorpusArticle } from '../../test/shared.js'
import type { Archive, EntityReport, SearchHit, Story } from '../store/archive.js'
import { buildApp } from './app.js'
import { SERVE_ERROR_CODES } from './errors.js'
import { ARABIC_MESSAGES } from './locale.js'

/** Opens a fresh, empty archive for the suite and removes it afterwards. */
export interface HttpFixture {
  open(): Promise<Archive>
  cleanup(): Promise<void>
}

interface Outcome { outcome: string; id: string | null; error?: { code: string; message: string } }
interface IngestAnswer { added: number; updated: number; duplicates: number; failed: number; results: Outcome[] }
interface ErrorAnswer { error: { code: string; message: string; detail?: string } }
interface SearchAnswer { total: number; results: SearchHit[]; next_cursor: string | null }
interface StoriesAnswer { total: number; stories: Story[]; next_cursor: string | null }

const ARABIC_LETTERS = /[\u0621-\u064A]/

/** Body limit of the server under test: 256 KiB, so a 413 is cheap to provoke. */
const BODY_LIMIT = 256 * 1024

/** Runs the HTTP suite against archives made by `makeFixture`. */
export function httpSuite(name: string, makeFixture: () => HttpFixture, skip: string | false = false): void {
  const options = skip ? { skip } : NEEDS_SHARED
  describe(`HTTP API on loopback over ${name}`, options, () => {
    const fixture = makeFixture()
    let archive: Archive
    let app: FastifyInstance
    let base = ''
    let articles: CorpusArticle[] = []

    const call = async (method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown; headers: Headers }> => {
      const res = await fetch(base + path, { method, body, headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers } })
      const text = await res.text()
      return { status: res.status, json: text ? JSON.parse(text) : null, headers: res.headers }
    }
    const getJson = async <T>(path: string, headers: Record<string, string> = {}): Promise<T> => {
      const r = await call('GET', path, undefined, headers)
      assert.equal(r.status, 200, `${path}: ${JSON.stringify(r.json)}`)
      return r.json as T
    }
    const postJsonl = (lines: string[]) => call('POST', '/api/articles', lines.join('\n') + '\n', { 'content-type': 'application/x-ndjson' })

    before(async () => {
      if (skip || 'skip' in options) return
      articles = webTestArticles()
      archive = await fixture.open()
      app = buildApp({ archive, bodyLimit: BODY_LIMIT, ui: false })
      base = await app.listen({ port: 0, host: '127.0.0.1' })
      // Two requests, each under the body limit.
      const half = Math.ceil(articles.length / 2)
      for (const part of [articles.slice(0, half), articles.slice(half)]) {
        const r = await postJsonl(part.map(toJsonlLine))
        assert.equal(r.status, 200, JSON.stringify(r.json))
      }
    })
    after(async () => {
      await app?.close()
      await archive?.close()
      await fixture.cleanup()
    })

    test('stored every corpus article sent as JSONL, under its own id', async () => {
      const stats = await getJson<{ articles: number }>('/api/stats')
      assert.equal(stats.articles, articles.length)
      const a = articles[3]!
      const record = await getJson<ArticleRecord>(`/api/articles/${encodeURIComponent(a.id)}`)
      assert.equal(record.text, a.text)
      assert.equal(record.outlet, a.outlet)
      assert.equal(record.published?.slice(0, 10), a.date.slice(0, 10))
    })

    test('sending the same articles again is idempotent: duplicates, and a changed text is an update', async () => {
      const some = articles.slice(0, 5)
      const again = await postJsonl(some.map(toJsonlLine))
      const body = again.json as IngestAnswer
      assert.deepEqual(body.results.map((r) => [r.outcome, r.id]), some.map((a) => ['duplicate', a.id]))
      assert.equal(body.duplicates, 5)
      const changed = { ...some[0]!, text: some[0]!.text.replace(/[.،]/, ' — نص معدل —') }
      assert.notEqual(changed.text, some[0]!.text)
      const updated = (await postJsonl([toJsonlLine(changed)])).json as IngestAnswer
      assert.deepEqual(updated.results.map((r) => r.outcome), ['updated'])
      assert.equal((await getJson<ArticleRecord>(`/api/articles/${encodeURIComponent(changed.id)}`)).text, changed.text)
      assert.equal((await getJson<{ articles: number }>('/api/stats')).articles, articles.length)
    })

    test('ingests one article sent as an HTML page: text without tags, title from the page', async () => {
      const a = articles[1]!
      const html = `<!doctype html><html lang="ar" dir="rtl"><head><title>${a.title}</title></head><body><article><h1>${a.title}</h1>${a.text
        .split('\n')
        .filter((p) => p.trim())
        .map((p) => `<p>${p}</p>`)
        .join('')}</article></body></html>`
      const r = await call('POST', '/api/articles', JSON.stringify({ id: 'html-page-1', html, published: a.date, outlet: a.outlet }))
      assert.equal(r.status, 200, JSON.stringify(r.json))
      assert.deepEqual((r.json as IngestAnswer).results, [{ outcome: 'added', id: 'html-page-1' }])
      const record = await getJson<ArticleRecord>('/api/articles/html-page-1')
      assert.ok(!record.text.includes('<p>'))
      const firstWords = a.text.trim().split(/\s+/).slice(0, 4).join(' ')
      assert.ok(record.text.includes(firstWords), `the page's text holds «${firstWords}»`)
      const again = await call('POST', '/api/articles', JSON.stringify({ id: 'html-page-1', html, published: a.date, outlet: a.outlet }))
      assert.deepEqual((again.json as IngestAnswer).results.map((x) => x.outcome), ['duplicate'])
    })

    test('a search asked before an article arrives finds it right after: kept answers follow the archive', async () => {
      const path = `/api/search?q=${encodeURIComponent('نواكشوط')}&limit=50`
      const before = await getJson<SearchAnswer>(path)
      assert.deepEqual(await getJson<SearchAnswer>(path), before)
      const text = 'نواكشوط (وكالات) - أعلنت الحكومة الموريتانية اليوم الأحد أن الاجتماع المقبل للجنة المشتركة سيعقد في نواكشوط الشهر المقبل.'
      const r = await call('POST', '/api/articles', JSON.stringify({ id: 'cache-follows-writes', text, published: '2015-07-26' }))
      assert.deepEqual((r.json as IngestAnswer).results.map((x) => x.outcome), ['added'])
      const after = await getJson<SearchAnswer>(path)
      assert.equal(after.total, before.total + 1)
      assert.ok(after.results.some((h) => h.id === 'cache-follows-writes'))
    })

    test('a bad line of a batch fails alone, with its line number; the other lines are stored', async () => {
      const good = { id: 'batch-good', text: articles[2]!.text.slice(0, 400), published: '2015-07-26' }
      const r = await postJsonl(['{"id": "broken", "text": ', JSON.stringify(good), JSON.stringify({ id: 'no-text', title: 'بلا نص' }), JSON.stringify({ id: 'bad-date', text: 'نص', published: '26/07/2015' })])
      assert.equal(r.status, 200)
      const body = r.json as IngestAnswer
      assert.deepEqual(body.results.map((x) => x.outcome), ['failed', 'added', 'failed', 'failed'])
      assert.equal(body.results[0]!.error?.code, 'ERR_BAD_JSON')
      assert.match(body.results[0]!.error!.message, /line 1/)
      assert.deepEqual([body.results[2]!.id, body.results[2]!.error?.code], ['no-text', 'ERR_INVALID_ARGUMENT'])
      assert.match(body.results[3]!.error!.message, /published/)
      assert.equal(body.added, 1)
      assert.equal(body.failed, 3)
    })

    test('walks an Arabic search with cursors: every hit once, in the order of one long page', async () => {
      const q = encodeURIComponent('المملكة')
      const all = await getJson<SearchAnswer>(`/api/search?q=${q}&limit=200`)
      assert.ok(all.total >= 7, `«المملكة» is in ${all.total} test articles`)
      assert.equal(all.next_cursor, null)
      const seen: string[] = []
      let url = `/api/search?q=${q}&limit=3`
      for (let pages = 0; url; pages++) {
        assert.ok(pages < 100)
        const page = await getJson<SearchAnswer>(url)
        assert.equal(page.total, all.total)
        seen.push(...page.results.map((h) => h.id))
        url = page.next_cursor ? `/api/search?q=${q}&limit=3&cursor=${encodeURIComponent(page.next_cursor)}` : ''
      }
      assert.deepEqual(seen, all.results.map((h) => h.id))
      for (const hit of all.results.slice(0, 5)) {
        const record = await getJson<ArticleRecord>(`/api/articles/${encodeURIComponent(hit.id)}`)
        for (const [s, e] of hit.highlights) assert.match(record.text.slice(s, e), /مملك/)
      }
    })

    test('refuses a cursor made for another query, a garbled cursor, and a cursor with an offset', async () => {
      const first = await getJson<SearchAnswer>(`/api/search?q=${encodeURIComponent('المملكة')}&limit=2`)
      assert.ok(first.next_cursor)
      const other = await call('GET', `/api/search?q=${encodeURIComponent('الرياض')}&limit=2&cursor=${encodeURIComponent(first.next_cursor)}`)
      assert.equal(other.status, 400)
      assert.match((other.json as ErrorAnswer).error.message, /cursor: it belongs to another query/)
      for (const bad of ['nonsense', 'eyJwIjotMX0']) {
        const r = await call('GET', `/api/search?q=x&cursor=${bad}`)
        assert.equal(r.status, 400)
        assert.equal((r.json as ErrorAnswer).error.code, 'ERR_INVALID_ARGUMENT')
      }
      const both = await call('GET', `/api/search?q=x&offset=2&cursor=${encodeURIComponent(first.next_cursor)}`)
      assert.equal(both.status, 400)
    })

    test('finds an entity by name and by its id: variants, counts, timeline and its article', async () => {
      const record = await getJson<ArticleRecord>(`/api/articles/${encodeURIComponent(articles[0]!.id)}`)
      const named = [...record.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0]
      assert.ok(named, 'the first test article names an entity')
      const surface = record.text.slice(named.mentions[0]![0], named.mentions[0]![1])
      const { entities } = await getJson<{ entities: EntityReport[] }>(`/api/entities?q=${encodeURIComponent(named.name)}`)
      assert.ok(entities.length >= 1)
      const report = entities.find((e) => e.variants.some((v) => v.text === surface))
      assert.ok(report, `an entity spelled «${surface}»`)
      assert.ok(report.mentions >= named.mentions.length)
      assert.equal(report.timeline.reduce((n, d) => n + d.mentions, 0), report.mentions, 'every test article is dated')
      const byId = await getJson<EntityReport>(`/api/entities/${report.id}`)
      assert.deepEqual(byId, report)
      const hits = await getJson<SearchAnswer>(`/api/search?entity=${encodeURIComponent(named.name)}&limit=100`)
      assert.ok(hits.results.some((h) => h.id === record.id))
      assert.equal((await call('GET', `/api/entities/${report.id + 100_000}`)).status, 404)
      assert.equal((await call('GET', '/api/entities/abc')).status, 400)
      assert.deepEqual(await getJson(`/api/entities?q=${encodeURIComponent('لا أحد بهذا الاسم')}`), { entities: [] })
    })

    test('lists stories biggest first, each reprint group together, with cursors and by article', async () => {
      const list = await getJson<StoriesAnswer>('/api/stories?limit=100')
      assert.ok(list.total >= 1)
      for (let i = 1; i < list.stories.length; i++) assert.ok(list.stories[i - 1]!.size >= list.stories[i]!.size)
      for (const group of reprintGroups()) {
        const story = list.stories.find((s) => s.members.some((m) => m.id === group[0]!.id))
        assert.ok(story, `a story holds ${group[0]!.id}`)
        for (const a of group) assert.ok(story.members.some((m) => m.id === a.id), `${a.id} is in the story of ${group[0]!.id}`)
        assert.deepEqual(new Set(story.outlets), new Set(story.members.map((m) => m.outlet)))
      }
      const paged: number[] = []
      let url = '/api/stories?limit=2'
      while (url) {
        const page = await getJson<StoriesAnswer>(url)
        paged.push(...page.stories.map((s) => s.id))
        url = page.next_cursor ? `/api/stories?limit=2&cursor=${encodeURIComponent(page.next_cursor)}` : ''
      }
      assert.deepEqual(paged, list.stories.map((s) => s.id))
      const top = list.stories[0]!
      assert.deepEqual(await getJson<Story>(`/api/stories/${top.id}`), top)
      const ofArticle = await getJson<StoriesAnswer>(`/api/stories?article=${encodeURIComponent(top.members[1]!.id)}`)
      assert.equal(ofArticle.stories[0]?.id, top.id)
      assert.equal((await call('GET', '/api/stories/999999')).status, 404)
    })

    test('answers errors with their status and code: 400, 404, 413, 415', async () => {
      const cases: [string, string, string | undefined, Record<string, string>, number, string][] = [
        ['GET', '/api/search?limit=0', undefined, {}, 400, 'ERR_INVALID_ARGUMENT'],
        ['GET', '/api/search?from=2015-13-01', undefined, {}, 400, 'ERR_INVALID_ARGUMENT'],
        ['GET', '/api/articles/no-such-article', undefined, {}, 404, 'ERR_NOT_FOUND'],
        ['GET', '/api/nothing-here', undefined, {}, 404, 'ERR_NOT_FOUND'],
        ['POST', '/api/articles', JSON.stringify({ text: 'نص', html: '<p>نص</p>' }), {}, 400, 'ERR_INVALID_ARGUMENT'],
        ['POST', '/api/articles', JSON.stringify({ text: '   ' }), {}, 400, 'ERR_EMPTY_INPUT'],
        ['POST', '/api/articles', JSON.stringify({ text: 'نص', extra: 1 }), {}, 400, 'ERR_INVALID_ARGUMENT'],
        ['POST', '/api/articles', '{"text": ', {}, 400, 'ERR_INVALID_ARGUMENT'],
        ['POST', '/api/articles', 'نص عادي', { 'content-type': 'text/plain' }, 415, 'ERR_UNSUPPORTED_MEDIA_TYPE'],
        ['POST', '/api/articles', JSON.stringify({ text: 'ك'.repeat(BODY_LIMIT) }), {}, 413, 'ERR_TOO_LARGE'],
        ['POST', '/api/articles', '\n\n', { 'content-type': 'application/x-ndjson' }, 400, 'ERR_EMPTY_INPUT'],
      ]
      for (const [method, path, body, headers, status, code] of cases) {
        const r = await call(method, path, body, headers)
        assert.equal(r.status, status, `${method} ${path} ${body?.slice(0, 30)}: ${JSON.stringify(r.json)}`)
        assert.equal((r.json as ErrorAnswer).error.code, code)
        assert.doesNotMatch(JSON.stringify(r.json), /at .+\.ts:\d+/, 'no stack trace leaves the server')
      }
    })

    test('speaks Arabic to a client that asks for it, and English by default', async () => {
      const en = await call('GET', '/api/articles/no-such-article')
      assert.equal((en.json as ErrorAnswer).error.message, "No article with id 'no-such-article' in the archive")
      assert.equal(en.headers.get('content-language'), 'en')
      const ar = await call('GET', '/api/articles/no-such-article', undefined, { 'accept-language': 'ar-SA,ar;q=0.9,en;q=0.5' })
      const err = (ar.json as ErrorAnswer).error
      assert.equal(err.code, 'ERR_NOT_FOUND')
      assert.equal(err.message, ARABIC_MESSAGES.ERR_NOT_FOUND)
      assert.match(err.message, ARABIC_LETTERS)
      assert.equal(err.detail, "No article with id 'no-such-article' in the archive")
      assert.equal(ar.headers.get('content-language'), 'ar')
      const tooBig = await call('GET', '/api/search?limit=5000', undefined, { 'accept-language': 'ar' })
      assert.equal((tooBig.json as ErrorAnswer).error.message, ARABIC_MESSAGES.ERR_INVALID_ARGUMENT)
      assert.match((tooBig.json as ErrorAnswer).error.detail ?? '', /limit/)
      const preferEnglish = await call('GET', '/api/articles/x', undefined, { 'accept-language': 'en-GB,en;q=0.9,ar;q=0.8' })
      assert.doesNotMatch((preferEnglish.json as ErrorAnswer).error.message, ARABIC_LETTERS)
      for (const code of [...Object.keys(ERROR_CODES), ...Object.keys(SERVE_ERROR_CODES)]) {
        assert.match(ARABIC_MESSAGES[code as keyof typeof ARABIC_MESSAGES] ?? '', ARABIC_LETTERS, `${code} has an Arabic message`)
      }
    })
  })
}
