/**
 * `npm run bench:archive`: the archive on the benchmark corpus (shared/data/news-corpus, 19,551
 * articles) and on a ×10 set made from it (ids changed, texts lightly altered: ≈195,500 articles).
 *
 *  1. ingest rate into SQLite with 1 and with 2 worker threads, archive size;
 *  2. a query set built from the corpus, with expected hits: known-item queries that name a target
 *     article by a spelling variant of what it writes (جونغ/جونج, مسؤول/مسئول, أ/ا, ة/ه, a clitic
 *     glued on, diacritics, tatweel), quoted title phrases, and topical queries for timing only;
 *  3. recall@10 and p50/p95 latency of Marsad's search (SQLite, and PostgreSQL when available)
 *     against PostgreSQL's built-in `arabic` text-search configuration on the same articles;
 *  4. the ×10 set ingested with 2 workers, then search p50/p95 at ≈200,000 articles.
 *
 *   npm run bench:archive -- [--pg URL] [--no-pg] [--no-scale] [--scale N] [--limit N] [--out FILE] [--keep] [--keep-scaled FILE]
 *
 * --keep leaves the work folder (the SQLite archives, the ×N input) in place and prints its path.
 * --keep-scaled FILE copies the ×N archive to FILE (`npm run bench` keeps it as
 * bench-out/archive-x10.db for `bench:api`, which measures the HTTP API at that size).
 *
 * PostgreSQL: --pg URL, else $MARSAD_TEST_PG (see .ci/postgres.sh); throwaway schemas are dropped.
 */
