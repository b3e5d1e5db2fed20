import assert from 'node:assert/strict'
import { test } from 'node:test'
import { TokenInterner } from './token-interner.js'

test('gives the same string object for the same word in two texts', () => {
  const tokens = new TokenInterner()
  const a = 'قال الرئيس الروسي'
  const b = 'واستقبل الرئيس نظيره'
  const first = tokens.intern(a, 4, 10)
  const second = tokens.intern(b, 8, 14)
  assert.equal(first, 'الرئيس')
  assert.equal(second, 'الرئيس')
  // Same object, not only equal: a map keyed by it then reuses the string's stored hash.
  assert.ok(Object.is(first, second))
  assert.equal(tokens.intern(a, 11, 17), 'الروسي')
})

test('stays correct past its limit, keeping recent words shared', () => {
  const tokens = new TokenInterner(4)
  const words = ['غزة', 'القدس', 'رام', 'الله', 'نابلس', 'جنين', 'الخليل']
  for (const w of words) assert.equal(tokens.intern(` ${w} `, 1, w.length + 1), w)
  const again = tokens.intern('الخليل', 0, 6)
  assert.equal(again, 'الخليل')
  assert.equal(tokens.intern('غزة', 0, 3), 'غزة')
})

test('keeps an empty token empty', () => {
  assert.equal(new TokenInterner().intern('نص', 1, 1), '')
})
