import assert from 'node:assert/strict'
import { test } from 'node:test'
import { WordCache } from './word-cache.js'

test('keeps a word asked for often while new words stream past its limit', () => {
  const cache = new WordCache<string, number>(6)
  let made = 0
  const make = (w: string): number => {
    made++
    return w.length
  }
  const stream = ['قال', 'الرئيس', 'إن', 'الحكومة', 'ستواصل', 'دعم', 'المزارعين', 'في', 'المناطق', 'الريفية']
  for (const w of stream) {
    cache.getOrMake('قال', make)
    cache.getOrMake(w, make)
  }
  // `قال` was made once, every other word once: nothing was made twice.
  assert.equal(made, stream.length)
  assert.equal(cache.get('قال'), 3)
  // The oldest words of the stream were dropped.
  assert.equal(cache.get('الرئيس'), undefined)
})

test('never keeps a very long key (a URL or a blob), so odd input cannot fill memory', () => {
  const cache = new WordCache<string, number>(10)
  const blob = 'QUJD'.repeat(10_000)
  let made = 0
  const make = (w: string): number => {
    made++
    return w.length
  }
  assert.equal(cache.getOrMake(blob, make), blob.length)
  assert.equal(cache.getOrMake(blob, make), blob.length)
  assert.equal(made, 2)
  assert.equal(cache.get(blob), undefined)
})

test('refuses a limit below 2', () => {
  assert.throws(() => new WordCache(1), /limit of 2 or more/)
})
