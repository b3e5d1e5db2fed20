import { statSync } from 'node:fs'
import type Database from 'better-sqlite3'
import type { ArchiveStats, EntityOptions, EntityReport, ExportKind, StoryList, StoryOptions } from '../archive.js'
import { decodeRecord } from '../record-codec.js'
import { buildStory, type StoryRow, storyExportRow } from '../story-build.js'
import { SCHEMA_VERSION } from '../migrations/index.js'

/** Rows read per query when streaming an export. */
export const EXPORT_PAGE = 500

/** Entity ids that any of these keys point at. */
export function resolveEntityKeys(db: Database.Database, keys: readonly string[]): number[] {
  const rows = db.prepare('SELECT DISTINCT entity_id AS id FROM entity_keys WHERE key IN (SELECT value FROM json_each(?))').all(JSON.stringify(keys)) as { id: number }[]
  return rows.map((r) => r.id)
}

function storyRows(db: Database.Database, storyId: number): StoryRow[] {
  const rows = db
    .prepare(
      'SELECT a.id, a.title, a.outlet, a.published, a.url, a.text_length AS textLength, a.signature FROM article_story s JOIN articles a ON a.rowid = s.article WHERE s.story_id = ?',
    )
    .all(storyId) as StoryRow[]
  return rows
}

/** Stories of at least `minSize` articles, biggest first, then most recent. */
export function readStories(db: Database.Database, options: StoryOptions): StoryList {
  const minSize = Math.max(1, options.minSize ?? 2)
  const limit = Math.max(1, options.limit ?? 20)
  const offset = Math.max(0, options.offset ?? 0)
  let ids: number[]
  if (options.id !== undefined || options.articleId !== undefined) {
    const row =
      options.id !== undefined
        ? (db.prepare('SELECT story_id AS s FROM article_story WHERE story_id = ? LIMIT 1').get(options.id) as { s: number } | undefined)
        : (db.prepare('SELECT s.story_id AS s FROM article_story s JOIN articles a ON a.rowid = s.article WHERE a.id = ?').get(options.articleId) as { s: number } | undefined)
    ids = row ? [row.s] : []
    const stories = ids.map((id) => buildStory(id, storyRows(db, id)))
    return { total: stories.length, stories }
  }
  const total = (
    db.prepare('SELECT count(*) AS n FROM (SELECT story_id FROM article_story GROUP BY story_id HAVING count(*) >= ?)').get(minSize) as {
      n: number
    }
  ).n
  ids = (
    db
      .prepare(
        `SELECT s.story_id AS s FROM article_story s JOIN articles a ON a.rowid = s.article GROUP BY s.story_id HAVING count(*) >= ?
         ORDER BY count(*) DESC, max(a.day) DESC, s.story_id LIMIT ? OFFSET ?`,
      )
      .all(minSize, limit, offset) as { s: number }[]
  ).map((r) => r.s)
  return { total, stories: ids.map((id) => buildStory(id, storyRows(db, id))) }
}

/** The report of each entity id, most mentioned first; ids with no entity are left out. */
export function readEntities(db: Database.Database, ids: readonly number[], options: EntityOptions): EntityReport[] {
  const limit = Math.max(1, options.limit ?? 10)
  const reports: EntityReport[] = []
  for (const id of ids) {
    const e = db.prepare('SELECT id, type, name, latin FROM entities WHERE id = ?').get(id) as { id: number; type: string; name: string; latin: string | null } | undefined
    if (!e) continue
    const counts = db.prepare('SELECT count(*) AS articles, coalesce(sum(mentions), 0) AS mentions FROM article_entities WHERE entity_id = ?').get(id) as {
      articles: number
      mentions: number
    }
    const variants = db
      .prepare('SELECT surface AS text, count(*) AS count FROM mentions WHERE entity_id = ? GROUP BY surface ORDER BY count DESC, surface LIMIT 100')
      .all(id) as { text: string; count: number }[]
    const timeline = db
      .prepare(
        `SELECT a.day AS day, sum(ae.mentions) AS mentions, count(*) AS articles FROM article_entities ae JOIN articles a ON a.rowid = ae.article
         WHERE ae.entity_id = ? AND a.day IS NOT NULL GROUP BY a.day ORDER BY a.day`,
      )
      .all(id) as { day: string; mentions: number; articles: number }[]
    const cooccurring = db
      .prepare(
        `SELECT e.id, e.type, e.name, e.latin, count(*) AS articles FROM article_entities x
         JOIN article_entities y ON y.article = x.article AND y.entity_id <> x.entity_id JOIN entities e ON e.id = y.entity_id
         WHERE x.entity_id = ? GROUP BY e.id ORDER BY articles DESC, e.id LIMIT ?`,
      )
      .all(id, limit) as EntityReport['cooccurring'][number][]
    const quotes = (
      db
        .prepare(
          `SELECT a.id AS articleId, a.published, a.title, q.text, q.direct, q.cue, q.start, q."end" AS "end" FROM quotes q JOIN articles a ON a.rowid = q.article
           WHERE q.speaker_entity = ? ORDER BY a.day DESC, a.rowid DESC, q.seq LIMIT ?`,
        )
        .all(id, limit) as { articleId: string; published: string | null; title: string | null; text: string; direct: number; cue: string | null; start: number; end: number }[]
    ).map((q) => ({ articleId: q.articleId, published: q.published, title: q.title, text: q.text, direct: q.direct === 1, cue: q.cue, span: [q.start, q.end] as const }))
    reports.push({ ...e, variants, articles: counts.articles, mentions: counts.mentions, timeline, cooccurring, quotes })
  }
  return reports.sort((a, b) => b.mentions - a.mentions || a.id - b.id)
}

