import type pg from 'pg'
import type { ArchiveStats, EntityOptions, EntityReport, ExportKind, StoryList, StoryOptions } from '../archive.js'
import { decodeRecord } from '../record-codec.js'
import { buildStory, type StoryRow, storyExportRow } from '../story-build.js'
import { SCHEMA_VERSION } from '../migrations/index.js'

/** Rows read per query when streaming an export. */
export const EXPORT_PAGE = 500

/** Entity ids that any of these keys point at. */
export async function resolveEntityKeys(pool: pg.Pool, keys: readonly string[]): Promise<number[]> {
  const rows = (await pool.query('SELECT DISTINCT entity_id AS id FROM entity_keys WHERE key = ANY($1::text[])', [keys])).rows as { id: number }[]
  return rows.map((r) => r.id)
}

async function storyRows(pool: pg.Pool, storyId: number): Promise<StoryRow[]> {
  return (
    await pool.query(
      'SELECT a.id, a.title, a.outlet, a.published, a.url, a.text_length AS "textLength", a.signature FROM article_story s JOIN articles a ON a.rowid = s.article WHERE s.story_id = $1',
      [storyId],
    )
  ).rows as StoryRow[]
}

/** Stories of at least `minSize` articles, biggest first, then most recent. */
export async function readStories(pool: pg.Pool, options: StoryOptions): Promise<StoryList> {
  const minSize = Math.max(1, options.minSize ?? 2)
  const limit = Math.max(1, options.limit ?? 20)
  const offset = Math.max(0, options.offset ?? 0)
  if (options.id !== undefined || options.articleId !== undefined) {
    const row = (
      options.id !== undefined
        ? await pool.query('SELECT story_id AS s FROM article_story WHERE story_id = $1 LIMIT 1', [options.id])
        : await pool.query('SELECT s.story_id AS s FROM article_story s JOIN articles a ON a.rowid = s.article WHERE a.id = $1', [options.articleId])
    ).rows[0] as { s: number | null } | undefined
    const ids = row && row.s !== null ? [row.s] : []
    const stories = await Promise.all(ids.map(async (id) => buildStory(id, await storyRows(pool, id))))
    return { total: stories.length, stories }
  }
  const total = Number(
    (await pool.query('SELECT count(*) AS n FROM (SELECT story_id FROM article_story GROUP BY story_id HAVING count(*) >= $1) s', [minSize])).rows[0].n,
  )
  const ids = (
    (
      await pool.query(
        `SELECT s.story_id AS s FROM article_story s JOIN articles a ON a.rowid = s.article GROUP BY s.story_id HAVING count(*) >= $1
         ORDER BY count(*) DESC, max(a.day) DESC NULLS LAST, s.story_id LIMIT $2 OFFSET $3`,
        [minSize, limit, offset],
      )
    ).rows as { s: number }[]
  ).map((r) => r.s)
  const stories = []
  for (const id of ids) stories.push(buildStory(id, await storyRows(pool, id)))
  return { total, stories }
}

/** The report of each entity id, most mentioned first; ids with no entity are left out. */
export async function readEntities(pool: pg.Pool, ids: readonly number[], options: EntityOptions): Promise<EntityReport[]> {
  const limit = Math.max(1, options.limit ?? 10)
  const reports: EntityReport[] = []
  for (const id of ids) {
    const e = (await pool.query('SELECT id, type, name, latin FROM entities WHERE id = $1', [id])).rows[0] as { id: number; type: string; name: string; latin: string | null } | undefined
    if (!e) continue
    const counts = (await pool.query('SELECT count(*) AS articles, coalesce(sum(mentions), 0) AS mentions FROM article_entities WHERE entity_id = $1', [id])).rows[0] as {
      articles: number
      mentions: number
    }
    const variants = (
      await pool.query('SELECT surface AS text, count(*) AS count FROM mentions WHERE entity_id = $1 GROUP BY surface ORDER BY count DESC, surface LIMIT 100', [id])
    ).rows as { text: string; count: number }[]
    const timeline = (
      await pool.query(
        `SELECT a.day AS day, sum(ae.mentions) AS mentions, count(*) AS articles FROM article_entities ae JOIN articles a ON a.rowid = ae.article
         WHERE ae.entity_id = $1 AND a.day IS NOT NULL GROUP BY a.day ORDER BY a.day`,
        [id],
      )
    ).rows as { day: string; mentions: number; articles: number }[]
    const cooccurring = (
      await pool.query(
        `SELECT e.id, e.type, e.name, e.latin, count(*) AS articles FROM article_entities x
         JOIN article_entities y ON y.article = x.article AND y.entity_id <> x.entity_id JOIN entities e ON e.id = y.entity_id
         WHERE x.entity_id = $1 GROUP BY e.id ORDER BY articles DESC, e.id LIMIT $2`,
        [id, limit],
      )
    ).rows as EntityReport['cooccurring'][number][]
    const quotes = (
      (
        await pool.query(
          `SELECT a.id AS "articleId", a.published, a.title, q.text, q.direct, q.cue, q.start, q."end" AS "end" FROM quotes q JOIN articles a ON a.rowid = q.article
           WHERE q.speaker_entity = $1 ORDER BY a.day DESC NULLS LAST, a.rowid DESC, q.seq LIMIT $2`,
          [id, limit],
        )
      ).rows as { articleId: string; published: string | null; title: string | null; text: string; direct: boolean; cue: string | null; start: number; end: number }[]
    ).map((q) => ({ articleId: q.articleId, published: q.published, title: q.title, text: q.text, direct: q.direct, cue: q.cue, span: [q.start, q.end] as const }))
    reports.push({ ...e, variants, articles: counts.articles, mentions: counts.mentions, timeline, cooccurring, quotes })
  }
  return reports.sort((a, b) => b.mentions - a.mentions || a.id - b.id)
}

