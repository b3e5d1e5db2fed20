/**
 * Ingest of articles held in memory (the HTTP API's `POST /api/articles`): the same steps as
 * `ingestPaths` — identify, analyse, prepare, `put` — on the calling thread, with one outcome per
 * article in the order given.
 */
import type { InputArticle } from '../../ingest/index.js'
import type { Archive, PreparedArticle, PutOutcome } from '../archive.js'
import { analyzeItems, toInputItem } from './input-item.js'
import { putBatch } from './put-batch.js'

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
export async function ingestArticles(archive: Archive, articles: readonly SourcedArticle[]): Promise<ArticleOutcome[]> {
  const outcomes: (ArticleOutcome | null)[] = articles.map(() => null)
  const prepared: PreparedArticle[] = []
  const slots: number[] = []
  articles.forEach(({ input, source }, i) => {
    const { prepared: ready, failures } = analyzeItems([toInputItem(input, source, null)])
    const failure = failures[0]
    if (failure) outcomes[i] = { outcome: 'failed', id: input.id ?? null, error: { code: failure.code, message: failure.message } }
    else {
      prepared.push(ready[0]!)
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
