import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { NEEDS_SHARED, ROOT } from '../../../test/shared.js'
import { corpusArticles, type CorpusArticle } from '../../../test/fixtures/store/corpus.js'
import { openPostgresArchive, type PostgresArchive } from '../postgres/archive.js'

const PG_URL = process.env.MARSAD_TEST_PG
const SKIP = !PG_URL ? 'MARSAD_TEST_PG is not set: run `eval "$(.ci/postgres.sh start)"` to test ingest into PostgreSQL' : 'skip' in NEEDS_SHARED ? NEEDS_SHARED.skip : false
const CLI = join(ROOT, 'test', 'fixtures', 'store', 'store-cli.ts')

const jsonl = (articles: readonly CorpusArticle[]): string => articles.map((a) => JSON.stringify(a)).join('\n') + '\n'

/** Runs `marsad ingest … --json` in a child process and gives its summary. */
function ingestProcess(file: string, db: string): Promise<{ added: number; updated: number; duplicates: number; failed: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'ingest', file, '--db', db, '--workers', '0', '--batch-size', '20', '--json'], { cwd: ROOT })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`ingest exited ${code}: ${err}`))))
  })
}

describe('ingest into PostgreSQL from several processes at once', { skip: SKIP }, () => {
  let dir = ''
  let archive: PostgresArchive
  let db = ''
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-pg-ingest-'))
    const schema = `marsad_test_${randomBytes(5).toString('hex')}`
    const url = new URL(PG_URL!)
    url.searchParams.set('schema', schema)
    db = url.toString()
    archive = await openPostgresArchive(db)
  })
  after(async () => {
    if (archive) {
      await archive.dropSchema()
      await archive.close()
    }
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  test('three writers with overlapping input store every article once, and the last version of a changed one wins whole', async () => {
    const articles = corpusArticles().slice(0, 180)
    // Overlapping slices: 0-119, 60-179, 30-149 (every article is given by one to three writers).
    const slices = [articles.slice(0, 120), articles.slice(60, 180), articles.slice(30, 150)]
    const files = slices.map((s, i) => join(dir, `w${i}.jsonl`))
    slices.forEach((s, i) => writeFileSync(files[i]!, jsonl(s)))
    const summaries = await Promise.all(files.map((f) => ingestProcess(f, db)))
    const added = summaries.reduce((n, s) => n + s.added, 0)
    assert.equal(added, articles.length)
    assert.equal(summaries.reduce((n, s) => n + s.added + s.duplicates, 0), 360)
    const n = async (sql: string): Promise<number> => Number((await archive.pool.query(sql)).rows[0].n)
    assert.equal(await n('SELECT count(*) AS n FROM articles'), articles.length)
    assert.equal(await n('SELECT count(*) AS n FROM articles WHERE rowid NOT IN (SELECT article FROM article_story)'), 0)

    // Two writers change the same article differently at once: one version wins, with its own index.
    const target = articles[90]!
    const a = { ...target, text: target.text + '\nوأعلنت بلدية قمرستان تفاصيل الخطة.' }
    const b = { ...target, text: target.text + '\nوأعلنت بلدية نجمستان تفاصيل الخطة.' }
    writeFileSync(join(dir, 'a.jsonl'), jsonl([a]))
    writeFileSync(join(dir, 'b.jsonl'), jsonl([b]))
    const [sa, sb] = await Promise.all([ingestProcess(join(dir, 'a.jsonl'), db), ingestProcess(join(dir, 'b.jsonl'), db)])
    assert.equal(sa.updated + sb.updated, 2)
    const stored = (await archive.get(target.id))!.text
    assert.ok(stored === a.text || stored === b.text)
    const winner = stored === a.text ? 'قمرستان' : 'نجمستان'
    const loser = stored === a.text ? 'نجمستان' : 'قمرستان'
    assert.deepEqual((await archive.search(winner)).results.map((h) => h.id), [target.id])
    assert.equal((await archive.search(loser)).total, 0, `${loser} still found; stored ${winner}; ${JSON.stringify([sa, sb])}`)
    assert.equal(await n('SELECT count(*) AS n FROM articles'), articles.length)
  })
})
