import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyze } from '../../pipeline/analyze.js'

test('story sentences start on a word, not on a leading dash or bullet', () => {
  const text = '- تعود هذا الأسبوع جميع الفرق السعودية من معسكراتها.\n• ساجد شاب بريطاني مسلم.\n__ قرر فتح حساب على تويتر.'
  const r = analyze(text)
  assert.deepEqual(r.sentences.map((s) => text.slice(s[0], s[1])), [
    'تعود هذا الأسبوع جميع الفرق السعودية من معسكراتها.',
    'ساجد شاب بريطاني مسلم.',
    'قرر فتح حساب على تويتر.',
  ])
})

test('a sentence of punctuation alone is not a sentence', () => {
  const text = 'أعلنت الوزارة النتائج.\n------------------\n***\nوتابع المتحدث حديثه.'
  const r = analyze(text)
  assert.equal(r.sentences.length, 2)
})
