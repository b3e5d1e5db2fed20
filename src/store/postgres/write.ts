import type pg from 'pg'
import type { PreparedArticle, PutResult } from '../archive.js'
import { estimateJaccard, signatureFromBytes, STORY_THRESHOLD } from '../minhash.js'
import { toTsvectorLiteral } from './tsvector.js'

/** Candidates examined per article when assigning a story. */
export const STORY_CANDIDATES = 200
/** Advisory lock serialising story assignment across writers (held to the end of a batch's transaction). */
const STORY_LOCK = 0x73746f72 // "stor"
/** SQLSTATEs after which a batch is retried: unique violation by a concurrent writer, deadlock, serialization failure. */
const RETRY_CODES = new Set(['23505', '40P01', '40001'])
const MAX_ATTEMPTS = 6

const bytes = (u: Uint8Array): Buffer => (Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength))

/**
 * Stores a batch in one transaction. Several processes may run this at once: an article key is
 * claimed with `INSERT … ON CONFLICT`, so it is stored once and an update is never lost (the row
 * lock orders writers); stories are assigned under an advisory lock held until commit, so two
 * reprints arriving together still meet. A batch that loses a race (a unique violation, a
 * deadlock) is rolled back and retried.
 */
export async function putPostgres(pool: pg.Pool, batch: readonly PreparedArticle[]): Promise<PutResult[]> {
  if (batch.length === 0) return []
  // One order for every writer: rows are locked key by key, so writers cannot deadlock on articles.
  const order = batch.map((a, i) => i).sort((x, y) => (batch[x]!.key < batch[y]!.key ? -1 : batch[x]!.key > batch[y]!.key ? 1 : x - y))
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect()
    try {
      await client.query('BEGIN')
      const results: PutResult[] = new Array(batch.length)
      const stored: { rowid: number; a: PreparedArticle }[] = []
      for (const i of order) {
        const a = batch[i]!
        const r = await putOne(client, a)
        results[i] = r.result
        if (r.rowid !== null) stored.push({ rowid: r.rowid, a })
      }
      if (stored.length) {
        // Entities of the whole batch at once, keys in one sorted order: two writers never wait on each other in a circle.
        const entities = await resolveEntities(client, stored)
        await writeLayers(client, stored, entities)
        await client.query('SELECT pg_advisory_xact_lock($1)', [STORY_LOCK])
        await assignStories(client, stored)
        await client.query('UPDATE archive_generation SET value = value + 1 WHERE id = 1')
      }
      await client.query('COMMIT')
      return results
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined)
      const code = (error as { code?: string }).code
      if (attempt >= MAX_ATTEMPTS || !code || !RETRY_CODES.has(code)) throw error
      await new Promise((r) => setTimeout(r, 10 * attempt + Math.random() * 20))
    } finally {
      client.release()
    }
  }
}

async function putOne(client: pg.PoolClient, a: PreparedArticle): Promise<{ result: PutResult; rowid: number | null }> {
  // The row under this key (locked: a concurrent update of it waits for us) and any row that already has this id.
  const found = (await client.query('SELECT rowid, key, id, content_hash FROM articles WHERE key = $1 OR id = $2 FOR UPDATE', [a.key, a.id])).rows as {
    rowid: number
    key: string
    id: string
    content_hash: string
  }[]
  const existing = found.find((r) => r.key === a.key)
  if (existing && existing.content_hash === a.contentHash) return { result: { outcome: 'duplicate', id: existing.id }, rowid: null }
  if (!existing && a.dedupeByContent) {
    const same = (await client.query('SELECT id FROM articles WHERE content_hash = $1 LIMIT 1', [a.contentHash])).rows[0] as { id: string } | undefined
    if (same) return { result: { outcome: 'duplicate', id: same.id }, rowid: null }
  }
  if (found.some((r) => r.id === a.id && r.rowid !== existing?.rowid)) return { result: { outcome: 'duplicate', id: a.id }, rowid: null }

  const tsv = toTsvectorLiteral(a.titleTerms, a.bodyTerms)
  const values = [
    a.key, a.id, a.contentHash, a.source, a.published, a.day, a.outlet, a.title, a.url, a.author, a.language, a.textLength,
    bytes(a.record), bytes(a.signature), tsv.length, tsv.literal,
  ]
  let rowid: number
  if (existing) {
    rowid = existing.rowid
    for (const table of ['lsh', 'article_story', 'article_entities', 'mentions', 'quotes', 'times', 'quantities']) await client.query(`DELETE FROM ${table} WHERE article = $1`, [rowid])
    await client.query(
      `UPDATE articles SET key = $1, id = $2, content_hash = $3, source = $4, published = $5, day = $6, outlet = $7, title = $8, url = $9, author = $10,
         language = $11, text_length = $12, record = $13, signature = $14, doc_len = $15, tsv = $16::tsvector, updated_at = now()
       WHERE rowid = $17`,
      [...values, rowid],
    )
  } else {
    // ON CONFLICT: another writer committed this key since our check; that copy wins and ours is a duplicate.
    const row = (
      await client.query(
        `INSERT INTO articles (key, id, content_hash, source, published, day, outlet, title, url, author, language, text_length, record, signature, doc_len, tsv)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::tsvector)
         ON CONFLICT (key) DO NOTHING RETURNING rowid`,
        values,
      )
    ).rows[0] as { rowid: number } | undefined
    if (!row) {
      const other = (await client.query('SELECT id FROM articles WHERE key = $1', [a.key])).rows[0] as { id: string }
      return { result: { outcome: 'duplicate', id: other.id }, rowid: null }
    }
    rowid = row.rowid
  }
  return { result: { outcome: existing ? 'updated' : 'added', id: a.id }, rowid }
}

