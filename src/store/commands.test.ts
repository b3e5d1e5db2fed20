/**
 * The archive's commands as a user runs them: `ingest`, `search`, `stories`, `entity`, `stats`,
 * `export`, each registered on a program of its own (as src/cli/main.ts does) and run in-process
 * on a SQLite archive built from corpus articles.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { Command } from 'commander'
import { registerEntity } from '../cli/commands/entity.js'
import { registerExport } from '../cli/commands/export.js'
import { formatIngestSummary, registerIngest, renderProgress } from '../cli/commands/ingest.js'
import { registerSearch } from '../cli/commands/search.js'
import { registerStats } from '../cli/commands/stats.js'
import { registerStories } from '../cli/commands/stories.js'
import { NEEDS_SHARED } from '../../test/shared.js'
import { storeTestArticles } from '../../test/fixtures/store/corpus.js'

/** Runs one command line and returns what it printed on stdout and the exit code it set. */
async function marsad(...args: string[]): Promise<{ out: string; code: number }> {
  const program = new Command().name('marsad').exitOverride()
  for (const register of [registerIngest, registerSearch, registerStories, registerEntity, registerStats, registerExport]) register(program)
  // A stand-in for process.stdout while the command runs; the test runner keeps its own reference to the real one.
  let out = ''
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      out += chunk.toString('utf8')
      done()
    },
  })
  const real = Object.getOwnPropertyDescriptor(process, 'stdout')!
  Object.defineProperty(process, 'stdout', { configurable: true, get: () => sink })
  const before = process.exitCode
  process.exitCode = undefined
  try {
    await program.parseAsync(['node', 'marsad', ...args])
  } finally {
    Object.defineProperty(process, 'stdout', real)
  }
  const code = Number(process.exitCode ?? 0)
  process.exitCode = before
  return { out, code }
}

describe('archive commands', NEEDS_SHARED, () => {
  let dir = ''
  let db = ''
  let count = 0
  before(async () => {
    if ('skip' in NEEDS_SHARED) return
    dir = mkdtempSync(join(tmpdir(), 'marsad-cli-'))
    db = join(dir, 'news.db')
    const articles = storeTestArticles(2).slice(0, 200)
    count = articles.length
    writeFileSync(join(dir, 'batch.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n') + '\n')
  })
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  test('ingest prints a summary, and --json all of it', async () => {
    const first = await marsad('ingest', join(dir, 'batch.jsonl'), '--db', db, '--workers', '0')
    assert.equal(first.code, 0)
    assert.match(first.out, new RegExp(`^Ingested into .*news\\.db .*: ${count} articles`))
    assert.match(first.out, new RegExp(`\\n  added       ${count}\\n`))
    const again = await marsad('ingest', join(dir, 'batch.jsonl'), '--db', db, '--workers', '0', '--json')
    const summary = JSON.parse(again.out) as { added: number; duplicates: number; failures: unknown[] }
    assert.deepEqual([summary.added, summary.duplicates, summary.failures.length], [0, count, 0])
    const missing = await marsad('ingest', join(dir, 'nothing-here.jsonl'), '--db', db, '--workers', '0')
    assert.equal(missing.code, 1)
    assert.match(missing.out, /ERR_FILE_NOT_FOUND/)
  })

  test('search --json gives {"total": N, "results": [...]} with highlights inside the snippet span', async () => {
    const { out } = await marsad('search', 'الرياض', '--db', db, '--json', '--limit', '3')
    const r = JSON.parse(out) as { total: number; results: { id: string; snippet: string; snippetSpan: [number, number]; highlights: [number, number][] }[] }
    assert.ok(r.total > 3)
    assert.equal(r.results.length, 3)
    for (const h of r.results) assert.equal(h.snippet.length, h.snippetSpan[1] - h.snippetSpan[0])
    const text = await marsad('search', '"خادم الحرمين الشريفين"', '--db', db, '--limit', '2')
    assert.match(text.out, /^\d+ articles? match/)
    assert.match(text.out, /\n {2}1\. /)
    const none = await marsad('search', 'كلمةلاتوجدابدا', '--db', db)
    assert.equal(none.out, 'No article matches.\n')
    await assert.rejects(marsad('search', 'x', '--db', db, '--from', 'yesterday'), /ERR_BAD_DATE|not a date/)
  })

  test('stats --json counts the archive', async () => {
    const s = JSON.parse((await marsad('stats', '--db', db, '--json')).out) as Record<string, number>
    assert.equal(s.articles, count)
    for (const k of ['entities', 'mentions', 'quotes', 'stories', 'sizeBytes']) assert.equal(typeof s[k], 'number', k)
    assert.match((await marsad('stats', '--db', db)).out, new RegExp(`articles\\s+${count}`))
  })

  test('stories lists groups with their representative first', async () => {
    const list = JSON.parse((await marsad('stories', '--db', db, '--json', '--limit', '3')).out) as { total: number; stories: { size: number; members: { id: string }[] }[] }
    assert.ok(list.total > 0)
    assert.ok(list.stories.every((s) => s.size >= 2 && s.members.length === s.size))
    assert.match((await marsad('stories', '--db', db, '--limit', '1')).out, /story \d+: \d+ articles/)
  })

  test('entity reports nothing for an unknown name, with exit status 1', async () => {
    const r = await marsad('entity', 'شخص لا وجود له', '--db', db)
    assert.equal(r.code, 1)
    assert.match(r.out, /No entity named/)
    assert.deepEqual(JSON.parse((await marsad('entity', 'شخص لا وجود له', '--db', db, '--json')).out).entities, [])
  })

  test('export streams JSONL records and CSV rows', async () => {
    const jsonl = (await marsad('export', '--what', 'articles', '--db', db)).out.trim().split('\n')
    assert.equal(jsonl.length, count)
    assert.equal((JSON.parse(jsonl[0]!) as { schema: string }).schema, 'marsad.article/1')
    const file = join(dir, 'stories.csv')
    await marsad('export', '--what', 'stories', '--format', 'csv', '--out', file, '--db', db)
    const lines = readFileSync(file, 'utf8').trim().split('\r\n')
    assert.equal(lines[0], 'id,size,representative,title,first,last,outlets,members')
    await assert.rejects(marsad('export', '--what', 'everything', '--db', db), /--what must be one of/)
  })
})

test('the progress line shows share, counts, rate and time left', () => {
  const line = renderProgress({ done: 250, total: 1000, added: 240, updated: 0, duplicates: 5, failed: 5, elapsedMs: 1000, rate: 250, etaSeconds: 3 }, 10)
  assert.equal(line, '\r\x1b[K███░░░░░░░  25%  250/1,000  250/s  ETA 0:03  5 failed')
  const summary = formatIngestSummary(
    { added: 1, updated: 0, duplicates: 0, failed: 1, failures: [{ source: 'a.txt', code: 'ERR_BINARY_INPUT', message: 'a.txt looks binary' }], articles: 2, elapsedMs: 500, workers: 2, interrupted: false },
    'x.db',
  )
  assert.match(summary, /Failed:\n {2}a\.txt {2}ERR_BINARY_INPUT {2}a\.txt looks binary\n$/)
})
