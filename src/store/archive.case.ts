/**
 * The archive suite: one set of behaviours every implementation must show, run on SQLite by
 * `sqlite/archive.test.ts` and on PostgreSQL by `postgres/archive.test.ts`. Real corpus
 * articles: one day of Saudi papers (reprinted wire stories) and the articles that write the
 * spelling variants the search is asked about.
 */
import { after, before, describe, test } from 'node:test'
import assert from 'node:assert/strict'
import type { ArticleRecord, Entity, Quote } from '../core/record.js'
import { checkRecord } from '../core/check-record.js'
import { NEEDS_SHARED } from '../../test/shared.js'
import { CLITIC_ONLY, exactJaccard, exactShingles, oracleIds, oracleNormalize, recordOf, storeTestArticles, type CorpusArticle } from '../../test/fixtures/store/corpus.js'
import type { Archive, PreparedArticle } from './archive.js'
import { identifyArticle } from './article-key.js'
import { CachedArchive } from './cached-archive.js'
import { prepareArticle } from './prepare-article.js'
import { termsOf } from './search-terms.js'

/** Opens a fresh, empty archive for one group of tests and removes it afterwards. */
export interface ArchiveFixture {
  open(): Promise<Archive>
  cleanup(): Promise<void>
}

/** Prepares a record the way ingest does for a JSONL line with an id. */
export function prepared(record: ArticleRecord, extra: { key?: string; dedupeByContent?: boolean } = {}): PreparedArticle {
  const identity = identifyArticle({ id: record.id, text: record.text, title: record.title, url: record.url, outlet: record.outlet, published: record.published }, null)
  return prepareArticle(record, { ...identity, ...(extra.key ? { key: extra.key } : {}), ...(extra.dedupeByContent ? { dedupeByContent: true } : {}), source: 'test' })
}

/** The `[start, end)` spans of every occurrence of `word` in `text`. */
function spansOf(text: string, word: string): [number, number][] {
  const out: [number, number][] = []
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) out.push([i, i + word.length])
  return out
}

/** A corpus record with a hand-made entities layer (and a quote by the first entity), as the NER stage will give. */
export function withEntities(record: ArticleRecord, entities: { type: Entity['type']; name: string; latin: string | null; surface: string }[], quoteSpeaker = true): ArticleRecord {
  const layer: Entity[] = []
  entities.forEach((e) => {
    const mentions = spansOf(record.text, e.surface)
    if (mentions.length) layer.push({ id: `E${layer.length + 1}`, type: e.type, name: e.name, latin: e.latin, mentions })
  })
  const quotes: Quote[] = []
  const first = layer[0]
  if (quoteSpeaker && first) {
    // The first sentence after the first mention stands in for a quote of that entity.
    const s = record.sentences.find(([a]) => a > first.mentions[0]![1]) ?? record.sentences[0]
    if (s) quotes.push({ span: [s[0], s[1]], direct: true, speaker: { entity: first.id, span: first.mentions[0]! }, cue: null })
  }
  // The record's own entities are replaced: sources that pointed at them point at no entity now.
  return { ...record, entities: layer, quotes, sources: record.sources.map((s) => ({ ...s, entity: null })) }
}

