import { test } from 'node:test'
import assert from 'node:assert/strict'
import { normalizeForMatch } from '../../normalize/normalize.js'
import { CUE_FORMS, lookupCue, parseCueTable } from './cue-lexicon.js'

/** The lemma and tense a written word reads as, or null. */
function read(word: string): [string, string, number] | null {
  const r = lookupCue(normalizeForMatch(word))
  return r ? [r.cue.lemma, r.cue.tense, r.cut] : null
}

test('reads reporting verbs in every tense and gender', () => {
  assert.deepEqual(read('قال'), ['قال', 'past', 0])
  assert.deepEqual(read('قالت'), ['قال', 'past', 0])
  assert.deepEqual(read('يقولون'), ['قال', 'present', 0])
  assert.deepEqual(read('تقول'), ['قال', 'present', 0])
  assert.deepEqual(read('أكّدت'), ['أكد', 'past', 0])
  assert.deepEqual(read('يؤكد'), ['أكد', 'present', 0])
  assert.deepEqual(read('شدّد'), ['شدد', 'past', 0])
  assert.deepEqual(read('نفى'), ['نفى', 'past', 0])
  assert.deepEqual(read('دعت'), ['دعا', 'past', 0])
})

test('reads the participles of manner (مضيفا، مشيرة، مؤكدين، معتبرا)', () => {
  assert.deepEqual(read('مضيفاً'), ['أضاف', 'participle', 0])
  assert.deepEqual(read('مشيرة'), ['أشار', 'participle', 0])
  assert.deepEqual(read('مؤكدين'), ['أكد', 'participle', 0])
  assert.deepEqual(read('معتبرا'), ['اعتبر', 'participle', 0])
})

test('looks past a conjunction and an object pronoun', () => {
  assert.deepEqual(read('وأضاف'), ['أضاف', 'past', 1])
  assert.deepEqual(read('فقال'), ['قال', 'past', 1])
  assert.deepEqual(read('تعتبره'), ['اعتبر', 'present', 0])
  assert.deepEqual(read('سماه'), ['سمى', 'past', 0])
})

test('reads verbal nouns after عن or a preposition (قوله، للتنديد، بقوله)', () => {
  assert.deepEqual(read('قوله'), ['قال', 'noun', 0])
  assert.deepEqual(read('للتنديد'), ['ندد', 'noun', 1])
  assert.deepEqual(read('بقوله'), ['قال', 'noun', 1])
})

test('leaves out forms that are mostly something else', () => {
  assert.equal(read('يذكر'), null) // يذكر أن: "note that"
  assert.equal(read('بين'), null) // between
  assert.equal(read('نقلا'), null) // نقلا عن is a source cue
  assert.equal(read('رأيه'), null) // his opinion
  assert.equal(read('أضافه'), null) // added it
  assert.equal(read('يدعى'), null) // is called
})

test('marks forms that are also nouns as ambiguous (تابع، متابعة)', () => {
  assert.equal(CUE_FORMS.get('تابع')?.ambiguous, true)
  assert.equal(CUE_FORMS.get('تابعت')?.ambiguous, false)
  assert.equal(CUE_FORMS.get('قال')?.ambiguous, false)
})

test('knows which verbs cite sources and which prepositions they take', () => {
  assert.equal(CUE_FORMS.get('افادت')?.source, true)
  assert.equal(CUE_FORMS.get('ذكرت')?.report, true)
  assert.equal(CUE_FORMS.get('اشار')?.prep, 'الي')
  assert.equal(CUE_FORMS.get('شدد')?.prep, 'علي')
})

test('rejects a malformed table line', () => {
  assert.throws(() => parseCueTable('قال\tsay\t-\tقال'), /7 columns/)
  assert.throws(() => parseCueTable('قال\tshout\t-\tقال\t-\t-\t-'), /unknown use/)
})
