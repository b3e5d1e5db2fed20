/**
 * `npm run bench:analyze` (part of `npm run bench`): analyses the benchmark corpus (shared/data/news-corpus/*.jsonl, 19,551 articles)
 * in one process and prints articles/s, chars/s and peak RSS; then, in a second untimed pass, every
 * record is checked against SPEC.md (spans inside the text, no edge spaces, fields as specified).
 *
 *   npm run bench:analyze -- [--limit N] [--no-check] [--foundation]
 *
 * It measures the compiled package in dist/ (the npm script builds it first).
 *
 * `--foundation` runs only the text layer and the wire-copy stages (dateline, credits, boilerplate,
 * sentences), the part every later stage builds on.
 */
import { createReadStream, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { performance } from 'node:perf_hooks'
import type { Pipeline } from '../src/pipeline/pipeline.js'
import { importBuilt } from './built.js'
import { sharedDir } from './shared-path.js'

// The compiled package, as users run it (see `importBuilt`).
const { analyze, checkRecord, createPipeline, defaultPipeline } = await importBuilt<typeof import('../src/index.js')>('index.js')

const args = process.argv.slice(2)
const limitAt = args.indexOf('--limit')
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity
const check = !args.includes('--no-check')
const FOUNDATION = new Set(['dateline', 'credits', 'boilerplate', 'sentences'])
const chosen = args.includes('--foundation') ? defaultPipeline().stages.filter((s) => FOUNDATION.has(s.name)) : defaultPipeline().stages
/** Time spent in each stage, in ms, summed over the corpus. */
const stageMs: Record<string, number> = {}
const pipeline: Pipeline = createPipeline(
  chosen.map((stage) => ({
    ...stage,
    run(doc, ctx) {
      const t0 = performance.now()
      stage.run(doc, ctx)
      stageMs[stage.name] = (stageMs[stage.name] ?? 0) + performance.now() - t0
    },
  })),
)
console.log(`stages          ${pipeline.stages.map((s) => s.name).join(', ')}`)

const corpus = join(sharedDir(), 'data', 'news-corpus')
const files = readdirSync(corpus).filter((f) => f.endsWith('.jsonl')).sort()

let articles = 0
let chars = 0
let elapsed = 0
let peakRss = process.memoryUsage().rss
let invalid = 0
const problems: string[] = []
const layerCounts: Record<string, number> = {}

interface CorpusLine { id: string; text: string; date?: string; title?: string; url?: string; outlet?: string }

/** The corpus articles in file order, at most `limit`. */
async function* corpusArticles(): AsyncGenerator<CorpusLine> {
  let n = 0
  for (const file of files) {
    const lines = createInterface({ input: createReadStream(join(corpus, file)), crlfDelay: Infinity })
    for await (const line of lines) {
      if (!line.trim()) continue
      if (n++ >= limit) return
      yield JSON.parse(line) as CorpusLine
    }
  }
}

const metaOf = (a: CorpusLine) => ({ id: a.id, published: a.date?.slice(0, 10), title: a.title, url: a.url, outlet: a.outlet })

// The timed pass: analysis only. The SPEC check runs in a second pass, so that its garbage is
// not collected on the analysis clock.
for await (const a of corpusArticles()) {
  const t0 = performance.now()
  const record = analyze(a.text, metaOf(a), { pipeline })
  elapsed += performance.now() - t0
  articles++
  chars += a.text.length
  for (const k of ['dateline', 'credits', 'boilerplate', 'sentences', 'entities', 'quotes', 'sources', 'times', 'quantities'] as const) {
    const v = record[k]
    layerCounts[k] = (layerCounts[k] ?? 0) + (Array.isArray(v) ? v.length : v ? 1 : 0)
  }
  if (articles % 1000 === 0) {
    peakRss = Math.max(peakRss, process.memoryUsage().rss)
    process.stderr.write(`\r${articles} articles, ${(articles / (elapsed / 1000)).toFixed(0)}/s`)
  }
}
peakRss = Math.max(peakRss, process.memoryUsage().rss)
process.stderr.write('\n')
const seconds = elapsed / 1000
console.log(`articles        ${articles}`)
console.log(`characters      ${chars}`)
console.log(`analyse time    ${seconds.toFixed(2)} s (one process, one core)`)
console.log(`articles/s      ${(articles / seconds).toFixed(0)}   target ≥ 2000 (foundation), ≥ 500 (whole pipeline)`)
console.log(`chars/s         ${(chars / seconds / 1e6).toFixed(2)} M`)
console.log(`peak RSS        ${(peakRss / 2 ** 20).toFixed(0)} MB   target ≤ 300 MB`)
const inStages = Object.values(stageMs).reduce((a, b) => a + b, 0)
console.log(`per article     ${(elapsed / articles).toFixed(3)} ms: text layer ${((elapsed - inStages) / articles).toFixed(3)}, ${Object.entries(stageMs).map(([k, v]) => `${k} ${(v / articles).toFixed(3)}`).join(', ')}`)
console.log(`found           ${Object.entries(layerCounts).map(([k, v]) => `${k} ${v}`).join(', ')}`)
if (check) {
  let checked = 0
  for await (const a of corpusArticles()) {
    const found = checkRecord(analyze(a.text, metaOf(a), { pipeline }))
    if (found.length) {
      invalid++
      if (problems.length < 10) problems.push(`${a.id}: ${found.slice(0, 3).join('; ')}`)
    }
    if (++checked % 1000 === 0) process.stderr.write(`\rchecking records against SPEC.md: ${checked}`)
  }
  process.stderr.write('\n')
  console.log(`invalid records ${invalid} of ${checked}${problems.length ? '\n  ' + problems.join('\n  ') : ''}`)
  if (invalid) process.exitCode = 1
}
