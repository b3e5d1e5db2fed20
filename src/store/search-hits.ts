import type { SearchHit } from './archive.js'
import { findHighlights, makeSnippet } from './highlight.js'
import { decodeRecordText } from './record-codec.js'
import type { SearchQuery } from './search-query.js'

/** A result row as both archives read it: the hit's metadata and score, and the encoded record. */
export interface HitRow extends Pick<SearchHit, 'id' | 'title' | 'outlet' | 'published' | 'url' | 'score'> {
  readonly record: Uint8Array
}

/** Builds a search hit: the record's text is decoded, highlights are found on it and the best window becomes the snippet. */
export function toSearchHit(row: HitRow, query: SearchQuery): SearchHit {
  const text = decodeRecordText(row.record)
  const highlights = query.clauses.length ? findHighlights(text, query) : []
  const snippet = makeSnippet(text, highlights)
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    published: row.published,
    url: row.url,
    score: Math.round(row.score * 1e4) / 1e4,
    snippet: snippet.text,
    snippetSpan: snippet.span,
    highlights,
    titleHighlights: row.title && query.clauses.length ? findHighlights(row.title, query) : [],
  }
}
