import assert from 'node:assert/strict'
import { test } from 'node:test'
import { LexemeSlot, Lexicon } from './lexeme.js'

test('gives one lexeme for the same word in two texts', () => {
  const lexicon = new Lexicon()
  const a = 'قال الرئيس الروسي'
  const b = 'واستقبل الرئيس نظيره'
  const first = lexicon.lexeme(a, 4, 10)
  const second = lexicon.lexeme(b, 8, 14)
  assert.equal(first.text, 'الرئيس')
  assert.equal(first, second)
  assert.equal(lexicon.lexeme(a, 11, 17).text, 'الروسي')
})

test('works a slot value out once per word', () => {
  const lexicon = new Lexicon()
  const length = new LexemeSlot<number>('test/length')
  let made = 0
  const make = (w: string): number => {
    made++
    return w.length
  }
  const text = 'غزة غزة القدس غزة'
  for (const [s, e] of [[0, 3], [4, 7], [8, 13], [14, 17]] as const) length.getOrMake(lexicon.lexeme(text, s, e), make)
  assert.equal(made, 2)
  assert.equal(length.get(lexicon.lexeme(text, 8, 13)), 5)
})

test('stays correct past its limit', () => {
  const lexicon = new Lexicon(4)
  const words = ['غزة', 'القدس', 'رام', 'الله', 'نابلس', 'جنين', 'الخليل']
  for (const w of words) assert.equal(lexicon.lexeme(` ${w} `, 1, w.length + 1).text, w)
  assert.equal(lexicon.lexeme('الخليل', 0, 6).text, 'الخليل')
  assert.equal(lexicon.lexeme('غزة', 0, 3).text, 'غزة')
})

test('does not keep very long tokens, so that odd input cannot fill memory', () => {
  const lexicon = new Lexicon()
  const blob = 'QUJD'.repeat(10_000)
  const a = lexicon.lexeme(blob, 0, blob.length)
  const b = lexicon.lexeme(blob, 0, blob.length)
  assert.equal(a.text, blob)
  assert.notEqual(a, b)
})

test('keeps an empty token empty', () => {
  assert.equal(new Lexicon().lexeme('نص', 1, 1).text, '')
})