/** Candidates read per band key when assigning stories (buckets are small; this caps pathological ones). */
const BUCKET_CANDIDATES = 50

/**
 * Puts each article of the batch in the story of the most similar article stored before it
 * (merging the stories it bridges), or starts a story: one read of every band's candidates, the
 * choice in memory (articles earlier in the batch count as stored), then three writes.
 */
async function assignStories(client: pg.PoolClient, stored: readonly { rowid: number; a: PreparedArticle }[]): Promise<void> {
  interface Candidate {
    readonly article: number
    readonly sig: Uint32Array
    story: number
  }
  const bands = [...new Set(stored.flatMap((s) => s.a.bands))]
  const byBand = new Map<number, Candidate[]>()
  const byArticle = new Map<number, Candidate>()
  if (bands.length) {
    const rows = (
      await client.query(
        `SELECT l.band_key AS band, l.article, a.signature, st.story_id AS story
         FROM unnest($1::bigint[]) AS b(key) CROSS JOIN LATERAL (SELECT band_key, article FROM lsh WHERE band_key = b.key LIMIT ${BUCKET_CANDIDATES}) l
         JOIN article_story st ON st.article = l.article JOIN articles a ON a.rowid = l.article`,
        [bands],
      )
    ).rows as { band: number; article: number; signature: Buffer; story: number }[]
    for (const r of rows) {
      let c = byArticle.get(r.article)
      if (!c) byArticle.set(r.article, (c = { article: r.article, sig: signatureFromBytes(r.signature), story: r.story }))
      let list = byBand.get(r.band)
      if (!list) byBand.set(r.band, (list = []))
      list.push(c)
    }
  }
  const assigned: { article: number; story: number }[] = []
  const merges = new Map<number, number>() // story → the story it was merged into
  for (const { rowid, a } of stored) {
    const sig = signatureFromBytes(a.signature)
    const stories = new Set<number>()
    const seen = new Set<number>()
    for (const band of a.bands) {
      for (const c of byBand.get(band) ?? []) {
        if (c.article === rowid || seen.has(c.article)) continue
        seen.add(c.article)
        if (seen.size > STORY_CANDIDATES) break
        if (estimateJaccard(sig, c.sig) >= STORY_THRESHOLD) stories.add(c.story)
      }
    }
    const target = stories.size ? Math.min(...stories) : rowid
    for (const other of stories) {
      if (other === target) continue
      merges.set(other, target)
      for (const c of byArticle.values()) if (c.story === other) c.story = target
      for (const x of assigned) if (x.story === other) x.story = target
      for (const [from, to] of merges) if (to === other) merges.set(from, target)
    }
    assigned.push({ article: rowid, story: target })
    const me: Candidate = { article: rowid, sig, story: target }
    byArticle.set(rowid, me)
    for (const band of a.bands) {
      let list = byBand.get(band)
      if (!list) byBand.set(band, (list = []))
      list.push(me)
    }
  }
  await client.query('INSERT INTO article_story (article, story_id) SELECT * FROM unnest($1::bigint[], $2::bigint[])', [
    assigned.map((x) => x.article),
    assigned.map((x) => x.story),
  ])
  for (const target of new Set(merges.values())) {
    const from = [...merges].filter(([, to]) => to === target).map(([f]) => f)
    await client.query('UPDATE article_story SET story_id = $1 WHERE story_id = ANY($2::bigint[])', [target, from])
  }
  const lshArticles: number[] = []
  const lshBands: number[] = []
  for (const { rowid, a } of stored) {
    for (const band of new Set(a.bands)) {
      lshArticles.push(rowid)
      lshBands.push(band)
    }
  }
  if (lshBands.length) await client.query('INSERT INTO lsh (band_key, article) SELECT * FROM unnest($1::bigint[], $2::bigint[]) ON CONFLICT DO NOTHING', [lshBands, lshArticles])
}