import { copyFileSync, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import type { IngestSummary } from '../src/store/ingest/ingest-paths.js'
import type { Archive } from '../src/store/archive.js'
import { importBuilt } from './built.js'
import { sharedDir } from './shared-path.js'

// The compiled package, as `marsad ingest` and `marsad search` run it (see `importBuilt`).
const { ingestPaths } = await importBuilt<typeof import('../src/store/ingest/ingest-paths.js')>('store/ingest/ingest-paths.js')
const { openSqliteArchive } = await importBuilt<typeof import('../src/store/sqlite/archive.js')>('store/sqlite/archive.js')
const { openPostgresArchive } = await importBuilt<typeof import('../src/store/postgres/archive.js')>('store/postgres/archive.js')

interface CorpusArticle {
  id: string
  outlet: string
  date: string
  title: string
  url: string
  text: string
}

interface BenchQuery {
  readonly kind: 'variant' | 'phrase' | 'topic'
  /** For variant queries, which kind of spelling difference. */
  readonly rule: string
  readonly query: string
  /** The article the query names (known-item); null for topic queries (timed only). */
  readonly target: string | null
}

const args = process.argv.slice(2)
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const limit = flag('--limit') ? Number(flag('--limit')) : Infinity
const scale = flag('--scale') ? Number(flag('--scale')) : 10
const pgUrl = args.includes('--no-pg') ? undefined : (flag('--pg') ?? process.env.MARSAD_TEST_PG)
const doScale = !args.includes('--no-scale')
const outFile = flag('--out') ?? join('bench-out', 'archive.json')
const keep = args.includes('--keep')
const keepScaled = flag('--keep-scaled')

const log = (s: string): void => {
  process.stderr.write(s + '\n')
}

// ---------------------------------------------------------------- corpus

const corpusDir = join(sharedDir(), 'data', 'news-corpus')
const corpusFiles = ['articles-01.jsonl', 'articles-02.jsonl', 'articles-03.jsonl'].map((f) => join(corpusDir, f))
let corpus: CorpusArticle[] = []
for (const f of corpusFiles) for (const line of readFileSync(f, 'utf8').split('\n')) if (line.trim()) corpus.push(JSON.parse(line) as CorpusArticle)
if (Number.isFinite(limit)) corpus = corpus.slice(0, limit)
const work = mkdtempSync(join(tmpdir(), 'marsad-bench-'))
const corpusInput = join(work, 'corpus.jsonl')
writeFileSync(corpusInput, corpus.map((a) => JSON.stringify(a)).join('\n') + '\n')
log(`corpus: ${corpus.length} articles; work folder ${work}`)

// Independent of Marsad's normaliser: the oracle that decides what a document writes.
const norm = (s: string): string =>
  s.replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه')
const WORD = /[\u0621-\u064A\u0640\u064B-\u0652]+/g

// ---------------------------------------------------------------- query set

/** Document frequency of oracle-normalized words, to pick a target's most distinctive title words. */
const df = new Map<string, number>()
for (const a of corpus) for (const w of new Set(norm(a.text + ' ' + a.title).match(WORD) ?? [])) df.set(w, (df.get(w) ?? 0) + 1)

/** The two rarest title words (4+ letters, in the corpus at most 50 times) of an article, as written, or null. */
function titleWords(a: CorpusArticle, exclude: string): string[] | null {
  const words = [...new Set(a.title.match(WORD) ?? [])].filter((w) => norm(w).length >= 4 && !norm(exclude).includes(norm(w)))
  const ranked = words.map((w) => ({ w, df: df.get(norm(w)) ?? 0 })).filter((x) => x.df > 0 && x.df <= 50).sort((x, y) => x.df - y.df)
  return ranked.length >= 2 ? ranked.slice(0, 2).map((x) => x.w) : null
}

interface VariantRule {
  readonly name: string
  /** A word or phrase the target writes. */
  readonly find: RegExp
  /** The other spelling a searcher types. */
  readonly respell: (written: string) => string | null
}

const RULES: readonly VariantRule[] = [
  { name: 'ng: نغ/نج', find: /(?<![\u0621-\u064A])(?:جون[غج]|بيون[غج]|يان[غج]|هون[غج]|كون[غج]|سن[غج]افور[ةه]|بين[غج])(?![\u0621-\u064A])/, respell: (w) => (w.includes('نغ') ? w.replace('نغ', 'نج') : w.replace('نج', 'نغ')) },
  { name: 'hamza on waw/yeh: ؤ/ئ', find: /(?<![\u0621-\u064A])[\u0621-\u064A]*(?:مسؤول|مسئول)[\u0621-\u064A]*/, respell: (w) => (w.includes('ؤ') ? w.replace('ؤ', 'ئ') : w.replace('ئ', 'ؤ')) },
  { name: 'hamza on alef: أ/ا', find: /(?<![\u0621-\u064A])[أإ][\u0621-\u064A]{4,}/, respell: (w) => 'ا' + w.slice(1) },
  { name: 'ta marbuta: ة/ه', find: /(?<![\u0621-\u064A])[\u0621-\u064A]{4,}ة(?![\u0621-\u064A])/, respell: (w) => w.slice(0, -1) + 'ه' },
  { name: 'clitic glued on: لـ/بـ + name', find: /(?<![\u0621-\u064A])[لب](?:ترامب|بوتين|موسكو|طهران|سوريا|لبنان|العراق|واشنطن|القاهرة|الرياض)(?![\u0621-\u064A])/, respell: (w) => w.slice(1) },
  { name: 'diacritics in the text', find: /(?<![\u0621-\u064A])[\u0621-\u064A]+[\u064B-\u0652][\u0621-\u064A\u064B-\u0652]+/, respell: (w) => w.replace(/[\u064B-\u0652]/g, '') },
  { name: 'tatweel in the text', find: /(?<![\u0621-\u064A])[\u0621-\u064A]+\u0640+[\u0621-\u064A\u0640]+/, respell: (w) => w.replace(/\u0640/g, '') },
  { name: 'diacritics in the query', find: /(?<![\u0621-\u064A])ال[\u0621-\u064A]{4,}(?![\u0621-\u064A\u064B-\u0652])/, respell: (w) => w.replace(/(.)$/, '$1\u0650') },
]

function buildQueries(): BenchQuery[] {
  const out: BenchQuery[] = []
  // Spread targets over the corpus: a fixed stride, so every outlet and year has a chance.
  const order = corpus.map((_, i) => i).sort((a, b) => ((a * 7919) % corpus.length) - ((b * 7919) % corpus.length))
  for (const rule of RULES) {
    let n = 0
    for (const i of order) {
      if (n >= 8) break
      const a = corpus[i]!
      const m = rule.find.exec(a.text)
      if (!m) continue
      const written = m[0]
      const typed = rule.respell(written)
      if (!typed || typed === written) continue
      // The target must not also write the typed form: only the variant can find it.
      if (rule.name !== 'diacritics in the query' && new RegExp(`(?<![\\u0621-\\u064A])${typed}(?![\\u0621-\\u064A])`).test(a.text + ' ' + a.title)) continue
      const extra = titleWords(a, written)
      if (!extra) continue
      out.push({ kind: 'variant', rule: rule.name, query: [typed, ...extra].join(' '), target: a.id })
      n++
    }
  }
  let phrases = 0
  for (const i of order) {
    if (phrases >= 20) break
    const a = corpus[i]!
    const words = a.title.match(WORD) ?? []
    if (words.length < 5) continue
    const phrase = words.slice(1, 4).join(' ')
    if (!a.title.includes(phrase) || phrase.length < 12) continue
    out.push({ kind: 'phrase', rule: 'title phrase', query: `"${phrase}"`, target: a.id })
    phrases++
  }
  for (const q of ['السعودية', 'ترامب', 'الكرملين', 'داعش', 'كوريا الشمالية', 'أسعار النفط', 'كأس العالم', 'ولي العهد', 'الأمم المتحدة', 'وزير الخارجية',
    'الحوثيين', 'بوتين', 'الاتحاد الأوروبي', 'الرياض', 'مجلس الأمن', '"خادم الحرمين الشريفين"', 'تونس', 'إيران', 'الاقتصاد', 'كرة القدم']) {
    out.push({ kind: 'topic', rule: 'topic', query: q, target: null })
  }
  return out
}

const queries = buildQueries()
log(`queries: ${queries.filter((q) => q.kind === 'variant').length} variant, ${queries.filter((q) => q.kind === 'phrase').length} phrase, ${queries.filter((q) => q.kind === 'topic').length} topic`)

// ---------------------------------------------------------------- measuring

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN
}

