/**
 * `npm run bench:api`: the HTTP API under load on loopback. A server process (buildApp over the
 * archive, no request log) answers autocannon's 50 concurrent clients; it prints requests/s and
 * latency p50/p95/p99 (every response timed, p95 computed exactly) of four runs, and writes
 * bench-out/api.json:
 *
 *  - search with the server's answer cache off: every request searches the archive;
 *  - article pages, cache off;
 *  - search as `marsad serve` runs it (answer cache on, `CachedArchive`), with queries drawn the way
 *    query logs are, by Zipf's law (the k-th most asked query asked ∝ 1/k) over the query set,
 *    measured in its steady state after 20 s of the same stream; it prints how many of the measured
 *    requests asked a query for the first time (the misses);
 *  - the same with a quarter of the requests replaced by queries never asked before (words of the
 *    articles' texts that no title query uses), so that many requests miss the cache.
 *
 *   npm run bench:api -- [--db TARGET] [--connections 50] [--duration 15] [--workers 1] [--out FILE]
 *
 * --workers N: N server processes on one port (as `marsad serve --workers N`).
 *
 * --db: a SQLite file or postgres://… archive (opened read as it is). Without it, the benchmark
 * corpus (shared/data/news-corpus, 19,551 articles) is ingested with 2 workers into a temporary
 * SQLite archive (about a minute). At 200,000 articles: `npm run bench:archive -- --keep` leaves
 * its ×10 archive as `<work folder>/w2.db`; pass that as --db. The article count measured at is
 * printed and written with the figures.
 *
 * Queries are words of the corpus titles (one or two words, 4+ letters, in 5–5,000 articles), in a
 * fixed pseudo-random order; article pages are `GET /api/articles/:id` over ids the archive lists.
 */
import { fork } from 'node:child_process'
import cluster from 'node:cluster'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { seededRandom } from '../src/tag/ner/train/perceptron.js'
import { importBuilt } from './built.js'
import { sharedDir } from './shared-path.js'

// The compiled package, as `marsad serve` runs it (see `importBuilt`).
const { buildApp, DEFAULT_CACHE_MB } = await importBuilt<typeof import('../src/serve/app.js')>('serve/app.js')
const { ingestPaths } = await importBuilt<typeof import('../src/store/ingest/ingest-paths.js')>('store/ingest/ingest-paths.js')
const { openArchive } = await importBuilt<typeof import('../src/store/open-archive.js')>('store/open-archive.js')

const args = process.argv.slice(2)
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const log = (s: string): void => {
  process.stderr.write(s + '\n')
}

/** Seconds of the Zipf query stream run before the cached server is measured. */
const CACHE_WARMUP_SECONDS = 20
/** Share of requests that ask a query never asked before, in the second cached run. */
const NEW_QUERY_SHARE = 0.25

// ---------------------------------------------------------------- server mode (the child)

if (args[0] === '--serve-only') {
  // `--serve-only TARGET WORKERS CACHE_MB`: WORKERS processes (node:cluster) share one port, each with its own archive connection.
  const workers = Number(args[2] ?? 1)
  const cacheMb = Number(args[3] ?? 0)
  if (workers > 1 && cluster.isPrimary) {
    for (let i = 0; i < workers; i++) cluster.fork()
    let told = false
    cluster.on('listening', (_worker, address) => {
      if (told) return
      told = true
      process.send!({ address: `http://127.0.0.1:${address.port}` })
    })
    process.on('message', (m: unknown) => {
      if (m !== 'stop') return
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM')
      cluster.on('exit', () => {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0)
      })
    })
  } else {
    const archive = await openArchive(args[1]!)
    const app = buildApp({ archive, ui: false, cacheMb })
    const address = await app.listen({ port: 0, host: '127.0.0.1' })
    if (cluster.isPrimary) {
      process.send!({ address })
      process.on('message', async (m: unknown) => {
        if (m === 'stop') {
          await app.close()
          await archive.close()
          process.exit(0)
        }
      })
    }
  }
} else {
  await main()
}

interface CorpusArticle {
  id: string
  title: string
  text: string
}

interface Figures {
  readonly requests: number
  readonly errors: number
  readonly non2xx: number
  readonly requestsPerSecond: number
  readonly p50Ms: number
  readonly p95Ms: number
  readonly p99Ms: number
}

