import { test } from 'node:test'
import assert from 'node:assert/strict'
import { normalize } from '../normalize/normalize.js'
import { tokenize } from '../segment/tokenize.js'
import { readDigits, readNumber } from './read-number.js'

/** Reads the number that starts the (normalized) phrase. */
function read(phrase: string): { value: number; approx: boolean; tokens: number } | null {
  const { normalized, map } = normalize(phrase)
  const tokens = tokenize(normalized, map)
  const norms = Array.from({ length: tokens.count }, (_, i) => normalized.slice(tokens.nstart[i], tokens.nend[i]))
  const r = readNumber({ norms, tokens }, 0)
  return r && { value: r.value, approx: r.approx, tokens: r.tokenEnd }
}

test('reads digit strings with their separators', () => {
  assert.equal(readDigits('15,000'), 15000)
  assert.equal(readDigits('1,500,000'), 1500000)
  assert.equal(readDigits('17,5'), 17.5)
  assert.equal(readDigits('1.500.000'), 1500000)
  assert.equal(readDigits('3.5'), 3.5)
  assert.equal(readDigits('12a'), null)
})

test('reads compounds in the Arabic order: units before tens, hundreds and thousands first', () => {
  assert.equal(read('ألف وتسعمائة وستة وتسعين')?.value, 1996)
  assert.equal(read('ثلاثة وعشرون')?.value, 23)
  assert.equal(read('مائة وثلاثة عشر')?.value, 113)
  assert.equal(read('ثلاث مئة')?.value, 300)
  assert.equal(read('خمسمائة ألف')?.value, 500000)
  assert.equal(read('مليون وخمسمائة ألف')?.value, 1500000)
  assert.equal(read('أحد عشر')?.value, 11)
  assert.equal(read('واحد وعشرين')?.value, 21)
})

test('stops at a list and at a dual after a count', () => {
  assert.deepEqual(read('ثلاثة وأربعة'), { value: 3, approx: false, tokens: 1 })
  assert.deepEqual(read('ثلاثة ألفين'), { value: 3, approx: false, tokens: 1 })
  assert.equal(read('واحد'), null)
  assert.equal(read('نصف السكان'), null)
})

test('reads vague plurals as approximate magnitudes', () => {
  assert.deepEqual(read('آلاف'), { value: 1000, approx: true, tokens: 1 })
  assert.deepEqual(read('عشرات الآلاف'), { value: 10000, approx: true, tokens: 2 })
  assert.deepEqual(read('ثلاثة آلاف'), { value: 3000, approx: false, tokens: 2 })
})

test('keeps decimals times magnitudes exact to 15 digits', () => {
  assert.equal(read('16.6 مليار')?.value, 16600000000)
  assert.equal(read('0.1 مليون')?.value, 100000)
  assert.equal(read('2.8 مليار')?.value, 2800000000)
})

test('goes to Infinity, not NaN, beyond doubles', () => {
  const r = read('9'.repeat(400))
  assert.equal(r?.value, Infinity)
})
