import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findHighlights, makeSnippet } from './highlight.js'
import { parseSearchQuery } from './search-query.js'

test('highlights clitic forms whole, diacritics and tatweel included, mapped to the original text', () => {
  const text = 'قال مسؤولٌ في الكرملينِ إن وفداً زار بالكرمـلين موسكو.'
  const spans = findHighlights(text, parseSearchQuery('الكرملين'))
  assert.deepEqual(spans.map(([s, e]) => text.slice(s, e)), ['الكرملينِ', 'بالكرمـلين'])
})

test('a phrase is highlighted as one span, and only where its words are in order', () => {
  const text = 'التقى كيم جونج أون بالرئيس، ثم قال أون إن كيم جونغ سيعود.'
  const spans = findHighlights(text, parseSearchQuery('"كيم جونغ أون"'))
  assert.deepEqual(spans.map(([s, e]) => text.slice(s, e)), ['كيم جونج أون'])
})

test('the snippet is a window of the text around the densest hits, cut at word boundaries', () => {
  const filler = 'كلام عام لا صلة له بالموضوع. '.repeat(30)
  const text = filler + 'أعلن الكرملين أن بوتين سيزور الصين، وقال الكرملين إن الزيارة مهمة. ' + filler
  const hits = findHighlights(text, parseSearchQuery('الكرملين'))
  const snip = makeSnippet(text, hits, 120)
  assert.equal(snip.text, text.slice(snip.span[0], snip.span[1]))
  assert.equal(snip.highlights.length, 2)
  assert.ok(snip.text.length <= 160)
  assert.ok(!/^\s|\s$/.test(snip.text))
  assert.ok(snip.span[0] === 0 || /\s/.test(text[snip.span[0] - 1]!))
})

test('without hits the snippet is the start of the text', () => {
  const text = 'نص قصير.'
  assert.deepEqual(makeSnippet(text, []), { span: [0, text.length], text, highlights: [] })
})
