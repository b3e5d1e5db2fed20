import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { MarsadError } from '../../core/errors.js'
import { htmlToArticle, normalizePublished, type InputArticle } from '../../ingest/index.js'
import type { Archive } from '../../store/archive.js'
import { ingestArticles, type ArticleOutcome, type SourcedArticle } from '../../store/ingest/ingest-articles.js'
import type { TaskRunner } from '../../store/ingest/worker-pool.js'
import { ServeError } from '../errors.js'
import { parseInput } from '../validate.js'

/** Most articles one `POST /api/articles` batch may hold; analysis runs on the server's main thread. */
export const MAX_BATCH_ARTICLES = 1000

/** The media types read as a JSONL batch (one article object per line). */
export const JSONL_TYPES = ['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines'] as const

const meta = z.string().max(10_000).nullish()

/**
 * One article to store: its text, or an HTML page (its text, title, date and outlet are read as
 * `marsad ingest` reads a page; fields given here win). Unknown fields are refused.
 */
export const ArticleBody = z
  .object({
    id: z.union([z.string().trim().min(1).max(300), z.number().int()]).optional(),
    text: z.string().optional(),
    html: z.string().optional(),
    published: z.string().refine((v) => normalizePublished(v) !== null, 'must be YYYY-MM-DD or an ISO date-time').nullish(),
    title: meta,
    url: meta,
    outlet: meta,
  })
  .strict()
  .refine((v) => (v.text === undefined) !== (v.html === undefined), { message: 'give either text or html', path: ['text'] })

/** An `ArticleBody` as ingest's input: HTML read into text and metadata, blanks made null. */
function toInputArticle(body: z.output<typeof ArticleBody>): InputArticle {
  const page = body.html === undefined ? null : htmlToArticle(body.html, body.url ? { url: body.url } : {})
  const text = page ? page.text : (body.text ?? '')
  if (!text.trim()) throw new MarsadError('ERR_EMPTY_INPUT', `${page ? 'html' : 'text'}: holds no text`)
  const present = (v: string | null | undefined): string | null => (v?.trim() ? v.trim() : null)
  return {
    ...(body.id !== undefined ? { id: String(body.id) } : {}),
    text,
    title: present(body.title) ?? page?.title ?? null,
    url: present(body.url),
    outlet: present(body.outlet) ?? page?.outlet ?? null,
    published: body.published ? normalizePublished(body.published) : (page?.published ?? null),
    warnings: page ? page.warnings : [],
  }
}

/** One JSONL line read, or the reason it cannot be: a failure is reported in the line's place. */
type ReadLine = { readonly article: SourcedArticle } | { readonly failed: ArticleOutcome }

function readLine(line: string, lineNumber: number): ReadLine {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return { failed: { outcome: 'failed', id: null, error: { code: 'ERR_BAD_JSON', message: `line ${lineNumber}: not valid JSON (${(error as Error).message})` } } }
  }
  const rawId = (value as { id?: unknown } | null)?.id
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : null
  try {
    return { article: { input: toInputArticle(parseInput(ArticleBody, value, `line ${lineNumber}`)), source: `line ${lineNumber}` } }
  } catch (error) {
    const e = error as MarsadError
    return { failed: { outcome: 'failed', id, error: { code: e.code, message: e.message } } }
  }
}

/** The response: counts, then one outcome per article in the order sent. */
function summarize(results: readonly ArticleOutcome[]): Record<string, unknown> {
  const count = (o: ArticleOutcome['outcome']): number => results.filter((r) => r.outcome === o).length
  return { added: count('added'), updated: count('updated'), duplicates: count('duplicate'), failed: count('failed'), results }
}

/**
 * `POST /api/articles`: analyses and stores one article (JSON) or a batch (JSONL), idempotent as
 * `marsad ingest` is: the same article again is a duplicate, changed text under its id or URL an
 * update. A bad single article is a 400; in a batch, a bad line fails alone.
 */
export function articleIngestRoute(app: FastifyInstance, archive: Archive, runner: () => TaskRunner): void {
  // A plugin scope, so JSONL bodies are accepted by this route only.
  void app.register(async (scope) => {
    scope.addContentTypeParser([...JSONL_TYPES], { parseAs: 'string' }, (_request, body, done) => done(null, { jsonl: body as string }))
    scope.post('/api/articles', async (request) => ingestBody(archive, request.body, runner()))
  })
}

/** Reads a JSON article or a JSONL batch, ingests it (analysis on `runner`) and summarizes what happened. */
async function ingestBody(archive: Archive, body: unknown, runner: TaskRunner): Promise<Record<string, unknown>> {
  if (body !== null && typeof body === 'object' && 'jsonl' in body && typeof body.jsonl === 'string') {
    const lines: ReadLine[] = []
    body.jsonl.split('\n').forEach((raw, i) => {
      const line = i === 0 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw
      if (line.trim()) lines.push(readLine(line, i + 1))
    })
    if (lines.length === 0) throw new MarsadError('ERR_EMPTY_INPUT', 'The batch holds no article lines')
    if (lines.length > MAX_BATCH_ARTICLES) {
      throw new ServeError('ERR_TOO_LARGE', 413, `The batch holds ${lines.length} articles; send at most ${MAX_BATCH_ARTICLES} per request`)
    }
    const stored = await ingestArticles(archive, lines.flatMap((l) => ('article' in l ? [l.article] : [])), runner)
    let k = 0
    return summarize(lines.map((l) => ('article' in l ? stored[k++]! : l.failed)))
  }
  const article = toInputArticle(parseInput(ArticleBody, body, 'body'))
  return summarize(await ingestArticles(archive, [{ input: article, source: 'request' }], runner))
}
