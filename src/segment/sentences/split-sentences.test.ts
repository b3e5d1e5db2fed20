import { test } from 'node:test'
import assert from 'node:assert/strict'
import { normalize } from '../../normalize/normalize.js'
import { tokenize } from '../tokenize.js'
import { splitSentences } from './split-sentences.js'

function sentences(text: string): string[] {
  const { normalized, map } = normalize(text)
  const tokens = tokenize(normalized, map)
  return splitSentences(normalized, tokens).map(([a, b]) => text.slice(tokens.start[a], tokens.end[b - 1]))
}

test('splits at full stops, Arabic question marks and exclamation marks', () => {
  assert.deepEqual(sentences('التقى الزعيمان في بكين. هل ستستمر المحادثات؟ نعم!'), [
    'التقى الزعيمان في بكين.', 'هل ستستمر المحادثات؟', 'نعم!',
  ])
})

test('does not split at the Arabic comma or semicolon', () => {
  assert.equal(sentences('قال الوزير، في بيان؛ إن الوضع هادئ.').length, 1)
})

test('keeps «د.» and initials inside the sentence', () => {
  assert.deepEqual(sentences('وقال د. محمد البرادعي إن الاتفاق مهم. وأضاف أنه سيعود.'), [
    'وقال د. محمد البرادعي إن الاتفاق مهم.', 'وأضاف أنه سيعود.',
  ])
  assert.equal(sentences('باريس - أ.ف.ب: أعلنت الحكومة الفرنسية خطة جديدة.').length, 1)
  assert.equal(sentences('Officials in the U.S. said so.').length, 1)
})

test('keeps numbers like 3.5 whole', () => {
  assert.deepEqual(sentences('ارتفع التضخم إلى 3.5 في المائة. وتراجع الدينار.'), ['ارتفع التضخم إلى 3.5 في المائة.', 'وتراجع الدينار.'])
})

test('keeps a closing quote with the sentence it ends', () => {
  assert.deepEqual(sentences('وقال لافروف: “هذه الأعمال البطولية ستعزز أواصر الصداقة”. وأشار تشوي إلى تقدم كبير.'), [
    'وقال لافروف: “هذه الأعمال البطولية ستعزز أواصر الصداقة”.', 'وأشار تشوي إلى تقدم كبير.',
  ])
  assert.deepEqual(sentences('وتابع: "لا نكن عداوة خاصة تجاه أي بلد." ثم غادر القاعة.'), [
    'وتابع: "لا نكن عداوة خاصة تجاه أي بلد." ثم غادر القاعة.',
  ])
})

test('holds a short quotation with a full stop inside it open', () => {
  assert.deepEqual(sentences('وتابع: "لا نكن عداوة خاصة تجاه أي بلد. ونتعاون مع كل الدول"، حسب تعبيره.'), [
    'وتابع: "لا نكن عداوة خاصة تجاه أي بلد. ونتعاون مع كل الدول"، حسب تعبيره.',
  ])
})

test('does not let an unclosed quote swallow the next paragraph', () => {
  const out = sentences('قال: «هذا النص لا ينتهي. ولا يغلق\nوفي فقرة جديدة خبر آخر.')
  assert.equal(out.at(-1), 'وفي فقرة جديدة خبر آخر.')
  assert.equal(out.length, 3)
})

test('ends a sentence at a line break even without punctuation', () => {
  assert.deepEqual(sentences('مدى خطورة بكتيريا إيكولاي\nتوجد بكتيريا إيكولاي في الأمعاء.'), [
    'مدى خطورة بكتيريا إيكولاي', 'توجد بكتيريا إيكولاي في الأمعاء.',
  ])
})