/** Runs the archive suite against archives made by `fixture`. */
export function archiveSuite(name: string, makeFixture: () => ArchiveFixture, skip: string | false = false): void {
  const options = skip ? { skip } : NEEDS_SHARED
  describe(`archive: ${name}`, options, () => {
    let articles: CorpusArticle[] = []
    let records: ArticleRecord[] = []
    let batch: PreparedArticle[] = []
    const fixture = makeFixture()
    let archive: Archive

    before(async () => {
      if (skip || 'skip' in options) return
      articles = storeTestArticles()
      records = articles.map(recordOf)
      batch = records.map((r) => prepared(r))
      archive = await fixture.open()
      const results = await archive.put(batch)
      assert.equal(results.filter((r) => r.outcome === 'added').length, batch.length)
    })
    after(async () => {
      if (archive) await archive.close()
      await fixture.cleanup()
    })

    test('stores every article and gives its record back unchanged', async () => {
      const stats = await archive.stats()
      assert.equal(stats.articles, records.length)
      const sum = (f: (r: ArticleRecord) => number): number => records.reduce((n, r) => n + f(r), 0)
      assert.equal(stats.mentions, sum((r) => r.entities.reduce((m, e) => m + e.mentions.length, 0)))
      assert.equal(stats.quotes, sum((r) => r.quotes.length))
      assert.equal(stats.times, sum((r) => r.times.length))
      assert.equal(stats.quantities, sum((r) => r.quantities.length))
      assert.ok(records.length > 300, `the test set holds ${records.length} articles`)
      for (const r of [records[0]!, records[records.length - 1]!, records[7]!]) assert.deepEqual(await archive.get(r.id), r)
      assert.equal(await archive.get('no-such-id'), null)
    })

    test('adds nothing when the same articles come again', async () => {
      const again = await archive.put(batch.slice(0, 50))
      assert.deepEqual(new Set(again.map((r) => r.outcome)), new Set(['duplicate']))
      assert.equal((await archive.stats()).articles, records.length)
    })

    test('tells which keys and contents it already holds', async () => {
      const known = await archive.known([batch[0]!.key, 'id:nope'], [batch[1]!.contentHash, 'f'.repeat(32)])
      assert.equal(known.byKey.get(batch[0]!.key), batch[0]!.contentHash)
      assert.equal(known.byKey.has('id:nope'), false)
      assert.deepEqual([...known.hashes], [batch[1]!.contentHash])
    })

    test('finds every spelling of الكرملين: with و, ب, ل in front, and without diacritics', async () => {
      const expected = oracleIds(articles, '(?:ال|ل)?كرملين')
      assert.ok(expected.size >= 8, `the test set has ${expected.size} Kremlin articles`)
      for (const q of ['الكرملين', 'الكرملينِ', 'الكـرملين', 'كرملين']) {
        const r = await archive.search(q, { limit: 1000 })
        const found = new Set(r.results.map((h) => h.id))
        for (const id of expected) assert.ok(found.has(id), `${q}: misses ${id}`)
        assert.equal(r.total, r.results.length)
        for (const h of r.results) assert.ok(h.highlights.length + h.titleHighlights.length > 0, `${q}: ${h.id} has nothing highlighted`)
      }
    })

    test('a name finds articles that write it only with a clitic glued on: لترامب, لطهران, بموسكو, بسوريا', async () => {
      for (const { id, name } of CLITIC_ONLY) {
        const a = articles.find((x) => x.id === id)!
        const forms = [...oracleNormalize(`${a.title} ${a.text}`).matchAll(new RegExp(`(?<![\\u0621-\\u064A])([\\u0621-\\u064A]*)${name}(?![\\u0621-\\u064A])`, 'g'))].map((m) => m[1])
        assert.ok(forms.length > 0 && forms.every((f) => /^[وف]?[بلك]$/.test(f!)), `${id} writes ${name} only with a clitic: ${forms.join(',')}`)
        const found = (await archive.search(name, { limit: 1000 })).results.find((h) => h.id === id)
        assert.ok(found, `${name} does not find ${id}`)
        assert.ok(found.highlights.length + found.titleHighlights.length > 0, `${id}: nothing highlighted for ${name}`)
      }
    })

    test('أوكرانيا finds اوكرانيا and the other way round', async () => {
      const expected = oracleIds(articles, 'اوكرانيا')
      const withHamza = articles.some((a) => a.text.includes('أوكرانيا'))
      const bare = articles.some((a) => /(?<!أ)اوكرانيا/.test(a.text))
      assert.ok(withHamza && bare, 'the test set has both spellings')
      for (const q of ['أوكرانيا', 'اوكرانيا']) {
        const found = new Set((await archive.search(q, { limit: 1000 })).results.map((h) => h.id))
        assert.deepEqual([...expected].filter((id) => !found.has(id)), [], q)
      }
    })

    test('كيم جونغ أون finds the articles that write كيم جونج أون', async () => {
      const gh = articles.filter((a) => a.text.includes('كيم جونغ أون') || a.text.includes('كيم جونغ اون'))
      const j = articles.filter((a) => /كيم جونج [أا]ون/.test(a.text))
      assert.ok(gh.length > 0 && j.length > 0, 'the test set has both spellings')
      for (const q of ['كيم جونغ أون', 'كيم جونج اون', '"كيم جونغ أون"']) {
        const found = new Set((await archive.search(q, { limit: 1000 })).results.map((h) => h.id))
        for (const a of [...gh, ...j]) assert.ok(found.has(a.id), `${q}: misses ${a.id}`)
      }
    })

    test('highlights point at the matching words of the original text', async () => {
      const r = await archive.search('بيونغ يانغ', { limit: 20 })
      assert.ok(r.total > 0)
      for (const h of r.results) {
        const record = records.find((x) => x.id === h.id)!
        for (const [s, e] of h.highlights) assert.match(oracleNormalize(record.text.slice(s, e)), /^[وفبكل]*(?:ال)?بيون[غج]$|^[وفبكل]*(?:ال)?يان[غج]$/)
        assert.equal(h.snippet, record.text.slice(h.snippetSpan[0], h.snippetSpan[1]))
      }
    })

    test('a diacritic or a tatweel in the text never blocks a match', async () => {
      let checked = 0
      for (const r of records) {
        const m = /[\u0621-\u064A]+(?:[\u064B-\u0652\u0640]+[\u0621-\u064A]+)+/.exec(r.text)
        if (!m || checked >= 8) continue
        const bare = m[0].replace(/[\u064B-\u0652\u0640]/g, '')
        if (bare.length < 4) continue
        const found = (await archive.search(bare, { limit: 1000 })).results.map((h) => h.id)
        assert.ok(found.includes(r.id), `'${bare}' does not find ${r.id}, which writes '${m[0]}'`)
        checked++
      }
      assert.ok(checked >= 5, `only ${checked} marked words checked`)
    })

    test('a phrase in quotes matches only its words in that order', async () => {
      const words = await archive.search('خادم الحرمين الشريفين', { limit: 1000 })
      const phrase = await archive.search('"خادم الحرمين الشريفين"', { limit: 1000 })
      const reversed = await archive.search('"الشريفين الحرمين خادم"', { limit: 1000 })
      const expected = articles.filter((a) => /خادم\s+الحرمين\s+الشريفين/.test(oracleNormalize(a.text)) || /خادم\s+الحرمين\s+الشريفين/.test(a.title))
      assert.ok(expected.length >= 5)
      assert.deepEqual(new Set(phrase.results.map((h) => h.id)), new Set(expected.map((a) => a.id)))
      assert.ok(words.total >= phrase.total)
      assert.equal(reversed.total, 0)
      for (const h of phrase.results.slice(0, 5)) assert.ok(h.highlights.some(([s, e]) => e - s > 'خادم الحرمين'.length))
    })

    test('ranks with BM25: an article about the query comes before one that only names it', async () => {
      const r = await archive.search('الكرملين', { limit: 1000 })
      const count = (id: string): number => termsOf(records.find((x) => x.id === id)!.text).terms.filter((t) => t === 'كرمل').length
      for (let i = 1; i < r.results.length; i++) assert.ok(r.results[i - 1]!.score >= r.results[i]!.score)
      assert.ok(count(r.results[0]!.id) >= count(r.results[r.results.length - 1]!.id))
    })

    test('counts every match in total and pages with limit and offset', async () => {
      const all = await archive.search('الرياض', { limit: 1000 })
      assert.ok(all.total > 20)
      const page = await archive.search('الرياض', { limit: 5, offset: 5 })
      assert.equal(page.total, all.total)
      assert.deepEqual(page.results.map((h) => h.id), all.results.slice(5, 10).map((h) => h.id))
    })

    test('filters by outlet and by date', async () => {
      const okaz = await archive.search('الرياض', { outlet: 'okaz', limit: 1000 })
      assert.ok(okaz.total > 0)
      for (const h of okaz.results) assert.equal(h.outlet, 'Okaz')
      const day = await archive.search('الرياض', { from: '2015-07-26', to: '2015-07-26', limit: 1000 })
      assert.ok(day.total > 0)
      for (const h of day.results) assert.equal(h.published?.slice(0, 10), '2015-07-26')
      const none = await archive.search('الرياض', { from: '2030-01-01' })
      assert.equal(none.total, 0)
      const month = await archive.search('', { from: '2015-07', to: '2015-07', limit: 3 })
      assert.equal(month.total, articles.filter((a) => a.date.startsWith('2015-07')).length)
    })

    test('an empty or punctuation-only query never throws', async () => {
      assert.equal((await archive.search('«»،.')).total, 0)
      assert.equal((await archive.search('', { limit: 1 })).total, records.length)
    })

    test('groups reprints of one story across outlets, and only those', async () => {
      const list = await archive.stories({ limit: 1000 })
      assert.ok(list.total >= 5, `${list.total} stories`)
      assert.equal(list.stories.length, list.total)
      const storyOf = new Map<string, number>()
      for (const s of list.stories) for (const m of s.members) storyOf.set(m.id, s.id)
      // Recall: pairs that share half their 5-word shingles are in one story.
      const day = articles.filter((a) => a.date.startsWith('2015-07-26'))
      const shingles = new Map(articles.map((a) => [a.id, exactShingles(a.text)]))
      let close = 0
      let together = 0
      for (let i = 0; i < day.length; i++) {
        for (let j = i + 1; j < day.length; j++) {
          if (exactJaccard(shingles.get(day[i]!.id)!, shingles.get(day[j]!.id)!) < 0.5) continue
          close++
          const a = storyOf.get(day[i]!.id)
          if (a !== undefined && a === storyOf.get(day[j]!.id)) together++
        }
      }
      assert.ok(close >= 3, `${close} close pairs`)
      assert.ok(together / close >= 0.9, `${together} of ${close} close pairs share a story`)
      // Precision: every member is close to some other member of its story.
      for (const s of list.stories) {
        assert.ok(s.size >= 2 && s.members.length === s.size && s.outlets.length >= 1)
        assert.equal(s.representative.id, s.members[0]!.id)
        for (const m of s.members) {
          const best = Math.max(...s.members.filter((o) => o.id !== m.id).map((o) => exactJaccard(shingles.get(m.id)!, shingles.get(o.id)!)))
          assert.ok(best >= 0.15, `story ${s.id}: ${m.id} is not close to any other member (best ${best.toFixed(2)})`)
        }
      }
      const one = list.stories[0]!
      assert.deepEqual((await archive.stories({ articleId: one.members[1]!.id })).stories[0]?.id, one.id)
      assert.equal((await archive.stories({ id: one.id })).stories[0]?.size, one.size)
    })

    test('exports every row of each kind, as records and as CSV rows', async () => {
      let n = 0
      for await (const row of archive.exportRows('articles')) {
        if (n < 3) assert.deepEqual(checkRecord(row), [])
        n++
      }
      assert.equal(n, records.length)
      let stories = 0
      for await (const row of archive.exportRows('stories')) {
        assert.ok(Array.isArray(row.members) && (row.members as string[]).length >= 2)
        stories++
      }
      assert.equal(stories, (await archive.stats()).stories)
    })

    describe('entities', () => {
      let ent: Archive
      const efix = makeFixture()
      const pick = (re: RegExp, n: number): ArticleRecord[] => records.filter((r) => re.test(r.text)).slice(0, n)
      let putin: ArticleRecord[] = []
      before(async () => {
        if (skip || 'skip' in options) return
        ent = await efix.open()
        // Two spellings, one Latin name: بوتين in some articles, بوتن in others; the Kremlin beside him.
        const a = pick(/بوتين/, 3).map((r) =>
          withEntities(r, [
            { type: 'PER', name: 'فلاديمير بوتين', latin: 'Vladimir Putin', surface: 'بوتين' },
            { type: 'LOC', name: 'الكرملين', latin: 'Kremlin', surface: 'الكرملين' },
          ]),
        )
        const b = pick(/بوتن/, 2)
          .filter((r) => !a.some((x) => x.id === r.id))
          .map((r) => withEntities(r, [{ type: 'PER', name: 'بوتن', latin: 'Vladimir Putin', surface: 'بوتن' }]))
        // No Latin name here: linked by the Arabic spelling alone.
        const c = pick(/بوتين/, 6)
          .slice(3)
          .map((r) => withEntities(r, [{ type: 'PER', name: 'بوتين', latin: null, surface: 'بوتين' }], false))
        putin = [...a, ...b, ...c]
        for (const r of putin) assert.deepEqual(checkRecord(r), [], r.id)
        await ent.put(putin.map((r) => prepared(r)))
      })
      after(async () => {
        if (ent) await ent.close()
        await efix.cleanup()
      })

      test('links spellings of one person by Latin name and by name key', async () => {
        const [byArabic] = await ent.entity('بوتين')
        const [byLatin] = await ent.entity('vladimir PUTIN')
        const [byOther] = await ent.entity('بوتن')
        assert.ok(byArabic && byLatin && byOther)
        assert.equal(byArabic.id, byLatin.id)
        assert.equal(byOther.id, byLatin.id)
        assert.equal(byLatin.latin, 'Vladimir Putin')
        assert.equal(byLatin.name, 'فلاديمير بوتين')
        const withPutin = putin.filter((r) => r.entities.some((e) => e.type === 'PER'))
        assert.equal(byLatin.articles, withPutin.length)
        assert.equal(byLatin.mentions, withPutin.reduce((n, r) => n + r.entities.find((e) => e.type === 'PER')!.mentions.length, 0))
        assert.deepEqual(new Set(byLatin.variants.map((v) => v.text)), new Set(['بوتين', 'بوتن']))
      })

      test('gives the timeline by day, co-occurring entities and quotes', async () => {
        const [r] = await ent.entity('Vladimir Putin', { limit: 5 })
        assert.ok(r)
        const days = new Map<string, number>()
        for (const x of putin) {
          const e = x.entities.find((y) => y.type === 'PER')
          if (e && x.published) days.set(x.published.slice(0, 10), (days.get(x.published.slice(0, 10)) ?? 0) + e.mentions.length)
        }
        assert.deepEqual(r.timeline.map((d) => [d.day, d.mentions]), [...days].sort((a, b) => a[0].localeCompare(b[0])))
        const kremlinArticles = putin.filter((x) => x.entities.some((e) => e.latin === 'Kremlin')).length
        if (kremlinArticles) assert.deepEqual(r.cooccurring[0] && [r.cooccurring[0].latin, r.cooccurring[0].articles], ['Kremlin', kremlinArticles])
        const quoted = putin.filter((x) => x.quotes.length > 0)
        assert.equal(r.quotes.length, Math.min(5, quoted.length))
        for (const q of r.quotes) {
          const rec = putin.find((x) => x.id === q.articleId)!
          assert.equal(q.text, rec.text.slice(q.span[0], q.span[1]))
        }
        assert.deepEqual(await ent.entity('لا أحد بهذا الاسم'), [])
      })

      test('reads an entity by its archive id as by its name, and null for an id it does not have', async () => {
        const [byName] = await ent.entity('بوتين', { limit: 3 })
        assert.ok(byName)
        assert.deepEqual(await ent.entityById(byName.id, { limit: 3 }), byName)
        assert.equal(await ent.entityById(byName.id + 10_000), null)
      })

      test('search --entity keeps only the articles that mention it', async () => {
        const r = await ent.search('', { entity: 'بوتن', limit: 100 })
        assert.equal(r.total, putin.filter((x) => x.entities.some((e) => e.type === 'PER')).length)
        const none = await ent.search('', { entity: 'Nobody At All' })
        assert.equal(none.total, 0)
      })

      test('counts and exports entities, mentions and quotes', async () => {
        const s = await ent.stats()
        const mentions = putin.reduce((n, r) => n + r.entities.reduce((m, e) => m + e.mentions.length, 0), 0)
        assert.equal(s.mentions, mentions)
        assert.equal(s.quotes, putin.reduce((n, r) => n + r.quotes.length, 0))
        assert.equal(s.entities, putin.some((x) => x.entities.some((e) => e.latin === 'Kremlin')) ? 2 : 1)
        const rows: Record<string, unknown>[] = []
        for await (const row of ent.exportRows('mentions')) rows.push(row)
        assert.equal(rows.length, mentions)
        for (const row of rows.slice(0, 5)) {
          const rec = putin.find((x) => x.id === row.article)!
          assert.equal(rec.text.slice(row.start as number, row.end as number), row.surface)
        }
        const ents: Record<string, unknown>[] = []
        for await (const row of ent.exportRows('entities')) ents.push(row)
        assert.equal(ents.length, s.entities)
        let quotes = 0
        for await (const row of ent.exportRows('quotes')) {
          assert.equal(typeof row.direct, 'boolean')
          quotes++
        }
        assert.equal(quotes, s.quotes)
      })
    })

    describe('updates', () => {
      let up: Archive
      const ufix = makeFixture()
      before(async () => {
        if (skip || 'skip' in options) return
        up = await ufix.open()
      })
      after(async () => {
        if (up) await up.close()
        await ufix.cleanup()
      })

      test('a changed text under the same key updates the record and its index', async () => {
        const r = records.find((x) => x.text.includes('الرياض'))!
        assert.deepEqual((await up.put([prepared(r)])).map((x) => x.outcome), ['added'])
        const changed: ArticleRecord = recordOf({ ...articles.find((a) => a.id === r.id)!, text: r.text.replace(/الرياض/g, 'قمرستان') })
        assert.deepEqual((await up.put([prepared(changed)])).map((x) => x.outcome), ['updated'])
        assert.equal((await up.stats()).articles, 1)
        assert.equal((await up.get(r.id))?.text, changed.text)
        assert.equal((await up.search('قمرستان')).total, 1)
        assert.equal((await up.search('الرياض')).total, r.title?.includes('الرياض') ? 1 : 0)
        assert.deepEqual((await up.put([prepared(changed)])).map((x) => x.outcome), ['duplicate'])
      })

      test('the same content under another file is a duplicate when keyed by place', async () => {
        const r = records[3]!
        const first = prepared(r, { key: 'path:/a/one.txt', dedupeByContent: true })
        const copy = prepared(r, { key: 'path:/b/copy.txt', dedupeByContent: true })
        assert.deepEqual((await up.put([first, copy])).map((x) => x.outcome), ['added', 'duplicate'])
      })

      test('two writers putting the same articles at once store each article once', async () => {
        const other = await ufix.open()
        try {
          const some = batch.slice(20, 80)
          const [x, y] = await Promise.all([up.put(some), other.put([...some].reverse())])
          const added = [...x!, ...y!].filter((r) => r.outcome === 'added').length
          assert.equal(added, some.length)
          const ids = new Set<string>()
          for await (const row of up.exportRows('articles')) ids.add(String(row.id))
          for (const a of some) assert.ok(ids.has(a.id))
          assert.equal((await up.stats()).articles, ids.size)
        } finally {
          await other.close()
        }
      })

      test('the change mark moves with every stored batch, ours or another connection\'s, and a cached reader follows it', async () => {
        const other = await ufix.open()
        const cached = new CachedArchive(up)
        try {
          // An article none of the earlier tests stored, and the rarest long word of its title.
          const r = records.findLast((x) => !batch.slice(20, 80).some((b) => b.id === x.id) && x.title && x.text.includes('الرياض') === false)!
          const word = (r.title!.match(/[\u0621-\u064A]{5,}/g) ?? []).at(-1)!
          const before = await cached.search(word)
          const mark = await up.changeMark()
          assert.equal(await up.changeMark(), mark, 'reads leave the mark as it is')
          assert.deepEqual(await cached.search(`  ${word} `), before, 'white space around the words asks the same thing')
          assert.equal(cached.size, 1)

          await other.put([prepared(r)])
          assert.notEqual(await up.changeMark(), mark, 'a commit by another connection moves the mark')
          const after = await cached.search(word)
          assert.equal(after.total, before.total + 1)
          assert.ok(after.results.some((h) => h.id === r.id))

          const mark2 = await up.changeMark()
          const changed = recordOf({ ...articles.find((a) => a.id === r.id)!, text: r.text + '\nوقال المتحدث إن الاجتماع المقبل سيعقد في نواكشوط.' })
          assert.deepEqual((await cached.put([prepared(changed)])).map((x) => x.outcome), ['updated'])
          assert.notEqual(await up.changeMark(), mark2, 'our own commit moves the mark')
          assert.ok((await cached.search('نواكشوط')).results.some((h) => h.id === r.id))
          assert.deepEqual((await cached.put([prepared(changed)])).map((x) => x.outcome), ['duplicate'])
          const mark3 = await up.changeMark()
          assert.equal((await cached.stats()).articles, (await up.stats()).articles)
          assert.equal(await up.changeMark(), mark3)
        } finally {
          await other.close()
        }
      })
    })
  })
}