interface SearchRun {
  readonly system: string
  readonly articles: number
  readonly p50: number
  readonly p95: number
  readonly recall: Record<string, { hits: number; queries: number }>
}

type SearchFn = (q: string) => Promise<{ total: number; ids: string[] }>

async function runQueries(system: string, articles: number, search: SearchFn, withRecall: boolean): Promise<SearchRun> {
  for (const q of queries.slice(0, 5)) await search(q.query) // warm caches
  const times: number[] = []
  const recall: Record<string, { hits: number; queries: number }> = {}
  for (let round = 0; round < 2; round++) {
    for (const q of queries) {
      const t0 = performance.now()
      const r = await search(q.query)
      times.push(performance.now() - t0)
      if (!withRecall || round > 0 || !q.target) continue
      for (const key of [q.kind, q.kind === 'variant' ? `variant: ${q.rule}` : null]) {
        if (!key) continue
        const slot = (recall[key] ??= { hits: 0, queries: 0 })
        slot.queries++
        if (r.ids.slice(0, 10).includes(q.target)) slot.hits++
      }
    }
  }
  return { system, articles, p50: pct(times, 50), p95: pct(times, 95), recall }
}

const marsadSearch =
  (archive: Archive): SearchFn =>
  async (q) => {
    const r = await archive.search(q, { limit: 10 })
    return { total: r.total, ids: r.results.map((h) => h.id) }
  }

const fileSize = (path: string): number => {
  let n = 0
  for (const f of [path, `${path}-wal`]) {
    try {
      n += statSync(f).size
    } catch {
      // no WAL
    }
  }
  return n
}

const results: Record<string, unknown> = { corpus: corpus.length, queries: queries.length }
const ingests: { system: string; workers: number; articles: number; seconds: number; rate: number; sizeBytes: number }[] = []
const searches: SearchRun[] = []

async function ingestSqlite(db: string, input: string, workers: number, label: string): Promise<IngestSummary> {
  const archive = openSqliteArchive(db)
  try {
    const s = await ingestPaths(archive, [input], { workers })
    const processed = s.added + s.updated
    ingests.push({ system: label, workers, articles: processed, seconds: s.elapsedMs / 1000, rate: processed / (s.elapsedMs / 1000), sizeBytes: fileSize(db) })
    log(`${label}, ${workers} worker(s): ${processed} articles in ${(s.elapsedMs / 1000).toFixed(1)} s = ${(processed / (s.elapsedMs / 1000)).toFixed(0)}/s, ${s.failed} failed, ${(fileSize(db) / 1e6).toFixed(0)} MB`)
    return s
  } finally {
    await archive.close()
  }
}

