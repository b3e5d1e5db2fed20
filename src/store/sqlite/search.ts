import type Database from 'better-sqlite3'
import type { SearchOptions, SearchResults } from '../archive.js'
import { dayBound } from '../date-range.js'
import { toSearchHit, type HitRow } from '../search-hits.js'
import { parseSearchQuery, toFts5Query } from '../search-query.js'

/** Weights of the indexed columns in BM25: a match in the title counts twice. */
export const TITLE_WEIGHT = 2
export const BODY_WEIGHT = 1

/** Most results one call returns. */
export const MAX_LIMIT = 1000

/**
 * Full-text search on the FTS5 index: the query is parsed into Marsad's own terms (see
 * `search-query.ts`), matched with FTS5 and ranked with its BM25; filters are joined on the
 * articles table. `entityIds` are the entities `options.entity` resolved to (empty: no match).
 */
export function searchSqlite(db: Database.Database, text: string, options: SearchOptions, entityIds: readonly number[] | null): SearchResults {
  const query = parseSearchQuery(text)
  const match = toFts5Query(query)
  const limit = Math.min(Math.max(1, Math.trunc(options.limit ?? 10)), MAX_LIMIT)
  const offset = Math.max(0, Math.trunc(options.offset ?? 0))
  if (text.trim() && !match) return { total: 0, results: [] }
  if (entityIds && entityIds.length === 0) return { total: 0, results: [] }

  const where: string[] = []
  const params: unknown[] = []
  if (options.from) {
    where.push('a.day >= ?')
    params.push(dayBound(options.from, 'from'))
  }
  if (options.to) {
    where.push('a.day <= ?')
    params.push(dayBound(options.to, 'to'))
  }
  if (options.outlet) {
    where.push('a.outlet = ? COLLATE NOCASE')
    params.push(options.outlet)
  }
  if (entityIds) {
    where.push('a.rowid IN (SELECT article FROM article_entities WHERE entity_id IN (SELECT value FROM json_each(?)))')
    params.push(JSON.stringify(entityIds))
  }
  const filter = where.length ? ' AND ' + where.join(' AND ') : ''

  if (!match) {
    const cond = where.length ? 'WHERE ' + where.join(' AND ') : ''
    const total = (db.prepare(`SELECT count(*) AS n FROM articles a ${cond}`).get(...params) as { n: number }).n
    const rows = db
      .prepare(`SELECT a.id, a.title, a.outlet, a.published, a.url, 0 AS score, a.record FROM articles a ${cond} ORDER BY a.day DESC, a.rowid DESC LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as HitRow[]
    return { total, results: rows.map((r) => toSearchHit(r, query)) }
  }

  const total = where.length
    ? (db.prepare(`SELECT count(*) AS n FROM search JOIN articles a ON a.rowid = search.rowid WHERE search MATCH ?${filter}`).get(match, ...params) as { n: number }).n
    : (db.prepare('SELECT count(*) AS n FROM search WHERE search MATCH ?').get(match) as { n: number }).n
  if (total === 0 || offset >= total) return { total, results: [] }
  const rank = `bm25(search, ${TITLE_WEIGHT}, ${BODY_WEIGHT})`
  const join = where.length ? ' JOIN articles a ON a.rowid = search.rowid' : ''
  // Rank on the index alone, then read the few records shown: the sorter never carries record blobs.
  const top = db
    .prepare(`SELECT search.rowid AS rowid, -${rank} AS score FROM search${join} WHERE search MATCH ?${filter} ORDER BY ${rank} LIMIT ? OFFSET ?`)
    .all(match, ...params, limit, offset) as { rowid: number; score: number }[]
  const one = db.prepare('SELECT id, title, outlet, published, url, record FROM articles WHERE rowid = ?')
  const results = top.map((t) => toSearchHit({ ...(one.get(t.rowid) as Omit<HitRow, 'score'>), score: t.score }, query))
  return { total, results }
}
