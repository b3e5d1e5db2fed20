import type pg from 'pg'
import type { SearchOptions, SearchResults } from '../archive.js'
import { dayBound } from '../date-range.js'
import { toSearchHit, type HitRow } from '../search-hits.js'
import { parseSearchQuery, toTsQuery, type QueryClause, type SearchQuery } from '../search-query.js'

/** BM25 parameters (Lucene's defaults; FTS5 uses the same). */
export const BM25_K1 = 1.2
export const BM25_B = 0.75

/** Most results one call returns. */
export const MAX_LIMIT = 1000

/** Matches ranked exactly by BM25 (see `rankBm25`). */
export const CANDIDATE_POOL = 300

/** How long the collection size and mean length used by BM25 are cached, in ms. */
const STATS_TTL_MS = 60_000

/** Collection statistics BM25 needs, cached per pool. */
const statsCache = new WeakMap<pg.Pool, { n: number; avgdl: number; at: number }>()

/** A pool or one of its clients. */
type Queryable = pg.Pool | pg.PoolClient

async function collectionStats(pool: pg.Pool, db: Queryable): Promise<{ n: number; avgdl: number }> {
  const cached = statsCache.get(pool)
  if (cached && Date.now() - cached.at < STATS_TTL_MS) return cached
  const row = (await db.query('SELECT count(*)::float8 AS n, coalesce(avg(doc_len), 1)::float8 AS avgdl FROM articles')).rows[0] as { n: number; avgdl: number }
  const fresh = { n: row.n, avgdl: Math.max(1, row.avgdl), at: Date.now() }
  statsCache.set(pool, fresh)
  return fresh
}

/** The tsquery of one clause alone (its document frequency gives its idf). */
function clauseQuery(clause: QueryClause): string {
  return toTsQuery({ text: clause.source, clauses: [clause] })!
}

/**
 * Full-text search on PostgreSQL with the same terms as SQLite: the tsquery is built from
 * Marsad's parsed query, matched on the GIN index of each article's term vector, and ranked by
 * BM25 computed in SQL (term frequencies from the vector's positions, title matches counted
 * twice, idf per clause over the whole archive; see `rankBm25` for very common queries).
 * `entityIds` as in `searchSqlite`.
 */
export async function searchPostgres(pool: pg.Pool, text: string, options: SearchOptions, entityIds: readonly number[] | null): Promise<SearchResults> {
  const query = parseSearchQuery(text)
  const tsquery = toTsQuery(query)
  const limit = Math.min(Math.max(1, Math.trunc(options.limit ?? 10)), MAX_LIMIT)
  const offset = Math.max(0, Math.trunc(options.offset ?? 0))
  if (text.trim() && !tsquery) return { total: 0, results: [] }
  if (entityIds && entityIds.length === 0) return { total: 0, results: [] }

  const params: unknown[] = []
  const where: string[] = []
  const param = (v: unknown): string => {
    params.push(v)
    return `$${params.length}`
  }
  if (tsquery) where.push(`a.tsv @@ ${param(tsquery)}::tsquery`)
  if (options.from) where.push(`a.day >= ${param(dayBound(options.from, 'from'))}`)
  if (options.to) where.push(`a.day <= ${param(dayBound(options.to, 'to'))}`)
  if (options.outlet) where.push(`lower(a.outlet) = lower(${param(options.outlet)})`)
  if (entityIds) where.push(`a.rowid IN (SELECT article FROM article_entities WHERE entity_id = ANY(${param(entityIds)}::bigint[]))`)
  const cond = where.length ? 'WHERE ' + where.join(' AND ') : ''

  // The planner does not count the cost of reading each article's term vector out of TOAST, and
  // scans the whole table for common words; the GIN index is always the faster way to the matches.
  const db = await pool.connect()
  try {
    await db.query('BEGIN READ ONLY')
    if (tsquery) await db.query('SET LOCAL enable_seqscan = off')
    const total = Number((await db.query(`SELECT count(*) AS n FROM articles a ${cond}`, params)).rows[0].n)
    if (total === 0 || offset >= total) return { total, results: [] }
    let top: { rowid: number; score: number }[]
    if (!tsquery) {
      top = (await db.query(`SELECT a.rowid, 0::float8 AS score FROM articles a ${cond} ORDER BY a.day DESC NULLS LAST, a.rowid DESC LIMIT ${limit} OFFSET ${offset}`, params))
        .rows as { rowid: number; score: number }[]
    } else {
      top = await rankBm25(pool, db, query, cond, params, limit, offset, where.length === 1 ? total : null)
    }
    if (top.length === 0) return { total, results: [] }
    const rows = (await db.query('SELECT rowid, id, title, outlet, published, url, record FROM articles WHERE rowid = ANY($1::bigint[])', [top.map((t) => t.rowid)]))
      .rows as (HitRow & { rowid: number })[]
    const byRow = new Map(rows.map((r) => [r.rowid, r]))
    return { total, results: top.map((t) => toSearchHit({ ...byRow.get(t.rowid)!, score: t.score }, query)) }
  } finally {
    await db.query('COMMIT').catch(() => undefined)
    db.release()
  }
}