/**
 * Resolves the entities of a batch's articles to archive entities in four statements whatever
 * their number: look up every key, create the entities no key points at (keyed by their primary
 * key), improve the names of the others (the fullest Arabic form, a Latin name once known),
 * record every key. Keys and ids go in sorted order, and only rows that change are updated, so a
 * popular entity is not locked by every batch that names it. Gives, per article, local id → entity id.
 */
async function resolveEntities(client: pg.PoolClient, stored: readonly { rowid: number; a: PreparedArticle }[]): Promise<Map<number, Map<string, number>>> {
  const out = new Map<number, Map<string, number>>(stored.map((s) => [s.rowid, new Map()]))
  const all = stored.flatMap((s) => s.a.entities.filter((e) => e.keys.length > 0).map((e) => ({ rowid: s.rowid, e })))
  if (all.length === 0) return out
  const allKeys = [...new Set(all.flatMap((x) => x.e.keys))].sort()
  const mapped = new Map(
    ((await client.query('SELECT key, entity_id AS entity FROM entity_keys WHERE key = ANY($1::text[])', [allKeys])).rows as { key: string; entity: number }[]).map((r) => [
      r.key,
      r.entity,
    ]),
  )
  // Occurrences that share a key are one entity (an article naming `بوتين` links to one that named
  // `فلاديمير بوتين`, `Vladimir Putin`), as if the batch were written one article at a time.
  const parent = all.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const firstWithKey = new Map<string, number>()
  all.forEach((x, i) => {
    for (const k of x.e.keys) {
      const j = firstWithKey.get(k)
      if (j === undefined) firstWithKey.set(k, i)
      else parent[find(i)] = find(j)
    }
  })
  const groups = new Map<number, number[]>()
  all.forEach((_, i) => {
    const r = find(i)
    const g = groups.get(r)
    if (g) g.push(i)
    else groups.set(r, [i])
  })
  const resolved = new Map<(typeof all)[number], number>()
  const fresh = new Map<string, { e: PreparedArticle['entities'][number]; members: number[] }>()
  for (const members of groups.values()) {
    const known = members.flatMap((i) => all[i]!.e.keys).map((k) => mapped.get(k)).find((v) => v !== undefined)
    if (known !== undefined) for (const i of members) resolved.set(all[i]!, known)
    else {
      // A new entity, keyed by a Latin key when one of its occurrences has it.
      const lead = members.find((i) => all[i]!.e.latin) ?? members[0]!
      fresh.set(all[lead]!.e.keys[0]!, { e: all[lead]!.e, members })
    }
  }
  if (fresh.size) {
    const rows = [...fresh.entries()].sort((p, q) => (p[0] < q[0] ? -1 : 1)).map(([, f]) => f.e)
    const created = (
      await client.query(
        `INSERT INTO entities (key, type, name, latin) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
         ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key RETURNING id, key`,
        [rows.map((e) => e.keys[0]), rows.map((e) => e.type), rows.map((e) => e.name), rows.map((e) => e.latin)],
      )
    ).rows as { id: number; key: string }[]
    const byKey = new Map(created.map((r) => [r.key, r.id]))
    for (const [key, f] of fresh) for (const i of f.members) resolved.set(all[i]!, byKey.get(key)!)
  }
  // Per entity, the longest name and any Latin name this batch saw.
  const better = new Map<number, { name: string; latin: string | null }>()
  for (const x of all) {
    const id = resolved.get(x)!
    const b = better.get(id)
    if (!b) better.set(id, { name: x.e.name, latin: x.e.latin })
    else {
      if (x.e.name.length > b.name.length) b.name = x.e.name
      b.latin ??= x.e.latin
    }
  }
  const ids = [...better.keys()].sort((p, q) => p - q)
  await client.query(
    `UPDATE entities e SET name = CASE WHEN length(v.name) > length(e.name) THEN v.name ELSE e.name END, latin = coalesce(e.latin, v.latin)
     FROM unnest($1::bigint[], $2::text[], $3::text[]) AS v(id, name, latin)
     WHERE e.id = v.id AND (length(v.name) > length(e.name) OR (e.latin IS NULL AND v.latin IS NOT NULL))`,
    [ids, ids.map((i) => better.get(i)!.name), ids.map((i) => better.get(i)!.latin)],
  )
  const pairs = new Map<string, number>()
  for (const x of all) for (const k of x.e.keys) if (!pairs.has(k)) pairs.set(k, resolved.get(x)!)
  const keys = [...pairs.keys()].sort()
  await client.query('INSERT INTO entity_keys (key, entity_id) SELECT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT (key) DO NOTHING', [keys, keys.map((k) => pairs.get(k))])
  for (const [x, id] of resolved) out.get(x.rowid)!.set(x.e.localId, id)
  return out
}

