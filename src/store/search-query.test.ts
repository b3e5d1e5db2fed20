import { test } from 'node:test'
import assert from 'node:assert/strict'
import { arabicVariants, parseSearchQuery, phraseAlternatives, toFts5Query, toTsQuery } from './search-query.js'

test('a bare word matches its forms with a clitic or the article in front', () => {
  const v = arabicVariants('بوتين', true)
  assert.ok(v.includes('بوت') && v.includes('لبوت') && v.includes('ببوت'))
  assert.ok(arabicVariants('وزير', true).includes('وزير'), 'وزير also finds الوزير (stem وزير)')
})

test('reads quoted phrases («», "", “”) and words; a hyphenated run is a phrase', () => {
  const q = parseSearchQuery('"كيم جونغ أون" «ولي العهد» موسكو covid-19')
  assert.deepEqual(q.clauses.map((c) => [c.kind, c.positions.length]), [['phrase', 3], ['phrase', 2], ['word', 1], ['phrase', 2]])
})

test('writes FTS5 and tsquery expressions with every clause required', () => {
  const q = parseSearchQuery('"كيم جونغ" 2018')
  assert.equal(toFts5Query(q), '("كيم جونج" OR "فكيم جونج" OR "بكيم جونج" OR "لكيم جونج" OR "ككيم جونج") AND "2018"')
  assert.equal(toTsQuery(q), "(('كيم' <-> 'جونج') | ('فكيم' <-> 'جونج') | ('بكيم' <-> 'جونج') | ('لكيم' <-> 'جونج') | ('ككيم' <-> 'جونج')) & '2018'")
})

test('caps the alternatives of a long phrase', () => {
  const q = parseSearchQuery('"الرئيس الروسي فلاديمير بوتين يزور الصين"')
  assert.ok(phraseAlternatives(q.clauses[0]!).length <= 64)
})

test('a query without words gives no clause and no expression', () => {
  for (const s of ['', '   ', '«»', '""', '؟!']) {
    const q = parseSearchQuery(s)
    assert.equal(q.clauses.length, 0)
    assert.equal(toFts5Query(q), null)
    assert.equal(toTsQuery(q), null)
  }
})

test('quotes inside terms cannot break out of the expression', () => {
  const q = parseSearchQuery("o'brien")
  assert.equal(toTsQuery(q), "('o' <-> 'brien')")
})
