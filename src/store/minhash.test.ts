import { test } from 'node:test'
import assert from 'node:assert/strict'
import { bandKeys, estimateJaccard, minhashSignature, shingleHashes, signatureFromBytes, signatureToBytes, STORY_THRESHOLD } from './minhash.js'
import { termsOf } from './search-terms.js'
import { corpusArticles } from '../../test/fixtures/store/corpus.js'
import { NEEDS_SHARED } from '../../test/shared.js'

const sig = (text: string): Uint32Array => minhashSignature(shingleHashes(termsOf(text).terms))

test('a lightly edited reprint stays above the story threshold; different stories stay well below', NEEDS_SHARED, () => {
  const [a, b, c] = corpusArticles().slice(0, 3)
  const edited = a!.text.replace(/\./g, '،').replace(/^/, 'الرياض - واس: ') + ' انتهى.'
  assert.ok(estimateJaccard(sig(a!.text), sig(edited)) >= STORY_THRESHOLD)
  assert.ok(estimateJaccard(sig(a!.text), sig(b!.text)) < 0.1)
  assert.ok(estimateJaccard(sig(b!.text), sig(c!.text)) < 0.1)
})

test('identical texts share every band key; keys are safe integers', () => {
  const text = 'أعلنت وزارة الصحة اليوم تسجيل حالات جديدة في عدد من المناطق، وقالت إن الوضع تحت السيطرة.'
  const k1 = bandKeys(sig(text))
  assert.deepEqual(k1, bandKeys(sig(text)))
  assert.equal(k1.length, 16)
  for (const k of k1) assert.ok(Number.isSafeInteger(k) && k >= 0)
  assert.deepEqual(bandKeys(sig('')), [])
})

test('a signature survives a round trip through bytes', () => {
  const s = sig('نص قصير للتجربة فيه أكثر من خمس كلمات متتالية')
  assert.deepEqual(signatureFromBytes(signatureToBytes(s)), s)
})
