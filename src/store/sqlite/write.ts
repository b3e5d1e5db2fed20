import type Database from 'better-sqlite3'
import type { PreparedArticle, PutResult } from '../archive.js'
import { estimateJaccard, signatureFromBytes, STORY_THRESHOLD } from '../minhash.js'

/** Candidates examined per article when assigning a story (bucket sizes are small; this caps pathological ones). */
export const STORY_CANDIDATES = 200

const blob = (u: Uint8Array): Buffer => (Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength))

/**
 * Writes prepared articles into a SQLite archive. `put` runs one `BEGIN IMMEDIATE` transaction
 * per batch: a crash or a kill leaves the batch wholly written or not at all, and other
 * processes wait on the lock (busy timeout) rather than fail.
 */
export class SqliteWriter {
  readonly #s
  readonly #putBatch: (batch: readonly PreparedArticle[]) => PutResult[]

  constructor(db: Database.Database) {
    const p = (sql: string): Database.Statement => db.prepare(sql)
    this.#s = {
      byKey: p('SELECT rowid, id, content_hash FROM articles WHERE key = ?'),
      byHash: p('SELECT id FROM articles WHERE content_hash = ? LIMIT 1'),
      byId: p('SELECT rowid, key FROM articles WHERE id = ?'),
      insert: p(`INSERT INTO articles (key, id, content_hash, source, published, day, outlet, title, url, author, language, text_length, ingested_at, updated_at, signature, record)
        VALUES (@key, @id, @contentHash, @source, @published, @day, @outlet, @title, @url, @author, @language, @textLength, @now, @now, @signature, @record)`),
      update: p(`UPDATE articles SET id = @id, content_hash = @contentHash, source = @source, published = @published, day = @day, outlet = @outlet,
        title = @title, url = @url, author = @author, language = @language, text_length = @textLength, record = @record, signature = @signature, updated_at = @now
        WHERE rowid = @rowid`),
      deleteSearch: p('DELETE FROM search WHERE rowid = ?'),
      deleteLsh: p('DELETE FROM lsh WHERE article = ?'),
      deleteArticleEntities: p('DELETE FROM article_entities WHERE article = ?'),
      deleteMentions: p('DELETE FROM mentions WHERE article = ?'),
      deleteQuotes: p('DELETE FROM quotes WHERE article = ?'),
      deleteTimes: p('DELETE FROM times WHERE article = ?'),
      deleteQuantities: p('DELETE FROM quantities WHERE article = ?'),
      insertSearch: p('INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)'),
      storyCandidates: p(`SELECT DISTINCT a.rowid AS rowid, a.signature AS signature, st.story_id AS story
        FROM lsh l JOIN article_story st ON st.article = l.article JOIN articles a ON a.rowid = l.article
        WHERE l.band_key IN (SELECT value FROM json_each(?)) AND l.article <> ? LIMIT ${STORY_CANDIDATES}`),
      insertLsh: p('INSERT OR IGNORE INTO lsh (band_key, article) VALUES (?, ?)'),
      setStory: p('INSERT INTO article_story (story_id, article) VALUES (?, ?) ON CONFLICT (article) DO UPDATE SET story_id = excluded.story_id'),
      mergeStory: p('UPDATE article_story SET story_id = ? WHERE story_id = ?'),
      entityKeys: p('SELECT key, entity_id AS entity FROM entity_keys WHERE key IN (SELECT value FROM json_each(?))'),
      insertEntity: p('INSERT INTO entities (key, type, name, latin) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET key = excluded.key RETURNING id'),
      improveEntity: p(`UPDATE entities SET name = CASE WHEN length(@name) > length(name) THEN @name ELSE name END, latin = coalesce(latin, @latin)
        WHERE id = @id AND (length(@name) > length(name) OR (latin IS NULL AND @latin IS NOT NULL))`),
      insertKey: p('INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)'),
      insertArticleEntity: p(`INSERT INTO article_entities (article, entity_id, local_id, mentions) VALUES (?, ?, ?, ?)
        ON CONFLICT (article, entity_id) DO UPDATE SET mentions = mentions + excluded.mentions`),
      insertMention: p('INSERT INTO mentions (article, entity_id, start, "end", surface) VALUES (?, ?, ?, ?, ?)'),
      insertQuote: p(`INSERT INTO quotes (article, seq, start, "end", direct, speaker_entity, speaker_start, speaker_end, cue_start, cue_end, cue, text)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertTime: p('INSERT INTO times (article, seq, start, "end", value, surface) VALUES (?, ?, ?, ?, ?, ?)'),
      insertQuantity: p('INSERT INTO quantities (article, seq, start, "end", value, approx, unit, surface) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    }
    const tx = db.transaction((batch: readonly PreparedArticle[]) => batch.map((a) => this.#putOne(a)))
    this.#putBatch = (batch) => tx.immediate(batch)
  }

  /** Stores a batch in one transaction; see `Archive.put`. */
  put(batch: readonly PreparedArticle[]): PutResult[] {
    if (batch.length === 0) return []
    return this.#putBatch(batch)
  }

  #putOne(a: PreparedArticle): PutResult {
    const s = this.#s
    const existing = s.byKey.get(a.key) as { rowid: number; id: string; content_hash: string } | undefined
    if (existing && existing.content_hash === a.contentHash) return { outcome: 'duplicate', id: existing.id }
    if (!existing && a.dedupeByContent) {
      const same = s.byHash.get(a.contentHash) as { id: string } | undefined
      if (same) return { outcome: 'duplicate', id: same.id }
    }
    const clash = s.byId.get(a.id) as { rowid: number; key: string } | undefined
    // Another key already holds this id: the same text under a content id (a copy), never overwritten.
    if (clash && clash.rowid !== existing?.rowid) return { outcome: 'duplicate', id: a.id }

    const now = new Date().toISOString()
    const row = {
      key: a.key, id: a.id, contentHash: a.contentHash, source: a.source, published: a.published, day: a.day, outlet: a.outlet,
      title: a.title, url: a.url, author: a.author, language: a.language, textLength: a.textLength, record: blob(a.record), signature: blob(a.signature), now,
    }
    let rowid: number
    if (existing) {
      rowid = existing.rowid
      this.#clear(rowid)
      s.update.run({ ...row, rowid })
    } else {
      rowid = Number(s.insert.run(row).lastInsertRowid)
    }
    s.insertSearch.run(rowid, a.titleTerms, a.bodyTerms)
    this.#assignStory(rowid, a)
    this.#writeLayers(rowid, a)
    return { outcome: existing ? 'updated' : 'added', id: a.id }
  }

  #clear(rowid: number): void {
    const s = this.#s
    s.deleteSearch.run(rowid)
    s.deleteLsh.run(rowid)
    s.deleteArticleEntities.run(rowid)
    s.deleteMentions.run(rowid)
    s.deleteQuotes.run(rowid)
    s.deleteTimes.run(rowid)
    s.deleteQuantities.run(rowid)
  }

  /** Joins the story of the most similar earlier article (merging stories it bridges), or starts one. */
  #assignStory(rowid: number, a: PreparedArticle): void {
    const s = this.#s
    const stories = new Set<number>()
    if (a.bands.length > 0) {
      const sig = signatureFromBytes(a.signature)
      const rows = s.storyCandidates.all(JSON.stringify(a.bands), rowid) as { rowid: number; signature: Buffer; story: number }[]
      for (const r of rows) {
        if (estimateJaccard(sig, signatureFromBytes(r.signature)) >= STORY_THRESHOLD) stories.add(r.story)
      }
      for (const band of a.bands) s.insertLsh.run(band, rowid)
    }
    const target = stories.size ? Math.min(...stories) : rowid
    s.setStory.run(target, rowid)
    for (const other of stories) if (other !== target) s.mergeStory.run(target, other)
  }

  #writeLayers(rowid: number, a: PreparedArticle): void {
    const s = this.#s
    const global = new Map<string, number>()
    for (const e of a.entities) {
      if (e.keys.length === 0) continue
      const mapped = new Map((s.entityKeys.all(JSON.stringify(e.keys)) as { key: string; entity: number }[]).map((r) => [r.key, r.entity]))
      let entity = e.keys.map((k) => mapped.get(k)).find((v) => v !== undefined)
      if (entity === undefined) entity = (s.insertEntity.get(e.keys[0], e.type, e.name, e.latin) as { id: number }).id
      else s.improveEntity.run({ name: e.name, latin: e.latin, id: entity })
      for (const k of e.keys) s.insertKey.run(k, entity)
      global.set(e.localId, entity)
      s.insertArticleEntity.run(rowid, entity, e.localId, e.mentions.length)
      for (const m of e.mentions) s.insertMention.run(rowid, entity, m.start, m.end, m.surface)
    }
    a.quotes.forEach((q, i) => {
      const speaker = q.speakerLocalId ? (global.get(q.speakerLocalId) ?? null) : null
      s.insertQuote.run(rowid, i, q.start, q.end, q.direct ? 1 : 0, speaker, q.speakerStart, q.speakerEnd, q.cueStart, q.cueEnd, q.cue, q.text)
    })
    a.times.forEach((t, i) => s.insertTime.run(rowid, i, t.start, t.end, t.value, t.surface))
    a.quantities.forEach((q, i) => s.insertQuantity.run(rowid, i, q.start, q.end, q.value, q.approx ? 1 : 0, q.unit, q.surface))
  }
}