// 1. SQLite ingest, 1 and 2 workers.
const db1 = join(work, 'w1.db')
const db2 = join(work, 'w2.db')
await ingestSqlite(db1, corpusInput, 1, 'sqlite corpus')
rmSync(db1, { force: true })
rmSync(`${db1}-wal`, { force: true })
rmSync(`${db1}-shm`, { force: true })
await ingestSqlite(db2, corpusInput, 2, 'sqlite corpus')

// 2. Marsad search on SQLite at corpus size.
{
  const archive = openSqliteArchive(db2)
  searches.push(await runQueries('marsad (sqlite)', corpus.length, marsadSearch(archive), true))
  await archive.close()
}

// 3. PostgreSQL: Marsad's archive, and the built-in `arabic` configuration on the same articles.
if (pgUrl) {
  const schema = `bench_marsad_${Date.now().toString(36)}`
  const archive = await openPostgresArchive(pgUrl, { schema })
  try {
    const s = await ingestPaths(archive, [corpusInput], { workers: 2 })
    const stats = await archive.stats()
    ingests.push({ system: 'postgres corpus', workers: 2, articles: s.added, seconds: s.elapsedMs / 1000, rate: s.added / (s.elapsedMs / 1000), sizeBytes: stats.sizeBytes })
    log(`postgres corpus, 2 workers: ${s.added} articles in ${(s.elapsedMs / 1000).toFixed(1)} s = ${(s.added / (s.elapsedMs / 1000)).toFixed(0)}/s, ${(stats.sizeBytes / 1e6).toFixed(0)} MB`)
    await archive.pool.query('ANALYZE')
    searches.push(await runQueries('marsad (postgres)', corpus.length, marsadSearch(archive), true))
  } finally {
    await archive.dropSchema()
    await archive.close()
  }

  const base = `bench_pgarabic_${Date.now().toString(36)}`
  const pool = new pg.Pool({ connectionString: pgUrl, max: 2 })
  try {
    await pool.query(`CREATE SCHEMA ${base}`)
    await pool.query(`CREATE TABLE ${base}.docs (id text PRIMARY KEY, title text, body text,
      tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('arabic', coalesce(title, '')), 'A') || to_tsvector('arabic', body)) STORED)`)
    const t0 = performance.now()
    for (let i = 0; i < corpus.length; i += 500) {
      const part = corpus.slice(i, i + 500)
      await pool.query(`INSERT INTO ${base}.docs (id, title, body) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`, [
        part.map((a) => a.id),
        part.map((a) => a.title),
        part.map((a) => a.text),
      ])
    }
    await pool.query(`CREATE INDEX ON ${base}.docs USING gin (tsv)`)
    await pool.query(`ANALYZE ${base}.docs`)
    log(`postgres arabic baseline: ${corpus.length} documents loaded and indexed in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    const search: SearchFn = async (q) => {
      const total = Number((await pool.query(`SELECT count(*) AS n FROM ${base}.docs WHERE tsv @@ websearch_to_tsquery('arabic', $1)`, [q])).rows[0].n)
      const rows = (
        await pool.query(`SELECT id FROM ${base}.docs, websearch_to_tsquery('arabic', $1) q WHERE tsv @@ q ORDER BY ts_rank(tsv, q) DESC, id LIMIT 10`, [q])
      ).rows as { id: string }[]
      return { total, ids: rows.map((r) => r.id) }
    }
    searches.push(await runQueries("postgres 'arabic' config", corpus.length, search, true))
  } finally {
    await pool.query(`DROP SCHEMA IF EXISTS ${base} CASCADE`)
    await pool.end()
  }
} else {
  log('PostgreSQL: skipped (no --pg URL and no MARSAD_TEST_PG)')
}

// 4. The ×N set: the corpus again N-1 times, ids changed and texts lightly altered, added to the 2-worker archive.
if (doScale && scale > 1) {
  const scaled = join(work, `x${scale}.jsonl`)
  const out = createWriteStream(scaled)
  let written = 0
  for (let k = 1; k < scale; k++) {
    for (const a of corpus) {
      out.write(JSON.stringify({ ...a, id: `${a.id}~x${k}`, url: `${a.url}#x${k}`, text: alter(a.text, k) }) + '\n')
      written++
    }
  }
  await new Promise<void>((resolve) => out.end(resolve))
  log(`×${scale} set: ${written} altered copies written`)
  await ingestSqlite(db2, scaled, 2, `sqlite ×${scale} (added to the corpus archive)`)
  const archive = openSqliteArchive(db2)
  const n = (await archive.stats()).articles
  searches.push(await runQueries(`marsad (sqlite) ×${scale}`, n, marsadSearch(archive), false))
  results.scaledArchiveBytes = fileSize(db2)
  await archive.close()
  if (keepScaled) {
    // Closed, so the WAL is checkpointed into the file: one file holds the whole archive.
    mkdirSync(dirname(keepScaled), { recursive: true })
    copyFileSync(db2, keepScaled)
    log(`×${scale} archive (${n} articles) kept as ${keepScaled}`)
  }
}

