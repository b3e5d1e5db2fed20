/**
 * Ingest of articles held in memory (the HTTP API's `POST /api/articles`): the same steps as
 * `ingestPaths` — identify, analyse, prepare, `put` — with one outcome per article in the order
 * given. Analysis runs on the worker threads of a `TaskRunner` when one is given (a server keeps
 * answering while a batch is analysed), else on the calling thread.
 */
import type { InputArticle } from '../../ingest/index.js'
import type { Archive, PreparedArticle, PutOutcome } from '../archive.js'
import { analyzeItems, toInputItem, type IngestFailure, type InputItem } from './input-item.js'
import { putBatch } from './put-batch.js'
import type { TaskRunner } from './worker-pool.js'

/** What happened to one article: stored (with the record id) or failed (with the reason). */
export type ArticleOutcome =
  | { readonly outcome: PutOutcome; readonly id: string }
  | { readonly outcome: 'failed'; readonly id: string | null; readonly error: { readonly code: string; readonly message: string } }

/** An article to ingest and where it came from, for messages (`request`, `line 3`). */
export interface SourcedArticle {
  readonly input: InputArticle
  readonly source: string
}

/**
 * Analyses the articles and stores them in one batch. Identified as in `ingest`: by the id they
 * carry, else their URL, else their content, so sending the same article again is a duplicate
 * and changed text under the same id or URL is an update. An article that fails analysis is
 * reported and the others are stored; throws only when the archive cannot be written at all.
 */
export async function ingestArticles(archive: Archive, articles: readonly SourcedArticle[], runner?: TaskRunner): Promise<ArticleOutcome[]> {
  const outcomes: (ArticleOutcome | null)[] = articles.map(() => null)
  const prepared: PreparedArticle[] = []
  const slots: number[] = []
  const items = articles.map(({ input, source }) => toInputItem(input, source, null))
  const analysed = await analyzeAll(items, runner)
  analysed.forEach((a, i) => {
    if ('failure' in a) outcomes[i] = { outcome: 'failed', id: articles[i]!.input.id ?? null, error: { code: a.failure.code, message: a.failure.message } }
    else {
      prepared.push(a.prepared)
      slots.push(i)
    }
  })
  const stored = prepared.length ? await putBatch(archive, prepared) : []
  stored.forEach((o, k) => {
    const i = slots[k]!
    outcomes[i] =
      o.outcome === 'failed'
        ? { outcome: 'failed', id: articles[i]!.input.id ?? null, error: { code: o.failure.code, message: o.failure.message } }
        : { outcome: o.outcome, id: o.id }
  })
  return outcomes.map((o) => o!)
}

/** Each item analysed and prepared, or its failure, in the order given. */
async function analyzeAll(items: readonly InputItem[], runner: TaskRunner | undefined): Promise<({ prepared: PreparedArticle } | { failure: IngestFailure })[]> {
  const one = (r: { prepared: readonly PreparedArticle[]; failures: readonly IngestFailure[] }): { prepared: PreparedArticle } | { failure: IngestFailure } =>
    r.failures[0] ? { failure: r.failures[0] } : { prepared: r.prepared[0]! }
  if (!runner || runner.size === 0) return items.map((item) => one(analyzeItems([item])))
  // One task per article (the pool queues them), so each article's failure stays its own.
  return Promise.all(items.map(async (item) => one(await runner.run({ kind: 'analyze', items: [item] }))))
}
