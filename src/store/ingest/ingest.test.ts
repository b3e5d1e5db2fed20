import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import Database from 'better-sqlite3'
import { NEEDS_SHARED, ROOT } from '../../../test/shared.js'
import { corpusArticles, type CorpusArticle } from '../../../test/fixtures/store/corpus.js'
import { openSqliteArchive } from '../sqlite/archive.js'
import { ingestPaths, type IngestProgress } from './ingest-paths.js'

const FIXTURES = join(ROOT, 'test', 'fixtures', 'store')

const jsonl = (articles: readonly CorpusArticle[]): string => articles.map((a) => JSON.stringify(a)).join('\n') + '\n'

/** A folder of inputs: a JSONL batch, a text file, an HTML page, two feeds, and some bad files. */
function makeInputs(dir: string, articles: readonly CorpusArticle[]): void {
  mkdirSync(join(dir, 'in', 'texts'), { recursive: true })
  mkdirSync(join(dir, 'in', 'feeds'), { recursive: true })
  writeFileSync(join(dir, 'in', 'batch.jsonl'), jsonl(articles.slice(0, 120)))
  writeFileSync(join(dir, 'in', 'texts', 'one.txt'), articles[120]!.text)
  copyFileSync(join(FIXTURES, 'article.html'), join(dir, 'in', 'texts', 'page.html'))
  copyFileSync(join(FIXTURES, 'feeds', 'wire.rss'), join(dir, 'in', 'feeds', 'wire.rss'))
  copyFileSync(join(FIXTURES, 'feeds', 'wire.atom'), join(dir, 'in', 'feeds', 'wire.atom'))
  // Bad inputs: binary bytes, broken JSONL lines beside a good one, an XML file that is no feed.
  writeFileSync(join(dir, 'in', 'texts', 'bad.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, 0, 0]))
  writeFileSync(join(dir, 'in', 'broken.jsonl'), [JSON.stringify(articles[121]), '{"id": "x1", "text": ', '{"id": "x2"}'].join('\n') + '\n')
  copyFileSync(join(FIXTURES, 'feeds', 'not-a-feed.xml'), join(dir, 'in', 'feeds', 'not-a-feed.xml'))
}

describe('ingest', NEEDS_SHARED, () => {
  let dir = ''
  let articles: CorpusArticle[] = []
  before(() => {
    if ('skip' in NEEDS_SHARED) return
    dir = mkdtempSync(join(tmpdir(), 'marsad-ingest-'))
    articles = corpusArticles().slice(0, 1500)
    makeInputs(dir, articles)
  })
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  test('reads every kind of input, skips bad files with their reasons, and adds nothing the second time', async () => {
    const db = join(dir, 'a.db')
    const archive = openSqliteArchive(db)
    try {
      const seen: IngestProgress[] = []
      const first = await ingestPaths(archive, [join(dir, 'in'), join(dir, 'missing.jsonl')], { workers: 2, onProgress: (p) => seen.push(p), progressEveryMs: 0 })
      // 120 + 1 JSONL lines, one text, one page, two RSS items with text, one Atom entry.
      assert.equal(first.added, 126)
      assert.equal(first.updated, 0)
      assert.equal(first.duplicates, 0)
      const reasons = first.failures.map((f) => `${f.source.replace(dir, '')} ${f.code}`).sort()
      assert.deepEqual(reasons, [
        '/in/broken.jsonl:2 ERR_BAD_JSON',
        '/in/broken.jsonl:3 ERR_BAD_JSON',
        '/in/feeds/not-a-feed.xml ERR_INVALID_ARGUMENT',
        '/in/texts/bad.txt ERR_BINARY_INPUT',
        '/missing.jsonl ERR_FILE_NOT_FOUND',
      ])
      assert.equal(first.failed, 5)
      assert.equal(first.workers, 2)
      assert.ok(seen.length > 0)
      assert.deepEqual(seen.at(-1)!.done, first.articles)
      assert.equal((await archive.stats()).articles, 126)

      const second = await ingestPaths(archive, [join(dir, 'in')], { workers: 0 })
      assert.deepEqual([second.added, second.updated, second.duplicates, second.failed], [0, 0, 126, 4])
      assert.equal((await archive.stats()).articles, 126)
    } finally {
      await archive.close()
    }
  })

  test('a changed text updates its record; the same text in another file is a duplicate', async () => {
    const db = join(dir, 'b.db')
    const src = join(dir, 'changes')
    mkdirSync(join(src, 'copy'), { recursive: true })
    const lines = articles.slice(200, 230)
    writeFileSync(join(src, 'batch.jsonl'), jsonl(lines))
    writeFileSync(join(src, 'one.txt'), articles[230]!.text)
    const archive = openSqliteArchive(db)
    try {
      assert.equal((await ingestPaths(archive, [src], { workers: 0 })).added, 31)
      const edited = lines.map((a, i) => (i === 4 ? { ...a, text: a.text + '\nوأضاف المتحدث أن قمرستان ستستضيف الاجتماع المقبل.' } : a))
      writeFileSync(join(src, 'batch.jsonl'), jsonl(edited))
      writeFileSync(join(src, 'one.txt'), articles[230]!.text.replace(/\./, '. وقال مصدر في قمرستان إن الأمر محسوم.'))
      writeFileSync(join(src, 'copy', 'same-as-before.txt'), articles[231]!.text)
      writeFileSync(join(src, 'copy', 'again.txt'), articles[231]!.text)
      const s = await ingestPaths(archive, [src], { workers: 0 })
      assert.deepEqual([s.added, s.updated, s.duplicates, s.failed], [1, 2, 30, 0])
      assert.equal((await archive.stats()).articles, 32)
      const found = await archive.search('قمرستان', { limit: 10 })
      assert.deepEqual(new Set(found.results.map((h) => h.id)).size, 2)
      assert.ok(found.results.some((h) => h.id === lines[4]!.id))
    } finally {
      await archive.close()
    }
  })

  test('takes title, link, date, author and outlet from RSS and Atom items', async () => {
    const db = join(dir, 'feeds.db')
    const archive = openSqliteArchive(db)
    try {
      const s = await ingestPaths(archive, [join(FIXTURES, 'feeds', 'wire.rss'), join(FIXTURES, 'feeds', 'wire.atom')], { workers: 0 })
      assert.equal(s.added, 3)
      const rows = archive.db.prepare('SELECT id, title, url, published, author, outlet FROM articles ORDER BY url').all()
      assert.deepEqual(rows, [
        { id: 'urn:marsad:test-atom:1', title: 'الكرملين يعلق على القمة', url: 'https://example.org/atom/kremlin', published: '2018-05-29T10:32:14+00:00', author: 'فريق التحرير', outlet: 'نشرة المرصد' },
        { id: 'marsad-test-feed-1', title: 'افتتاح معرض الكتاب في الرياض', url: 'https://example.org/news/1', published: '2015-07-26T09:30:00+03:00', author: 'سارة العتيبي', outlet: 'وكالة المرصد للأنباء' },
        { id: rows[2] && (rows[2] as { id: string }).id, title: 'ارتفاع أسعار النفط', url: 'https://example.org/news/2', published: '2015-07-27T14:00:00Z', author: 'قسم الاقتصاد', outlet: 'وكالة المرصد للأنباء' },
      ])
      const record = await archive.get('marsad-test-feed-1')
      assert.match(record!.text, /^الرياض – افتتح وزير الثقافة/)
      assert.match(record!.text, /«نافذة على ثقافات العالم»/)
    } finally {
      await archive.close()
    }
  })

  test('killed with SIGKILL mid-run, the archive is intact and a re-run finishes without duplicates', async () => {
    const db = join(dir, 'kill.db')
    const input = join(dir, 'kill.jsonl')
    writeFileSync(input, jsonl(articles))
    const child = spawn(process.execPath, ['--import', 'tsx', join(FIXTURES, 'store-cli.ts'), 'ingest', input, '--db', db, '--workers', '1', '--batch-size', '25', '--quiet'], {
      cwd: ROOT,
      stdio: 'ignore',
    })
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)))
    // Wait until some batches are committed, then kill the process (worker thread included) at once.
    let stored = 0
    for (let i = 0; i < 800 && stored < 150; i++) {
      await new Promise((r) => setTimeout(r, 25))
      try {
        const peek = new Database(db, { readonly: true, fileMustExist: true })
        stored = (peek.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
        peek.close()
      } catch {
        // the child has not created the schema yet
      }
    }
    child.kill('SIGKILL')
    assert.equal(await exited, 'SIGKILL')

    const check = new Database(db)
    assert.equal(check.pragma('integrity_check', { simple: true }), 'ok')
    const atKill = (check.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n
    check.close()
    assert.ok(atKill >= 150 && atKill < articles.length, `${atKill} of ${articles.length} articles stored when killed`)

    const archive = openSqliteArchive(db)
    try {
      const rerun = await ingestPaths(archive, [input], { workers: 0 })
      assert.equal(rerun.failed, 0)
      assert.equal(rerun.duplicates, atKill)
      assert.equal(rerun.added, articles.length - atKill)
      const n = (sql: string): number => (archive.db.prepare(sql).get() as { n: number }).n
      assert.equal(n('SELECT count(*) AS n FROM articles'), articles.length)
      assert.equal(n('SELECT count(DISTINCT id) AS n FROM articles'), articles.length)
      assert.equal(n('SELECT count(*) AS n FROM articles WHERE rowid NOT IN (SELECT article FROM article_story)'), 0)
      assert.equal(n("SELECT count(*) AS n FROM search WHERE search MATCH 'body: ذكر OR body: قال OR body: ان'") > 0, true)
      assert.equal((await archive.search('الكرملين', { limit: 1 })).total > 0, true)
    } finally {
      await archive.close()
    }
  })
})
