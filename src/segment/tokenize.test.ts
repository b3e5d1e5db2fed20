import { test } from 'node:test'
import assert from 'node:assert/strict'
import { normalize } from '../normalize/normalize.js'
import { tokenize } from './tokenize.js'
import { TokenFlag, TokenKind } from '../core/tokens.js'

function tok(text: string): { words: string[]; kinds: number[]; flags: number[] } {
  const { normalized, map } = normalize(text)
  const t = tokenize(normalized, map)
  const words: string[] = []
  for (let i = 0; i < t.count; i++) words.push(text.slice(t.start[i], t.end[i]))
  return { words, kinds: [...t.kind], flags: [...t.flags] }
}

test('splits words, numbers and punctuation with offsets into the original text', () => {
  const { words, kinds } = tok('أرسلت كوريا الشمالية حوالي 15 ألف جندي، منذ الخريف.')
  assert.deepEqual(words, ['أرسلت', 'كوريا', 'الشمالية', 'حوالي', '15', 'ألف', 'جندي', '،', 'منذ', 'الخريف', '.'])
  assert.equal(kinds[4], TokenKind.Number)
  assert.equal(kinds[7], TokenKind.Punct)
})

test('keeps decimals and thousands separators inside one number, in any digits', () => {
  assert.deepEqual(tok('1.5 مليار و15,000 و٣٫٥ و2015.').words, ['1.5', 'مليار', 'و', '15,000', 'و', '٣٫٥', 'و', '2015', '.'])
})

test('keeps diacritics and tatweel inside their word', () => {
  assert.deepEqual(tok('نوويـاً أيضًا').words, ['نوويـاً', 'أيضًا'])
})

test('groups runs of the same punctuation and marks glued tokens and line breaks', () => {
  const { words, flags } = tok('(CNN)-- قال\n\nو...')
  assert.deepEqual(words, ['(', 'CNN', ')', '--', 'قال', 'و', '...'])
  assert.ok(flags[1]! & TokenFlag.Glued)
  assert.ok(flags[5]! & TokenFlag.ParagraphBefore)
  assert.ok(!(flags[4]! & TokenFlag.Glued))
})

test('tokenizes Latin words with accents and an emoji as one symbol', () => {
  const { words, kinds } = tok('Emmanuel Macron à Paris 🙂')
  assert.deepEqual(words, ['Emmanuel', 'Macron', 'à', 'Paris', '🙂'])
  assert.equal(kinds[4], TokenKind.Symbol)
})

test('gives no tokens for empty or blank text', () => {
  assert.deepEqual(tok('').words, [])
  assert.deepEqual(tok(' \n\t ').words, [])
})