/** Counts over the archive and its size on disk. */
export function readStats(db: Database.Database, path: string): ArchiveStats {
  const n = (sql: string): number => (db.prepare(sql).get() as { n: number }).n
  const span = db.prepare('SELECT min(published) AS first, max(published) AS last FROM articles').get() as { first: string | null; last: string | null }
  let sizeBytes = 0
  for (const f of [path, `${path}-wal`]) {
    try {
      sizeBytes += statSync(f).size
    } catch {
      // no WAL file at the moment
    }
  }
  return {
    articles: n('SELECT count(*) AS n FROM articles'),
    entities: n('SELECT count(*) AS n FROM entities'),
    mentions: n('SELECT count(*) AS n FROM mentions'),
    quotes: n('SELECT count(*) AS n FROM quotes'),
    times: n('SELECT count(*) AS n FROM times'),
    quantities: n('SELECT count(*) AS n FROM quantities'),
    stories: n('SELECT count(*) AS n FROM (SELECT story_id FROM article_story GROUP BY story_id HAVING count(*) >= 2)'),
    outlets: n('SELECT count(DISTINCT outlet) AS n FROM articles'),
    firstPublished: span.first,
    lastPublished: span.last,
    sizeBytes,
    schemaVersion: SCHEMA_VERSION,
    dialect: 'sqlite',
  }
}

/** Streams export rows page by page (keyset paging, so memory stays flat and writers are not blocked). */
export async function* exportSqlite(db: Database.Database, kind: ExportKind): AsyncIterable<Record<string, unknown>> {
  if (kind === 'articles') {
    const page = db.prepare('SELECT rowid, record FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?')
    for (let last = 0; ; ) {
      const rows = page.all(last, EXPORT_PAGE) as { rowid: number; record: Buffer }[]
      if (rows.length === 0) return
      for (const r of rows) yield decodeRecord(r.record) as unknown as Record<string, unknown>
      last = rows[rows.length - 1]!.rowid
    }
  }
  if (kind === 'entities') {
    const page = db.prepare(
      `SELECT e.id, e.type, e.name, e.latin,
         (SELECT count(*) FROM article_entities WHERE entity_id = e.id) AS articles,
         (SELECT coalesce(sum(mentions), 0) FROM article_entities WHERE entity_id = e.id) AS mentions
       FROM entities e WHERE e.id > ? ORDER BY e.id LIMIT ?`,
    )
    const variants = db.prepare('SELECT surface, count(*) AS n FROM mentions WHERE entity_id = ? GROUP BY surface ORDER BY n DESC, surface')
    for (let last = 0; ; ) {
      const rows = page.all(last, EXPORT_PAGE) as { id: number; type: string; name: string; latin: string | null; articles: number; mentions: number }[]
      if (rows.length === 0) return
      for (const r of rows) yield { ...r, variants: (variants.all(r.id) as { surface: string }[]).map((v) => v.surface) }
      last = rows[rows.length - 1]!.id
    }
  }
  // Mentions, quotes: one page of articles at a time, their rows in text order.
  const articlePage = db.prepare('SELECT rowid FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?')
  if (kind === 'mentions' || kind === 'quotes') {
    const sql =
      kind === 'mentions'
        ? `SELECT a.id AS article, a.published, m.entity_id AS entity, e.type, e.name, e.latin, m.start, m."end" AS "end", m.surface
           FROM mentions m JOIN articles a ON a.rowid = m.article JOIN entities e ON e.id = m.entity_id
           WHERE m.article > ? AND m.article <= ? ORDER BY m.article, m.start`
        : `SELECT a.id AS article, a.published, q.start, q."end" AS "end", q.direct, q.text, q.cue, q.speaker_entity AS speakerEntity, e.name AS speaker,
             q.speaker_start AS speakerStart, q.speaker_end AS speakerEnd
           FROM quotes q JOIN articles a ON a.rowid = q.article LEFT JOIN entities e ON e.id = q.speaker_entity
           WHERE q.article > ? AND q.article <= ? ORDER BY q.article, q.seq`
    const rowsOf = db.prepare(sql)
    for (let last = 0; ; ) {
      const ids = articlePage.all(last, EXPORT_PAGE) as { rowid: number }[]
      if (ids.length === 0) return
      const hi = ids[ids.length - 1]!.rowid
      for (const r of rowsOf.all(last, hi) as Record<string, unknown>[]) yield kind === 'quotes' ? { ...r, direct: r.direct === 1 } : r
      last = hi
    }
  }
  if (kind === 'stories') {
    const page = db.prepare('SELECT story_id AS s FROM article_story WHERE story_id > ? GROUP BY story_id HAVING count(*) >= 2 ORDER BY story_id LIMIT ?')
    for (let last = 0; ; ) {
      const ids = page.all(last, EXPORT_PAGE) as { s: number }[]
      if (ids.length === 0) return
      for (const { s } of ids) {
        yield storyExportRow(buildStory(s, storyRows(db, s)))
      }
      last = ids[ids.length - 1]!.s
    }
  }
}