/** A fixed pseudo-random sequence (LCG), so every run asks the same things in the same order. */
function shuffled<T>(items: readonly T[], seed = 7): T[] {
  const out = [...items]
  let x = seed
  for (let i = out.length - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648
    const j = x % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/** `count` indices into a list of `n`, drawn by Zipf's law (index k with weight 1/(k+1)), from a fixed seed. */
function zipfDraws(n: number, count: number, seed = 11): number[] {
  const cumulative = new Float64Array(n)
  let sum = 0
  for (let k = 0; k < n; k++) cumulative[k] = sum += 1 / (k + 1)
  const out: number[] = []
  // mulberry32, 32-bit integer arithmetic throughout (an LCG in doubles loses its low bits and cycles early).
  const random = seededRandom(seed)
  for (let i = 0; i < count; i++) {
    const u = random() * sum
    let lo = 0
    let hi = n - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid]! < u) lo = mid + 1
      else hi = mid
    }
    out.push(lo)
  }
  return out
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

/** Runs autocannon over `paths` (taken in turn) and times every response. */
async function load(base: string, paths: readonly string[], connections: number, duration: number): Promise<Figures> {
  let next = 0
  const latencies: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: base, connections, duration, requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) }] },
      (error, res) => (error ? reject(error) : resolve(res)),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime)
    })
  })
  latencies.sort((a, b) => a - b)
  return {
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
    p95Ms: Math.round(percentile(latencies, 95) * 10) / 10,
    p99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
  }
}

