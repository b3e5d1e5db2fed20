import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyze, parsePublished } from './analyze.js'
import { checkRecord } from '../core/check-record.js'
import { corpusSlice, NEEDS_SHARED, seed } from '../../test/shared.js'

test('gives a valid marsad.article/1 record for the seed article', () => {
  const { text } = seed()
  const r = analyze(text, { published: '2025-10-28', id: 'seed-article' })
  assert.equal(r.schema, 'marsad.article/1')
  assert.equal(r.id, 'seed-article')
  assert.equal(r.language, 'ar')
  assert.equal(r.published, '2025-10-28')
  assert.equal(r.text, text)
  assert.deepEqual(checkRecord(r), [])
  assert.ok(r.sentences.length >= 15)
  // The first story sentence starts after the dateline `موسكو (أ ف ب) –`.
  assert.ok(text.slice(...r.sentences[0]!).startsWith('زار'))
})

test('derives a stable id from the text when none is given', () => {
  const a = analyze('أعلنت الحكومة خطة جديدة.')
  const b = analyze('أعلنت الحكومة خطة جديدة.')
  const c = analyze('أعلنت الحكومة خطة أخرى.')
  assert.equal(a.id, b.id)
  assert.notEqual(a.id, c.id)
  assert.match(a.id, /^[0-9a-f]{16}$/)
})

test('flags non-Arabic text and extracts nothing from it', () => {
  const r = analyze('Moscow (AFP) - North Korea\'s top diplomat visited the Kremlin on Monday for talks with the president.')
  assert.equal(r.language, 'en')
  assert.equal(r.warnings[0]?.code, 'not-arabic')
  assert.deepEqual(r.sentences, [])
  assert.deepEqual(checkRecord(r), [])
})

test('tells Persian from Arabic', () => {
  const r = analyze('وزیر امور خارجه ایران گفت که مذاکرات با کشورهای اروپایی ادامه پیدا می‌کند.')
  assert.equal(r.language, 'fa')
  assert.equal(r.warnings[0]?.code, 'not-arabic')
})

test('never throws on strange strings and always returns a valid record', () => {
  const strange = [
    '',
    '   \n\n ',
    '\u0000\u0001\u0002',
    'ـــــــ',
    'بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ',
    '\uD800 نص تالف \uDFFF',
    '«««««« قال: “',
    '.'.repeat(10_000),
    'ﻻ ﺑﺄﺱ'.repeat(100),
    '١٢٣٤٥٦٧٨٩٠'.repeat(50),
    '\u202E\u2066قال\u2069\u202C',
    'مرحبا'.repeat(50_000),
  ]
  for (const text of strange) {
    const r = analyze(text)
    assert.equal(r.text, text)
    assert.deepEqual(checkRecord(r), [], JSON.stringify(text.slice(0, 40)))
  }
})

test('warns about empty text and lone surrogates', () => {
  assert.equal(analyze('').warnings[0]?.code, 'empty')
  assert.ok(analyze('قال \uD800 الوزير').warnings.some((w) => w.code === 'lone-surrogate'))
})

test('truncates text over the limit with a warning, or throws when asked', () => {
  const text = 'أعلنت الحكومة خطة جديدة. '.repeat(100)
  const r = analyze(text, {}, { limits: { maxTextLength: 500 } })
  assert.equal(r.text.length, 500)
  assert.equal(r.warnings[0]?.code, 'truncated')
  assert.deepEqual(checkRecord(r), [])
  assert.throws(() => analyze(text, {}, { limits: { maxTextLength: 500 }, onLimit: 'throw' }), { code: 'ERR_LIMIT' })
})

test('throws TypeError for a value that is not a string', () => {
  assert.throws(() => analyze(42 as unknown as string), TypeError)
  assert.throws(() => analyze(null as unknown as string), TypeError)
})

test('checks the publication date and keeps date-times as given', () => {
  assert.equal(parsePublished('2025-10-28'), '2025-10-28')
  assert.equal(parsePublished('2018-07-31T10:44:25+00:00'), '2018-07-31T10:44:25+00:00')
  assert.equal(parsePublished('2024-02-29'), '2024-02-29')
  assert.equal(parsePublished('2025-02-29'), null)
  assert.equal(parsePublished('28/10/2025'), null)
  const r = analyze('أعلنت الحكومة خطة جديدة.', { published: 'yesterday' })
  assert.equal(r.published, null)
  assert.equal(r.warnings[0]?.code, 'bad-published')
})

test('carries title, url and outlet into the record', () => {
  const r = analyze('أعلنت الحكومة خطة جديدة.', { title: 'خطة', url: 'https://example.org/a', outlet: 'BBC Arabic', id: 7 })
  assert.equal(r.title, 'خطة')
  assert.equal(r.url, 'https://example.org/a')
  assert.equal(r.outlet, 'BBC Arabic')
  assert.equal(r.id, '7')
})

test('every record of a corpus slice passes the SPEC check', NEEDS_SHARED, () => {
  for (const a of corpusSlice(150)) {
    const r = analyze(a.text, { id: a.id, published: a.date.slice(0, 10), title: a.title, url: a.url, outlet: a.outlet })
    assert.deepEqual(checkRecord(r), [], a.id)
    assert.equal(r.language, 'ar', a.id)
  }
})
