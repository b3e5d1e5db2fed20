import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { timesStage } from '../times/index.js'
import * as publicSurface from './index.js'
import { quantitiesStage } from './index.js'
import { prepareWithWire } from '../../../test/wire.js'

const LIMITS = { maxTextLength: 1e6, maxQuoteLength: 1e4, datelineWindow: 160 }

interface Found { text: string; value: number; approx: boolean; unit: string | null }

/** Runs times then quantities on `text`; returns each quantity with its mention. */
function quantities(text: string, published: string | null = '2025-10-28'): Found[] {
  const doc = prepareWithWire(text, published)
  const ctx = { reference: published, limits: LIMITS }
  timesStage.run(doc, ctx)
  quantitiesStage.run(doc, ctx)
  return doc.get('quantities').map((q) => ({ text: text.slice(q.span[0], q.span[1]), value: q.value, approx: q.approx, unit: q.unit }))
}

/** The one quantity found in `text`; fails when there is not exactly one. */
function one(text: string): Found {
  const got = quantities(text)
  assert.equal(got.length, 1, `expected one quantity in «${text}», got ${JSON.stringify(got)}`)
  return got[0]!
}

test('pins the public surface of quantities', () => {
  assert.deepEqual(Object.keys(publicSurface).sort(), ['quantitiesStage'])
  assert.equal(quantitiesStage.name, 'quantities')
  assert.deepEqual(quantitiesStage.requires, ['times', 'boilerplate'])
  assert.deepEqual(quantitiesStage.provides, ['quantities'])
})

test('finds the three quantities of the seed article', () => {
  const text = readFileSync(new URL('../../../test/fixtures/quantities/seed-article/input.txt', import.meta.url), 'utf8')
  const expected = JSON.parse(readFileSync(new URL('../../../test/fixtures/quantities/seed-article/expected.json', import.meta.url), 'utf8')) as {
    published: string
    quantities: { span: [number, number]; value: number; approx: boolean; unit: string }[]
  }
  const doc = prepareWithWire(text, expected.published)
  const ctx = { reference: expected.published, limits: LIMITS }
  timesStage.run(doc, ctx)
  quantitiesStage.run(doc, ctx)
  const got = doc.get('quantities')
  assert.equal(got.length, 3)
  for (const [i, g] of expected.quantities.entries()) {
    const p = got[i]!
    assert.equal(p.span[0], g.span[0], `start of ${text.slice(g.span[0], g.span[1])}`)
    assert.equal(p.value, g.value)
    assert.equal(p.approx, g.approx)
  }
  assert.equal(got[1]!.span[1], expected.quantities[1]!.span[1]) // `حوالي 15 ألف جندي`
  assert.equal(got[1]!.unit, 'جندي')
})

test('every span is in bounds, sorted, non-empty and without edge spaces', () => {
  const text = readFileSync(new URL('../../../test/fixtures/quantities/seed-article/input.txt', import.meta.url), 'utf8') +
    '\nبلغت الخسائر 15,000 دولار، وقتل نحو 35 شخصا، وارتفعت الأسعار 30 في المئة، وأوقع الهجوم 32 قتيلاً ومئة جريح.'
  const doc = prepareWithWire(text, '2025-10-28')
  const ctx = { reference: '2025-10-28', limits: LIMITS }
  timesStage.run(doc, ctx)
  quantitiesStage.run(doc, ctx)
  let last = -1
  const got = doc.get('quantities')
  assert.ok(got.length >= 7)
  for (const q of got) {
    const [s, e] = q.span
    assert.ok(s >= 0 && e <= text.length && e > s)
    assert.ok(s >= last, 'sorted and not overlapping')
    assert.equal(text.slice(s, e).trim(), text.slice(s, e))
    assert.ok(Number.isFinite(q.value) && q.value > 0)
    for (const t of doc.get('times')) assert.ok(t.span[1] <= s || t.span[0] >= e, 'no quantity overlaps a time')
    last = e
  }
})

test('reads Western, Eastern Arabic and Persian digits, decimals and thousands separators', () => {
  assert.deepEqual(one('أوقفت الشرطة 251 شخصًا في إطار حملة.'), { text: '251 شخصًا', value: 251, approx: false, unit: 'شخصًا' })
  assert.equal(one('أسلم ١٤٥ امرأة من الفلبين وكينيا.').value, 145)
  assert.equal(one('وصل ۱۲۰ مسافرا إلى المطار.').value, 120)
  assert.equal(one('بلغت الخسائر 15,000 دولار أمس.').value, 15000)
  assert.equal(one('بلغت الخسائر ١٥٬٠٠٠ دولار أمس.').value, 15000)
  assert.equal(one('ارتفع المؤشر إلى 20682.66 نقطة في طوكيو.').value, 20682.66)
  assert.equal(one('سجل السهم ٥٫٩ ريال عند الإغلاق.').value, 5.9)
  // Agency style: the fraction first, then `ر`.
  assert.deepEqual(one('الذي كلفه 50ر11 مليون يورو للتعاقد معه.'), { text: '50ر11 مليون يورو', value: 11500000, approx: false, unit: 'يورو' })
})

