import { test } from 'node:test'
import assert from 'node:assert/strict'
import { normalize, normalizeForMatch } from './normalize.js'

test('folds hamza forms, alef maqsura and ta marbuta', () => {
  assert.equal(normalizeForMatch('أوكرانيا'), 'اوكرانيا')
  assert.equal(normalizeForMatch('إسرائيل'), 'اسرائيل')
  assert.equal(normalizeForMatch('آسيا'), 'اسيا')
  assert.equal(normalizeForMatch('على الدولة'), 'علي الدوله')
  // ؤ and ئ are kept: they tell real words apart.
  assert.equal(normalizeForMatch('مسؤول رئيس'), 'مسؤول رئيس')
})

test('drops diacritics and tatweel and keeps them inside the letter they follow', () => {
  const text = 'نوويـاً كبيرٌ'
  const { normalized, map } = normalize(text)
  assert.equal(normalized, 'نوويا كبير')
  // The span of كبير in normalized text maps back over its tanween.
  const s = normalized.indexOf('كبير')
  assert.deepEqual(map.spanToText([s, s + 4]), [text.indexOf('كبيرٌ'), text.length])
  assert.equal(text.slice(...map.spanToText([0, 5])), 'نوويـاً')
})

test('reads Eastern Arabic and Persian digits and Arabic separators as ASCII', () => {
  assert.equal(normalizeForMatch('١٥ ألف و۲۰۱۹ و٣٫٥ و١٬٠٠٠ و٪٣٠'), '15 الف و2019 و3.5 و1,000 و%30')
})

test('drops bidi and zero-width marks without moving the offsets of what follows', () => {
  const text = 'قال\u200F \u202Bبوتين\u202C\u200B اليوم'
  const { normalized, map } = normalize(text)
  assert.equal(normalized, 'قال بوتين اليوم')
  const s = normalized.indexOf('بوتين')
  assert.equal(text.slice(...map.spanToText([s, s + 5])), 'بوتين')
})

test('unfolds presentation forms, each unfolded letter pointing at the original character', () => {
  const text = 'ﻻ ﺑﺄﺱ'
  const { normalized, map } = normalize(text)
  assert.equal(normalized, 'لا باس')
  assert.deepEqual(map.spanToText([0, 2]), [0, 1])
})

test('maps spans from text to normalized and back', () => {
  const text = 'وقال لافروفُ: “هذه الأعمال”'
  const { map } = normalize(text)
  const start = text.indexOf('لافروف')
  const n = map.spanFromText([start, start + 7])
  assert.deepEqual(map.spanToText(n), [start, start + 7])
})

test('keeps lone surrogates at the same length and never throws', () => {
  const text = 'a\uD800b\uDC00c'
  const { normalized, map } = normalize(text)
  assert.equal(normalized.length, text.length)
  assert.equal(map.toText(normalized.length), text.length)
})

test('turns line and paragraph separators into line breaks', () => {
  assert.equal(normalize('أ\u2029ب\u2028ج').normalized, 'ا\nب\nج')
})

test('normalizeForMatch folds exactly as normalize does, on real corpus text', async () => {
  const { corpusSlice, HAS_SHARED } = await import('../../test/shared.js')
  const samples = HAS_SHARED ? corpusSlice(30).flatMap((a) => a.text.split(/[\n.،]/)) : ['وقال د. محمد البرادعيُ  إن ١٥ ألفاً ﻻ']
  samples.push('  ﷲ أكبر  ', '\u200Fمرحبا\u200F', 'A\u00A0B')
  for (const s of samples) assert.equal(normalizeForMatch(s), normalize(s).normalized.replace(/ {2,}/g, ' ').trim(), s)
})
