import { test } from 'node:test'
import assert from 'node:assert/strict'
import { encliticSplits, procliticSplits } from './clitics.js'
import { normalizeForMatch } from '../normalize/normalize.js'

const forms = (w: string): string[] => procliticSplits(normalizeForMatch(w)).map((s) => s.form)

test('lists a name behind a conjunction or preposition', () => {
  assert.ok(forms('وبوتين').includes('بوتين'))
  assert.ok(forms('بموسكو').includes('موسكو'))
  assert.ok(forms('وبالكرملين').includes('الكرملين'))
})

test('restores the article in ل + ال and cuts after the first lam, as SPEC.md asks', () => {
  const split = procliticSplits(normalizeForMatch('للتقييمات')).find((s) => s.form === 'التقييمات')
  assert.ok(split)
  assert.equal(split.cut, 1)
  const kim = procliticSplits('لكيم').find((s) => s.form === 'كيم')
  assert.equal(kim?.cut, 1)
})

test('always offers the whole word first, so وزير stays وزير for a lexicon to choose', () => {
  const splits = procliticSplits('وزير')
  assert.equal(splits[0]!.form, 'وزير')
  assert.equal(splits[0]!.cut, 0)
})

test('never leaves a stem shorter than two letters', () => {
  assert.deepEqual(forms('وب'), ['وب'])
  assert.ok(!forms('بل').includes('ل'))
})

test('lists stems without pronoun suffixes', () => {
  assert.ok(encliticSplits('بلاده').some((s) => s.form === 'بلاد' && s.suffix === 'ه'))
  assert.ok(encliticSplits(normalizeForMatch('مصالحها')).some((s) => s.form === 'مصالح'))
})