/** Counts over the archive and the size of its tables and indexes. */
export async function readStats(pool: pg.Pool): Promise<ArchiveStats> {
  const n = async (sql: string): Promise<number> => Number((await pool.query(sql)).rows[0].n)
  const span = (await pool.query('SELECT min(published) AS first, max(published) AS last FROM articles')).rows[0] as { first: string | null; last: string | null }
  const size = await n(`SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
    WHERE s.nspname = current_schema() AND c.relkind = 'r'`)
  return {
    articles: await n('SELECT count(*) AS n FROM articles'),
    entities: await n('SELECT count(*) AS n FROM entities'),
    mentions: await n('SELECT count(*) AS n FROM mentions'),
    quotes: await n('SELECT count(*) AS n FROM quotes'),
    times: await n('SELECT count(*) AS n FROM times'),
    quantities: await n('SELECT count(*) AS n FROM quantities'),
    stories: await n('SELECT count(*) AS n FROM (SELECT story_id FROM article_story GROUP BY story_id HAVING count(*) >= 2) s'),
    outlets: await n('SELECT count(DISTINCT outlet) AS n FROM articles'),
    firstPublished: span.first,
    lastPublished: span.last,
    sizeBytes: size,
    schemaVersion: SCHEMA_VERSION,
    dialect: 'postgres',
  }
}

/** Streams export rows page by page (keyset paging: no long transaction, flat memory). */
export async function* exportPostgres(pool: pg.Pool, kind: ExportKind): AsyncIterable<Record<string, unknown>> {
  if (kind === 'articles') {
    for (let last = 0; ; ) {
      const rows = (await pool.query('SELECT rowid, record FROM articles WHERE rowid > $1 ORDER BY rowid LIMIT $2', [last, EXPORT_PAGE])).rows as { rowid: number; record: Buffer }[]
      if (rows.length === 0) return
      for (const r of rows) yield decodeRecord(r.record) as unknown as Record<string, unknown>
      last = rows[rows.length - 1]!.rowid
    }
  }
  if (kind === 'entities') {
    for (let last = 0; ; ) {
      const rows = (
        await pool.query(
          `SELECT e.id, e.type, e.name, e.latin,
             (SELECT count(*) FROM article_entities WHERE entity_id = e.id) AS articles,
             (SELECT coalesce(sum(mentions), 0) FROM article_entities WHERE entity_id = e.id) AS mentions,
             coalesce((SELECT array_agg(surface ORDER BY n DESC, surface) FROM (SELECT surface, count(*) AS n FROM mentions WHERE entity_id = e.id GROUP BY surface) v), '{}') AS variants
           FROM entities e WHERE e.id > $1 ORDER BY e.id LIMIT $2`,
          [last, EXPORT_PAGE],
        )
      ).rows as { id: number }[]
      if (rows.length === 0) return
      yield* rows
      last = rows[rows.length - 1]!.id
    }
  }
  if (kind === 'mentions' || kind === 'quotes') {
    const sql =
      kind === 'mentions'
        ? `SELECT a.id AS article, a.published, m.entity_id AS entity, e.type, e.name, e.latin, m.start, m."end" AS "end", m.surface
           FROM mentions m JOIN articles a ON a.rowid = m.article JOIN entities e ON e.id = m.entity_id
           WHERE m.article > $1 AND m.article <= $2 ORDER BY m.article, m.start`
        : `SELECT a.id AS article, a.published, q.start, q."end" AS "end", q.direct, q.text, q.cue, q.speaker_entity AS "speakerEntity", e.name AS speaker,
             q.speaker_start AS "speakerStart", q.speaker_end AS "speakerEnd"
           FROM quotes q JOIN articles a ON a.rowid = q.article LEFT JOIN entities e ON e.id = q.speaker_entity
           WHERE q.article > $1 AND q.article <= $2 ORDER BY q.article, q.seq`
    for (let last = 0; ; ) {
      const ids = (await pool.query('SELECT rowid FROM articles WHERE rowid > $1 ORDER BY rowid LIMIT $2', [last, EXPORT_PAGE])).rows as { rowid: number }[]
      if (ids.length === 0) return
      const hi = ids[ids.length - 1]!.rowid
      yield* (await pool.query(sql, [last, hi])).rows as Record<string, unknown>[]
      last = hi
    }
  }
  if (kind === 'stories') {
    for (let last = 0; ; ) {
      const ids = (
        await pool.query('SELECT story_id AS s FROM article_story WHERE story_id > $1 GROUP BY story_id HAVING count(*) >= 2 ORDER BY story_id LIMIT $2', [last, EXPORT_PAGE])
      ).rows as { s: number }[]
      if (ids.length === 0) return
      for (const { s } of ids) {
        yield storyExportRow(buildStory(s, await storyRows(pool, s)))
      }
      last = ids[ids.length - 1]!.s
    }
  }
}
