import { test } from 'node:test'
import assert from 'node:assert/strict'
import { stemArabic, termsOf } from './search-terms.js'
import { normalize } from '../normalize/normalize.js'

const stem = (w: string): string => stemArabic(normalize(w).normalized)

test('gives every clitic and article form of a word one stem: والكرملين, بالكرملين, للكرملين, الكرملين', () => {
  const forms = ['الكرملين', 'والكرملين', 'بالكرملين', 'للكرملين', 'وبالكرملين', 'فالكرملين', 'كرملين']
  assert.deepEqual(new Set(forms.map(stem)), new Set([stem('الكرملين')]))
})

test('reads hamza-alef, ta marbuta, diacritics and tatweel away: أوكرانيا = اوكرانيا, الحكومةُ = الحكومه', () => {
  assert.equal(stem('أوكرانيا'), stem('اوكرانيا'))
  assert.equal(stem('إسرائيل'), stem('اسرائيل'))
  assert.equal(stem('الحكومةُ'), stem('الحكومه'))
  assert.equal(stem('الحكــومة'), stem('الحكومة'))
})

test('meets transliteration variants: جونغ = جونج, مسؤول = مسئول, ڤيينا = فيينا', () => {
  assert.equal(stem('جونغ'), stem('جونج'))
  assert.equal(stem('بيونغ'), stem('بيونج'))
  assert.equal(stem('مسؤول'), stem('مسئول'))
  assert.equal(stem('ڤيينا'), stem('فيينا'))
})

test('removes light suffixes but keeps three letters: الحكومات = الحكومة, عمان stays whole', () => {
  assert.equal(stem('الحكومات'), stem('الحكومة'))
  assert.equal(stem('المسؤولون'), stem('المسؤولين'))
  assert.equal(stem('عمان'), 'عمان')
  assert.equal(stem('أون'), 'اون')
})

test('gives one term per word with its span in the original text, diacritics included', () => {
  const text = 'قالَ الكرملينُ، الثلاثاء: 15,000 جندي (AFP).'
  const { terms, spans } = termsOf(text)
  assert.equal(terms.length, 6)
  assert.deepEqual(spans.map(([s, e]) => text.slice(s, e)), ['قالَ', 'الكرملينُ', 'الثلاثاء', '15,000', 'جندي', 'AFP'])
  assert.equal(terms[3], '15000')
  assert.equal(terms[5], 'afp')
})

test('never throws on odd input', () => {
  for (const s of ['', '   ', '\uD800', '😀😀', 'x'.repeat(200), '،،،']) assert.doesNotThrow(() => termsOf(s))
  assert.ok(termsOf('x'.repeat(200)).terms[0]!.length <= 48)
})