async function rankBm25(
  pool: pg.Pool,
  db: Queryable,
  query: SearchQuery,
  cond: string,
  params: unknown[],
  limit: number,
  offset: number,
  /** The match count when it is also the one clause's document frequency (one clause, no filter). */
  knownDf: number | null,
): Promise<{ rowid: number; score: number }[]> {
  const { n, avgdl } = await collectionStats(pool, db)
  // idf per clause, Lucene's form: ln(1 + (N - df + 0.5) / (df + 0.5)).
  const idf: number[] = []
  for (const c of query.clauses) {
    const df = knownDf !== null && query.clauses.length === 1 ? knownDf : Number((await db.query('SELECT count(*) AS n FROM articles WHERE tsv @@ $1::tsquery', [clauseQuery(c)])).rows[0].n)
    idf.push(Math.log(1 + (Math.max(n, df) - df + 0.5) / (df + 0.5)))
  }
  // Each term of a clause counts its occurrences; a phrase's words share its weight.
  const clause: number[] = []
  const term: string[] = []
  const share: number[] = []
  query.clauses.forEach((c, i) => {
    const terms = new Set(c.positions.flat())
    for (const t of terms) {
      clause.push(i)
      term.push(t)
      share.push(1 / c.positions.length)
    }
  })
  const p = [...params]
  const at = (v: unknown): string => {
    p.push(v)
    return `$${p.length}`
  }
  const avg = at(avgdl)
  // ts_rank weights {D, C, B, A}: a title (A) match counts twice a text match, as in BM25 below.
  const pre = query.clauses.map((c, i) => `${idf[i]} * ts_rank('{0.5,0.5,0.5,1}', m.tsv, ${at(clauseQuery(c))}::tsquery)`).join(' + ')
  const poolSize = Math.max(CANDIDATE_POOL, offset + limit)
  const sql = `
    WITH m AS (SELECT a.rowid, a.doc_len, a.tsv FROM articles a ${cond}),
    c AS (SELECT m.rowid, m.doc_len, m.tsv FROM m ORDER BY (${pre}) / (1 - ${BM25_B} + ${BM25_B} * m.doc_len / ${avg}::float8) DESC, m.rowid LIMIT ${poolSize}),
    q AS (SELECT * FROM unnest(${at(clause)}::int[], ${at(term)}::text[], ${at(share)}::float8[]) AS q(clause, term, share)),
    w AS (SELECT * FROM unnest(${at(idf.map((_, i) => i))}::int[], ${at(idf)}::float8[]) AS w(clause, idf)),
    tf AS (
      SELECT c.rowid, c.doc_len, q.clause, sum(q.share * (cardinality(u.positions) + cardinality(array_positions(u.weights, 'A')))) AS tf
      FROM c CROSS JOIN LATERAL unnest(c.tsv) AS u JOIN q ON q.term = u.lexeme
      GROUP BY c.rowid, c.doc_len, q.clause)
    SELECT tf.rowid, sum(w.idf * tf.tf * ${BM25_K1 + 1} / (tf.tf + ${BM25_K1} * (1 - ${BM25_B} + ${BM25_B} * tf.doc_len / ${avg}::float8)))::float8 AS score
    FROM tf JOIN w USING (clause)
    GROUP BY tf.rowid ORDER BY score DESC, tf.rowid LIMIT ${limit} OFFSET ${offset}`
  return (await db.query(sql, p)).rows as { rowid: number; score: number }[]
}
