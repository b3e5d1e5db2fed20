import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyze } from '../pipeline/analyze.js'
import { prepared } from './archive.case.js'
import { CachedArchive } from './cached-archive.js'
import { openSqliteArchive, type SqliteArchive } from './sqlite/archive.js'

const TEXTS = [
  'الرياض (واس) - استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر اليمامة اليوم وزير الخارجية الأمريكي.',
  'موسكو (رويترز) - قال الكرملين اليوم إن الرئيس فلاديمير بوتين سيلتقي نظيره التركي الأسبوع المقبل في سوتشي.',
  'القاهرة - أعلنت وزارة الصحة المصرية تسجيل إصابات جديدة، وقال المتحدث باسم الوزارة إن الوضع تحت السيطرة.',
]

/** Runs `body` on a fresh SQLite archive whose searches are counted, and removes the archive after. */
async function withCountedArchive(body: (inner: SqliteArchive, searches: () => number) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-cache-'))
  const inner = openSqliteArchive(join(dir, 'a.db'))
  let searches = 0
  const search = inner.search.bind(inner)
  inner.search = async (q, o) => {
    searches++
    return search(q, o)
  }
  try {
    await body(inner, () => searches)
  } finally {
    await inner.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

test('the same search asked by many clients at once reaches the archive once, and again only after a write', () =>
  withCountedArchive(async (inner, searches) => {
    await inner.put(TEXTS.slice(0, 2).map((t, i) => prepared(analyze(t, { id: `a${i}`, published: '2018-03-25' }))))
    const cached = new CachedArchive(inner)
    const answers = await Promise.all(Array.from({ length: 20 }, () => cached.search('الكرملين')))
    assert.equal(searches(), 1)
    assert.equal(answers[0]!.total, 1)
    assert.ok(answers.every((a) => a === answers[0]))
    // Another query, and other options, are other answers.
    assert.equal((await cached.search('الكرملين', { limit: 1 })).total, 1)
    assert.equal((await cached.search('الوزارة')).total, 0)
    assert.equal(searches(), 3)

    await inner.put([prepared(analyze(TEXTS[2]!, { id: 'a2', published: '2018-03-26' }))])
    assert.equal((await cached.search('الوزارة')).total, 1, 'a write through the inner archive is seen')
    assert.equal(searches(), 4)
  }))

test('a failed read is not kept: the next asking tries again', () =>
  withCountedArchive(async (inner, searches) => {
    const cached = new CachedArchive(inner)
    const search = inner.search.bind(inner)
    let fail = true
    inner.search = async (q, o) => {
      if (fail) {
        fail = false
        throw new Error('disk on fire')
      }
      return search(q, o)
    }
    await assert.rejects(cached.search('الكرملين'), /disk on fire/)
    assert.equal((await cached.search('الكرملين')).total, 0)
    assert.equal(cached.size, 1)
    assert.equal(searches(), 1)
  }))

test('keeps no more than its memory allows, dropping the least recently used answers', () =>
  withCountedArchive(async (inner, searches) => {
    await inner.put(TEXTS.map((t, i) => prepared(analyze(t, { id: `a${i}`, published: '2018-03-25' }))))
    const queries = ['الكرملين', 'الوزارة', 'اليمامة', 'سوتشي', 'الصحة']
    // Room for about two answers, as the cache measures them (JSON length, two bytes a character).
    const bytes = Math.max(...(await Promise.all(queries.map((q) => inner.search(q)))).map((a) => 2 * JSON.stringify(a).length))
    const cached = new CachedArchive(inner, { maxMb: (2.5 * bytes) / 2 ** 20 })
    for (const q of queries) assert.equal((await cached.search(q)).total, 1)
    assert.ok(cached.size >= 1 && cached.size <= 2, `kept ${cached.size}`)
    const asked = searches()
    await cached.search('الصحة') // the last one asked is still kept
    assert.equal(searches(), asked)
    await cached.search('الكرملين') // the first one asked is not
    assert.equal(searches(), asked + 1)
  }))
