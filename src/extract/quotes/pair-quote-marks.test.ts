import { test } from 'node:test'
import assert from 'node:assert/strict'
import { pairQuoteMarks } from './pair-quote-marks.js'

/** The quoted texts of `text`, top-level first-class quotes only, as `[inner, closed]`. */
function quoted(text: string): [string, boolean][] {
  return pairQuoteMarks(text)
    .filter((q) => q.depth === 0)
    .map((q) => [text.slice(q.inner[0], q.inner[1]), q.close >= 0])
}

test('pairs guillemets, curly and straight quotes', () => {
  assert.deepEqual(quoted('وقال الوزير: «نحن مستعدون» ثم غادر.'), [['نحن مستعدون', true]])
  assert.deepEqual(quoted('وقال لافروف: “هذه الأعمال البطولية ستعزز”.'), [['هذه الأعمال البطولية ستعزز', true]])
  assert.deepEqual(quoted('وقال "لا مشكلة لدينا" ثم أضاف "سنرى".'), [['لا مشكلة لدينا', true], ['سنرى', true]])
})

test('reads a closing curly mark used to open after a proclitic (و”القضاء”)', () => {
  const text = 'للدفاع عن مصالحها الأمنية و”القضاء على السبب الجذري” لصراعها مع أوكرانيا'
  assert.deepEqual(quoted(text), [['القضاء على السبب الجذري', true]])
})

test('opens a straight quote glued to a proclitic with tatweel (بـ"…")', () => {
  assert.deepEqual(quoted('ونددت دمشق مرارا بـ"الاعتداء" التركي في عفرين'), [['الاعتداء', true]])
})

test('pairs mismatched marks of the double family («…”)', () => {
  assert.deepEqual(quoted('قال المتحدث «لن نتراجع عن قرارنا” وانصرف.'), [['لن نتراجع عن قرارنا', true]])
})

test('cuts an unclosed quote at its paragraph end, not at the article end', () => {
  const text = 'وقال الوزير: «سنواصل العمل حتى النهاية\nوفي سياق آخر، أعلنت الوزارة خطة جديدة.\nوانتهى الاجتماع.'
  assert.deepEqual(quoted(text), [['سنواصل العمل حتى النهاية', false]])
})

test('lets a quote close in the next paragraph when no other quote opens first', () => {
  const text = 'وقال: "الوضع صعب.\nونحن نعمل على الحل" ثم غادر.'
  assert.deepEqual(quoted(text), [['الوضع صعب.\nونحن نعمل على الحل', true]])
})

test('marks quotes inside quotes as nested', () => {
  const text = 'وقال: «لقد سمعته يقول "لن أستقيل" أمس» في المؤتمر.'
  const all = pairQuoteMarks(text).map((q) => [text.slice(q.inner[0], q.inner[1]), q.depth])
  assert.deepEqual(all, [['لقد سمعته يقول "لن أستقيل" أمس', 0], ['لن أستقيل', 1]])
})

test('ignores apostrophes in Latin names and football minutes', () => {
  assert.deepEqual(quoted("سجل O'Brien هدفا في الدقيقة 63' من المباراة"), [])
})

test('reads two apostrophes as one double quote', () => {
  assert.deepEqual(quoted("وقال: ''لن تسمح الهيئة ببقاء أي مخالف'' في البلاد"), [['لن تسمح الهيئة ببقاء أي مخالف', true]])
})

test('returns nothing for text without marks, and never a stray closing mark', () => {
  assert.deepEqual(quoted('لا علامات تنصيص هنا.'), [])
  assert.deepEqual(quoted('كلمة» وحدها ثم نص'), [])
})