test('reads number words in every form and case', () => {
  assert.equal(one('قامت ثلاث مقاتلات بقصف المواقع.').value, 3)
  assert.equal(one('شارك ثلاثة لاعبين في التدريب.').value, 3)
  assert.equal(one('نشر الجيش ثلاثين دبابة على الحدود.').value, 30)
  assert.equal(one('وصل ثلاثون صحفيا إلى المدينة.').value, 30)
  assert.equal(one('قتل خمسة عشر مدنيا في القصف.').value, 15)
  assert.deepEqual(one('مائة وخمسون دولة حول العالم تابعت البث.'), { text: 'مائة وخمسون دولة', value: 150, approx: false, unit: 'دولة' })
  assert.deepEqual(quantities('أوقع الهجوم 32 قتيلاً ومئة جريح في سوروتش.').map((q) => [q.text, q.value]), [['32 قتيلاً', 32], ['مئة جريح', 100]])
  assert.equal(one('شارك مئتا عامل في البناء.').value, 200)
  assert.equal(one('ساهم مئتي متطوع في الحملة.').value, 200)
  assert.equal(one('حضر ألفان من المشجعين الحفل.').value, 2000)
  assert.equal(one('قتل ثلاثون ألفا في الحرب.').value, 30000)
  assert.equal(one('نزح ثلاثة آلاف شخص من القرية.').value, 3000)
  assert.equal(one('يعيش في المدينة مليون نسمة.').value, 1000000)
  assert.equal(one('تضرر خمسة ملايين طفل من الأزمة.').value, 5000000)
  assert.equal(one('بلغت الميزانية مليار دولار.').value, 1e9)
  assert.equal(one('أصيب عسكريين اثنين بجروح.').text, 'عسكريين اثنين')
  assert.equal(one('خاض اختبارات صعبة في المراحل العشر الأولى.').value, 10)
})

test('reads mixed digits and magnitudes, and halves', () => {
  assert.equal(one('أرسلت كوريا الشمالية 15 ألف جندي إلى روسيا.').value, 15000)
  assert.equal(one('أرسلت كوريا الشمالية ١٥ ألف جندي إلى روسيا.').value, 15000)
  assert.equal(one('أرسلت كوريا الشمالية خمسة عشر ألفا من الجنود.').value, 15000)
  assert.equal(one('بلغت الاستثمارات 1.5 مليار دولار.').value, 1500000000)
  assert.equal(one('فرضت رسوما على منتجات قيمتها 16.6 مليار دولار كندي.').value, 16600000000)
  assert.equal(one('فرضت رسوما على منتجات قيمتها 16.6 مليار دولار كندي.').unit, 'دولار كندي')
  assert.equal(one('نزح ثلاثة ملايين ونصف من السكان.').value, 3500000)
  assert.equal(one('زرعت الميليشيا أكثر من نصف مليون لغم.').value, 500000)
})

test('gives bare magnitude plurals their magnitude, approximately', () => {
  assert.deepEqual(one('أرسلت كوريا الشمالية في الأشهر الأخيرة آلاف القوات.'), { text: 'آلاف القوات', value: 1000, approx: true, unit: 'القوات' })
  assert.deepEqual(one('أودت الألغام بحياة المئات من المدنيين.'), { text: 'المئات من المدنيين', value: 100, approx: true, unit: 'المدنيين' })
  assert.deepEqual(one('شنت إسرائيل قصفا على عشرات المواقع الإيرانية.'), { text: 'عشرات المواقع', value: 10, approx: true, unit: 'المواقع' })
  assert.equal(one('ليست الحكاية أمتاراً وملايين الدولارات.').text, 'ملايين الدولارات')
  assert.deepEqual(one('نشرت مئات الآلاف من عناصر الجيش.'), { text: 'مئات الآلاف من عناصر', value: 100000, approx: true, unit: 'عناصر' })
  assert.equal(one('وتسببت بآلاف الإعاقات الدائمة.').text, 'آلاف الإعاقات')
})

test('digits take the definite noun after من as their unit (6 من الإرهابيين)', () => {
  assert.deepEqual(one('وتمكنت الشرطة من السيطرة على الوضع ولقي 6 من الإرهابيين مصرعهم.'), { text: '6 من الإرهابيين', value: 6, approx: false, unit: 'الإرهابيين' })
})

test('من أصل is "out of", not the counted noun', () => {
  const q = quantities('وأوضح أن ذلك يشمل 7,9 ملايين من أصل سكان جنوب السودان البالغ عددهم 11,6 مليون شخص.')
  assert.deepEqual(q.map((x) => [x.text, x.value, x.unit]), [['7,9 ملايين', 7900000, null], ['11,6 مليون شخص', 11600000, 'شخص']])
})