async function main(): Promise<void> {
  const connections = Number(flag('--connections') ?? 50)
  const workers = Number(flag('--workers') ?? 1)
  const duration = Number(flag('--duration') ?? 15)
  const outFile = flag('--out') ?? join('bench-out', 'api.json')
  const corpusDir = join(sharedDir(), 'data', 'news-corpus')
  const corpusFiles = ['articles-01.jsonl', 'articles-02.jsonl', 'articles-03.jsonl'].map((f) => join(corpusDir, f))
  const corpus: CorpusArticle[] = []
  for (const f of corpusFiles) for (const line of readFileSync(f, 'utf8').split('\n')) if (line.trim()) corpus.push(JSON.parse(line) as CorpusArticle)

  let target = flag('--db')
  let work: string | null = null
  if (!target) {
    work = mkdtempSync(join(tmpdir(), 'marsad-bench-api-'))
    target = join(work, 'corpus.db')
    log(`no --db: ingesting the corpus (${corpus.length} articles) into ${target} with 2 workers…`)
    const archive = await openArchive(target)
    try {
      const s = await ingestPaths(archive, corpusFiles, { workers: 2 })
      log(`  ${s.added} added, ${s.failed} failed in ${(s.elapsedMs / 1000).toFixed(1)} s`)
    } finally {
      await archive.close()
    }
  }

  // What to ask: title words the corpus writes in 5 to 5,000 articles, one or two at a time.
  const WORD = /[\u0621-\u064A]{4,}/g
  const df = new Map<string, number>()
  for (const a of corpus) for (const w of new Set(a.text.match(WORD) ?? [])) df.set(w, (df.get(w) ?? 0) + 1)
  const queries: string[] = []
  for (const [i, a] of shuffled(corpus).entries()) {
    const words = [...new Set(a.title.match(WORD) ?? [])].filter((w) => (df.get(w) ?? 0) >= 5 && (df.get(w) ?? 0) <= 5000)
    if (words.length === 0) continue
    queries.push(i % 3 === 2 && words.length >= 2 ? `${words[0]} ${words[1]}` : words[0]!)
  }
  const searchPaths = [...new Set(queries)].map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=10`)

  const archive = await openArchive(target)
  const stats = await archive.stats()
  const listed = await archive.search('', { limit: 1000 })
  await archive.close()
  const articlePaths = shuffled(listed.results.map((h) => `/api/articles/${encodeURIComponent(h.id)}`))
  log(`archive: ${stats.articles} articles (${stats.dialect}); ${searchPaths.length} queries, ${articlePaths.length} article ids; ${connections} clients, ${duration} s per run; ${workers} server process${workers === 1 ? '' : 'es'}`)

  // Zipf's law over the query set, in the set's (shuffled) order: which queries are popular is arbitrary, how popular is not.
  const zipfPaths = zipfDraws(searchPaths.length, 200_000).map((k) => searchPaths[k]!)
  // Queries no one asked before: words of the articles' texts (in 5–5,000 articles) that no title query uses.
  const asked = new Set(queries.flatMap((q) => q.split(' ')))
  const freshPaths = shuffled([...df].filter(([w, n]) => n >= 5 && n <= 5000 && !asked.has(w)).map(([w]) => `/api/search?q=${encodeURIComponent(w)}&limit=10`))
  try {
    const uncached = await withServer(target, workers, 0, async (base) => {
      log('warming up (3 s)…')
      await load(base, [...searchPaths, ...articlePaths], connections, 3)
      return { search: await load(base, searchPaths, connections, duration), article: await load(base, articlePaths, connections, duration) }
    })
    // The cached server is measured in its steady state: a warm-up on the head of the same stream first.
    const zipf = await measureCached(target, workers, connections, duration, zipfPaths)
    const mixed = await measureCached(target, workers, connections, duration, withNewQueries(zipfPaths, freshPaths, NEW_QUERY_SHARE))
    const runs = [
      ['search, no cache', uncached.search],
      ['articles/:id', uncached.article],
      ['search, cache, Zipf', zipf.figures],
      [`search, cache, +${100 * NEW_QUERY_SHARE}% new`, mixed.figures],
    ] as const
    const results = {
      articles: stats.articles, dialect: stats.dialect, connections, durationSeconds: duration, serverProcesses: workers, cores: availableParallelism(), loadAverage: loadavg()[0],
      queries: searchPaths.length, search: uncached.search, article: uncached.article,
      searchCached: { ...zipf.figures, ...zipf.stream, cacheMb: DEFAULT_CACHE_MB },
      searchCachedWithNewQueries: { ...mixed.figures, ...mixed.stream, newQueryShare: NEW_QUERY_SHARE, cacheMb: DEFAULT_CACHE_MB },
      targetSearchP95Ms: 100,
    }
    console.log(
      `\nAPI on loopback, ${stats.articles.toLocaleString('en')} articles (${stats.dialect}), ${connections} concurrent clients, ${duration} s each, ${workers} server process${workers === 1 ? '' : 'es'}; ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}`,
    )
    console.log('run                          req/s    p50 ms   p95 ms   p99 ms   requests  errors  non-2xx')
    for (const [name, f] of runs) {
      console.log(
        `${name.padEnd(26)} ${String(f.requestsPerSecond).padStart(8)} ${String(f.p50Ms).padStart(9)} ${String(f.p95Ms).padStart(8)} ${String(f.p99Ms).padStart(8)} ${String(f.requests).padStart(10)} ${String(f.errors).padStart(7)} ${String(f.non2xx).padStart(8)}`,
      )
    }
    for (const [name, run] of [['Zipf', zipf], [`Zipf + ${100 * NEW_QUERY_SHARE}% new`, mixed]] as const) {
      const { warmupRequests, distinctQueries, firstTimeQueries } = run.stream
      console.log(
        `cached run (${name}): after a warm-up of ${warmupRequests} requests, ${run.figures.requests} requests asked ${distinctQueries} distinct queries, ${firstTimeQueries} of them for the first time (${((100 * firstTimeQueries) / Math.max(1, run.figures.requests)).toFixed(1)}% of requests: misses)`,
      )
    }
    for (const [name, f] of [runs[0], runs[2], runs[3]]) console.log(`${name}: p95 ${f.p95Ms} ms, ${f.p95Ms <= 100 ? 'within' : 'OVER'} the 100 ms target`)
    mkdirSync(dirname(outFile), { recursive: true })
    writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n')
    log(`written ${outFile}`)
  } finally {
    if (work) rmSync(work, { recursive: true, force: true })
  }
}

/** Runs the stream against a server with the answer cache on: a warm-up on its head, then the measured run on the rest. */
async function measureCached(target: string, workers: number, connections: number, duration: number, stream: readonly string[]): Promise<{ figures: Figures; stream: { warmupRequests: number; distinctQueries: number; firstTimeQueries: number } }> {
  let warmed = 0
  const figures = await withServer(target, workers, DEFAULT_CACHE_MB, async (base) => {
    log(`warming the cache (${CACHE_WARMUP_SECONDS} s of the same query stream)…`)
    warmed = (await load(base, stream, connections, CACHE_WARMUP_SECONDS)).requests
    return load(base, stream.slice(warmed), connections, duration)
  })
  // Queries asked in the measured run that the warm-up had not asked: at least that many misses.
  const seen = new Set(stream.slice(0, warmed))
  const measured = stream.slice(warmed, warmed + figures.requests)
  return { figures, stream: { warmupRequests: warmed, distinctQueries: new Set(measured).size, firstTimeQueries: new Set(measured.filter((p) => !seen.has(p))).size } }
}

/** The stream with a share of its requests replaced by queries never asked before (taken from `fresh` in turn). */
function withNewQueries(stream: readonly string[], fresh: readonly string[], share: number, seed = 5): string[] {
  let x = seed >>> 0
  let next = 0
  return stream.map((p) => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0
    return x / 4294967296 < share && next < fresh.length ? fresh[next++]! : p
  })
}

/** Starts the server child (WORKERS processes, answer cache of CACHE_MB), runs `body` against it, stops it. */
async function withServer<T>(target: string, workers: number, cacheMb: number, body: (base: string) => Promise<T>): Promise<T> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve-only', target, String(workers), String(cacheMb)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const base = await new Promise<string>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { address: string }).address))
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)))
  })
  try {
    return await body(base)
  } finally {
    child.send('stop')
    await new Promise((r) => child.once('exit', r))
  }
}
