import type { ArticleRecord } from '../core/record.js'
import type { ArticleIdentity } from './article-key.js'
import type { PreparedArticle, PreparedEntity, PreparedQuote } from './archive.js'
import { defaultNameKey, entityKeys, type NameKeyFn } from './entity-key.js'
import { bandKeys, minhashSignature, shingleHashes, signatureToBytes } from './minhash.js'
import { encodeRecord } from './record-codec.js'
import { termsOf } from './search-terms.js'

/** Options of `prepareArticle`. */
export interface PrepareOptions {
  /** Name-matching key for entities (default `defaultNameKey`). */
  readonly nameKey?: NameKeyFn
}

/**
 * Turns a record into the rows an archive stores: search terms of its title and text, the
 * MinHash signature of its story sentences (boilerplate left out, so an outlet's share buttons
 * do not make its articles look alike), entities with their linking keys, quotes, times and
 * quantities with their surface text. Pure and CPU-bound: ingest runs it in worker threads.
 */
export function prepareArticle(
  record: ArticleRecord,
  identity: ArticleIdentity & { source?: string | null; author?: string | null },
  options: PrepareOptions = {},
): PreparedArticle {
  const nameKey = options.nameKey ?? defaultNameKey
  const text = record.text
  const body = termsOf(text)
  const title = record.title ? termsOf(record.title).terms.join(' ') : ''

  let words = body.terms
  if (record.boilerplate.length > 0) {
    const kept: string[] = []
    body.spans.forEach(([s], i) => {
      if (!record.boilerplate.some((b) => s >= b.span[0] && s < b.span[1])) kept.push(body.terms[i]!)
    })
    words = kept
  }
  const signature = minhashSignature(shingleHashes(words))

  const entities: PreparedEntity[] = record.entities.map((e) => {
    const mentions = e.mentions.map(([start, end]) => ({ start, end, surface: text.slice(start, end) }))
    return {
      localId: e.id,
      type: e.type,
      name: e.name,
      latin: e.latin,
      keys: entityKeys(e, mentions.map((m) => m.surface), nameKey),
      mentions,
    }
  })
  const quotes: PreparedQuote[] = record.quotes.map((q) => ({
    start: q.span[0],
    end: q.span[1],
    direct: q.direct,
    speakerLocalId: q.speaker?.entity ?? null,
    speakerStart: q.speaker?.span?.[0] ?? null,
    speakerEnd: q.speaker?.span?.[1] ?? null,
    cueStart: q.cue?.span[0] ?? null,
    cueEnd: q.cue?.span[1] ?? null,
    cue: q.cue ? text.slice(q.cue.span[0], q.cue.span[1]) : null,
    text: text.slice(q.span[0], q.span[1]),
  }))

  return {
    key: identity.key,
    contentHash: identity.contentHash,
    dedupeByContent: identity.dedupeByContent,
    source: identity.source ?? null,
    id: record.id,
    published: record.published,
    day: record.published ? record.published.slice(0, 10) : null,
    outlet: record.outlet,
    title: record.title,
    url: record.url,
    author: identity.author ?? null,
    language: record.language,
    textLength: text.length,
    record: encodeRecord(record),
    titleTerms: title,
    bodyTerms: body.terms.join(' '),
    signature: signatureToBytes(signature),
    bands: bandKeys(signature),
    entities,
    quotes,
    times: record.times.map((t) => ({ start: t.span[0], end: t.span[1], value: t.value, surface: text.slice(t.span[0], t.span[1]) })),
    quantities: record.quantities.map((q) => ({
      start: q.span[0],
      end: q.span[1],
      value: q.value,
      approx: q.approx,
      unit: q.unit,
      surface: text.slice(q.span[0], q.span[1]),
    })),
  }
}