test('puts hedges in the span and marks them approximate', () => {
  assert.deepEqual(one('أرسلت كوريا الشمالية حوالي 15 ألف جندي إلى روسيا.'), { text: 'حوالي 15 ألف جندي', value: 15000, approx: true, unit: 'جندي' })
  assert.equal(one('قتل نحو 35 شخصا في الانفجار.').text, 'نحو 35 شخصا')
  assert.equal(one('بلغت المتأخرات قرابة ثمانية ملايين ريال.').text, 'قرابة ثمانية ملايين ريال')
  assert.equal(one('حصد الفيروس أرواح أكثر من 11 ألف شخص.').text, 'أكثر من 11 ألف شخص')
  assert.deepEqual(one('لقي ما لا يقل عن 64 شخصا حتفهم.'), { text: 'ما لا يقل عن 64 شخصا', value: 64, approx: true, unit: 'شخصا' })
  assert.equal(one('تبلغ قيمتها 670 مليون دولار تقريبا.').approx, true)
  assert.equal(one('باعت الشركة 10 ملايين هاتف.').approx, false)
})

test('takes currencies from words and signs', () => {
  assert.equal(one('عرض على فولفسبورغ مبلغ 40 مليون جنيه استرليني.').unit, 'جنيه استرليني')
  assert.equal(one('تفترض الموازنة سعر النفط 60 دولارا للبرميل.').unit, 'دولارا')
  assert.deepEqual(one('بلغ سعر الجهاز $500 في المتاجر.'), { text: '$500', value: 500, approx: false, unit: '$' })
})

test('reads percentages with the unit %', () => {
  assert.deepEqual(one('بلغت نسبة المشاركة 30 في المئة من الناخبين.'), { text: '30 في المئة', value: 30, approx: false, unit: '%' })
  assert.equal(one('تراجع الإنفاق 1.35 بالمئة.').unit, '%')
  assert.equal(one('فرض رسوما بواقع 25% على المنتجات.').value, 25)
  assert.equal(one('فرض رسوما بواقع %25 على المنتجات.').value, 25)
})

test('shares the noun of a neighbouring count', () => {
  const got = quantities('تم تبني مشروع القانون بتأييد 62 صوتا مقابل 55، وهو ينص على ذلك.')
  assert.deepEqual(got.map((q) => [q.text, q.value, q.unit]), [['62 صوتا', 62, 'صوتا'], ['55', 55, 'صوتا']])
})

test('leaves years, dates, durations and ordinals out', () => {
  assert.deepEqual(quantities('وقع الاتفاق في عام 2019 ثم في 20 يوليو 2015 واستمر ثلاثة أشهر.'), [])
  assert.deepEqual(quantities('يبلغ من العمر 24 عاما ويلعب في المرحلة الثانية.'), [])
  assert.deepEqual(quantities('أهدى الإمارات البطولة الحادية عشرة في أمسية استثنائية.'), [])
  assert.deepEqual(quantities('توقف اللقاء في الدقيقة الـ25 من الشوط الثاني.'), [])
  assert.deepEqual(quantities('افتتح مهرجان أبها للتسوق الـ17 أمس.'), [])
  assert.deepEqual(quantities('اجتمع وزراء الدول الـ27 في بروكسل.').map((q) => [q.text, q.value]), [['الدول الـ27', 27]])
})

test('leaves phone numbers, identifiers, model names and scores out', () => {
  assert.deepEqual(quantities('للاستفسار اتصل على الرقم 0501234567 أو هاتف 920001234.'), [])
  assert.deepEqual(quantities('صدر القرار رقم 2254 عن مجلس الأمن وفق المادة 5.'), [])
  assert.deepEqual(quantities('قامت مقاتلات اف-16 وطائرات F-35 بطلعات.'), [])
  assert.deepEqual(quantities('رابط الخبر: article/20150724785334 على الموقع.'), [])
  assert.deepEqual(quantities('فاز الفريق 3-1 على ضيفه.'), [])
  assert.deepEqual(quantities('انتقال واحد من الأفراد المصابين إلى العاصمة.'), [])
  // A number word in a name after a kunya (France 24, 2018).
  assert.deepEqual(quantities('رأى وصول سفينة إلى قاعدة أبو ستة البحرية.').map((q) => q.text), [])
})

test('reads a number spelled out again after its digits once (Al-Riyadh, 2015)', () => {
  const got = quantities('يخدم نحو 1800000 مليون وثمانمائة ألف نسمة، و2500 مليون دولار للمشاريع.')
  assert.deepEqual(got.map((q) => [q.text, q.value]), [['نحو 1800000 مليون وثمانمائة ألف نسمة', 1800000], ['2500 مليون دولار', 2500000000]])
})

test('never gives a value beyond the range of doubles', () => {
  const huge = '9'.repeat(400)
  assert.deepEqual(quantities(`سجل العداد ${huge} مليار نقطة.`), [])
  const big = one('بلغ الدين العالمي 300 تريليون دولار.')
  assert.equal(big.value, 3e14)
  // 20 significant digits do not fit a double exactly: the nearest double, never Infinity or NaN.
  const q = quantities('بلغت الخسائر 12345678901234567890 مليار دولار.')
  for (const x of q) assert.ok(Number.isFinite(x.value))
})

test('never throws on odd text', () => {
  for (const s of ['', 'ألف', 'و', '%', '$', '1', 'الـ', 'مليار مليار مليار', '٫٫٫', '1,2,3,4', 'نصف']) {
    assert.doesNotThrow(() => quantities(s))
  }
})