/** Writes the rows of every stored article's layers: one statement per table for the whole batch. */
async function writeLayers(client: pg.PoolClient, stored: readonly { rowid: number; a: PreparedArticle }[], entities: ReadonlyMap<number, ReadonlyMap<string, number>>): Promise<void> {
  const ae = { article: [] as number[], entity: [] as number[], local: [] as string[], mentions: [] as number[] }
  const m = { article: [] as number[], entity: [] as number[], start: [] as number[], end: [] as number[], surface: [] as string[] }
  const q = {
    article: [] as number[], seq: [] as number[], start: [] as number[], end: [] as number[], direct: [] as boolean[], speaker: [] as (number | null)[],
    speakerStart: [] as (number | null)[], speakerEnd: [] as (number | null)[], cueStart: [] as (number | null)[], cueEnd: [] as (number | null)[],
    cue: [] as (string | null)[], text: [] as string[],
  }
  const t = { article: [] as number[], seq: [] as number[], start: [] as number[], end: [] as number[], value: [] as (string | null)[], surface: [] as string[] }
  const n = {
    article: [] as number[], seq: [] as number[], start: [] as number[], end: [] as number[], value: [] as number[], approx: [] as boolean[],
    unit: [] as (string | null)[], surface: [] as string[],
  }
  for (const { rowid, a } of stored) {
    const global = entities.get(rowid)!
    const counted = new Map<number, number>() // entity → index in ae, when two local entities are one archive entity
    for (const e of a.entities) {
      const entity = global.get(e.localId)
      if (entity === undefined) continue
      const at = counted.get(entity)
      if (at !== undefined) ae.mentions[at]! += e.mentions.length
      else {
        counted.set(entity, ae.article.length)
        ae.article.push(rowid)
        ae.entity.push(entity)
        ae.local.push(e.localId)
        ae.mentions.push(e.mentions.length)
      }
      for (const x of e.mentions) {
        m.article.push(rowid)
        m.entity.push(entity)
        m.start.push(x.start)
        m.end.push(x.end)
        m.surface.push(x.surface)
      }
    }
    a.quotes.forEach((x, i) => {
      q.article.push(rowid)
      q.seq.push(i)
      q.start.push(x.start)
      q.end.push(x.end)
      q.direct.push(x.direct)
      q.speaker.push(x.speakerLocalId ? (global.get(x.speakerLocalId) ?? null) : null)
      q.speakerStart.push(x.speakerStart)
      q.speakerEnd.push(x.speakerEnd)
      q.cueStart.push(x.cueStart)
      q.cueEnd.push(x.cueEnd)
      q.cue.push(x.cue)
      q.text.push(x.text)
    })
    a.times.forEach((x, i) => {
      t.article.push(rowid)
      t.seq.push(i)
      t.start.push(x.start)
      t.end.push(x.end)
      t.value.push(x.value)
      t.surface.push(x.surface)
    })
    a.quantities.forEach((x, i) => {
      n.article.push(rowid)
      n.seq.push(i)
      n.start.push(x.start)
      n.end.push(x.end)
      n.value.push(x.value)
      n.approx.push(x.approx)
      n.unit.push(x.unit)
      n.surface.push(x.surface)
    })
  }
  if (ae.article.length) {
    await client.query('INSERT INTO article_entities (article, entity_id, local_id, mentions) SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::int[])', [
      ae.article, ae.entity, ae.local, ae.mentions,
    ])
  }
  if (m.article.length) {
    await client.query('INSERT INTO mentions (article, entity_id, start, "end", surface) SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::int[], $4::int[], $5::text[])', [
      m.article, m.entity, m.start, m.end, m.surface,
    ])
  }
  if (q.article.length) {
    await client.query(
      `INSERT INTO quotes (article, seq, start, "end", direct, speaker_entity, speaker_start, speaker_end, cue_start, cue_end, cue, text)
       SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[], $4::int[], $5::boolean[], $6::bigint[], $7::int[], $8::int[], $9::int[], $10::int[], $11::text[], $12::text[])`,
      [q.article, q.seq, q.start, q.end, q.direct, q.speaker, q.speakerStart, q.speakerEnd, q.cueStart, q.cueEnd, q.cue, q.text],
    )
  }
  if (t.article.length) {
    await client.query('INSERT INTO times (article, seq, start, "end", value, surface) SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[], $4::int[], $5::text[], $6::text[])', [
      t.article, t.seq, t.start, t.end, t.value, t.surface,
    ])
  }
  if (n.article.length) {
    await client.query(
      `INSERT INTO quantities (article, seq, start, "end", value, approx, unit, surface)
       SELECT * FROM unnest($1::bigint[], $2::int[], $3::int[], $4::int[], $5::float8[], $6::boolean[], $7::text[], $8::text[])`,
      [n.article, n.seq, n.start, n.end, n.value, n.approx, n.unit, n.surface],
    )
  }
}