/**
 * A light, deterministic alteration for copy `k`: a few words lose or gain a hamza or a tatweel,
 * one sentence is dropped (k odd) or two are swapped (k even), digits change in one number.
 */
function alter(text: string, k: number): string {
  let seed = k * 2654435761
  const rnd = (): number => {
    seed = (seed ^ (seed << 13)) >>> 0
    seed = (seed ^ (seed >>> 17)) >>> 0
    seed = (seed ^ (seed << 5)) >>> 0
    return seed / 0x100000000
  }
  const sentences = text.split(/(?<=[.!؟])\s+/)
  if (sentences.length > 3) {
    const i = 1 + Math.floor(rnd() * (sentences.length - 2))
    if (k % 2) sentences.splice(i, 1)
    else [sentences[i], sentences[i - 1]] = [sentences[i - 1]!, sentences[i]!]
  }
  let t = sentences.join(' ')
  t = t.replace(/(?<![\u0621-\u064A])أ/g, (m) => (rnd() < 0.3 ? 'ا' : m))
  t = t.replace(/(?<=[\u0628-\u064A])(?=[\u0628-\u064A]{3}(?![\u0621-\u064A]))/g, () => (rnd() < 0.01 ? '\u0640' : ''))
  t = t.replace(/\d+/, (d) => String((Number(d) + k) % 10 ** d.length).padStart(d.length, '0'))
  return t
}

// ---------------------------------------------------------------- report

results.ingest = ingests
results.search = searches
mkdirSync(dirname(outFile), { recursive: true })
writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n')

console.log('\nIngest')
for (const i of ingests) {
  console.log(`  ${i.system.padEnd(42)} ${String(i.workers).padStart(2)} worker(s)  ${String(i.articles).padStart(7)} articles  ${i.rate.toFixed(0).padStart(5)}/s  ${(i.sizeBytes / 1e6).toFixed(0)} MB`)
}
console.log('\nSearch (recall@10 = known item in the top 10)')
const kinds = [...new Set(searches.flatMap((s) => Object.keys(s.recall)))].sort()
for (const s of searches) {
  console.log(`  ${s.system.padEnd(28)} ${String(s.articles).padStart(7)} articles  p50 ${s.p50.toFixed(1).padStart(6)} ms  p95 ${s.p95.toFixed(1).padStart(6)} ms`)
  for (const k of kinds) {
    const r = s.recall[k]
    if (r) console.log(`      ${k.padEnd(36)} ${(r.hits / r.queries).toFixed(2)}  (${r.hits}/${r.queries})`)
  }
}
if (results.scaledArchiveBytes) console.log(`\n×${scale} archive: ${((results.scaledArchiveBytes as number) / 1e6).toFixed(0)} MB`)
console.log(`\nwritten to ${outFile}`)
if (keep) console.log(`work folder kept: ${work}`)
else rmSync(work, { recursive: true, force: true })
