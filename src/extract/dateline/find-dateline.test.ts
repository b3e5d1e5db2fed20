import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyze } from '../../pipeline/analyze.js'
import { findDateline } from './find-dateline.js'
import { loadWireFixtures } from '../../../test/fixtures/wire/load-wire-fixtures.js'
import { goldFiles, HAS_SHARED as hasShared } from '../../../test/shared.js'


/** The dateline as readable strings: span text, place text, agency names. */
function read(text: string, window = 160): { span: string; place: string | null; agencies: string[] } | null {
  const d = findDateline(text, window)
  if (!d) return null
  return { span: text.slice(...d.span), place: d.place ? text.slice(...d.place.span) : null, agencies: d.agencies.map((a) => a.name) }
}

test('reads the parenthesized agency of AFP copy: place and agency, dash included', () => {
  const text = 'موسكو (أ ف ب) – زار كبير الدبلوماسيين الكوريين الشماليين الكرملين يوم الاثنين.'
  const d = findDateline(text, 160)!
  assert.deepEqual(d.span, [0, 15])
  assert.deepEqual(d.place!.span, [0, 5])
  assert.deepEqual(d.agencies, [{ span: [7, 12], name: 'AFP' }])
})

test('takes the city alone before the country of a CNN dateline', () => {
  assert.deepEqual(read('دبي، الإمارات العربية المتحدة (CNN)-- رأى الرئيس التركي، رجب طيب أردوغان، الجمعة، أن بلاده ستنتصر.'),
    { span: 'دبي، الإمارات العربية المتحدة (CNN)--', place: 'دبي', agencies: ['CNN'] })
  assert.deepEqual(read('(CNN)-- أفادت تقارير عن وسائل الإعلام السورية سماع دوي انفجارات.'), { span: '(CNN)--', place: null, agencies: ['CNN'] })
})

test('reads a Reuters dateline with a date between place and agency', () => {
  assert.deepEqual(read('سان فرانسيسكو 20 يوليو تموز (رويترز) - قالت شركة أبل يوم الاثنين إن مبيعاتها ارتفعت.'),
    { span: 'سان فرانسيسكو 20 يوليو تموز (رويترز) -', place: 'سان فرانسيسكو', agencies: ['Reuters'] })
})

test('reads place - agency and agency - place openings, leaving the country in parentheses out', () => {
  assert.deepEqual(read('* جنيف - أ.ف.ب: أعلنت منظمة الهجرة الدولية أمس أن أكثر من ألفي مهاجر لقوا مصرعهم.'),
    { span: 'جنيف - أ.ف.ب:', place: 'جنيف', agencies: ['AFP'] })
  assert.deepEqual(read('رويترز - بنغازي (ليبيا): قال تنظيم "داعش" إنه نفذ الهجوم.'),
    { span: 'رويترز - بنغازي (ليبيا):', place: 'بنغازي', agencies: ['Reuters'] })
  assert.deepEqual(read('Next Previous الأحساء- واس\n يواصل مهرجان الأحساء للتسوق والترفيه في نسخته الرابعة فعالياته.'),
    { span: 'الأحساء- واس', place: 'الأحساء', agencies: ['SPA'] })
})

test('reads the SPA first line of place, Hijri and Gregorian dates and واس', () => {
  assert.deepEqual(read('الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس\n تحتفي الرئاسة العامة لرعاية الشباب غداً باليوم العالمي.'),
    { span: 'الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس', place: 'الرياض', agencies: ['SPA'] })
  assert.deepEqual(read('أبهــا 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n استنكر رئيس نادي أبها الأدبي.')?.place, 'أبهــا')
})

test('keeps the city alone in القدس المحتلة', () => {
  assert.deepEqual(read('القدس المحتلة 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس\n اقتحم مستوطنون المسجد الأقصى.'),
    { span: 'القدس المحتلة 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس', place: 'القدس', agencies: ['SPA'] })
})

test('an outlet is not an agency: Sabq and Ain Alyoum datelines have a place and no agency', () => {
  assert.deepEqual(read('سبق- أبها: يستعد مركز سيدات الأعمال التابع للغرفة التجارية لتقديم برامج صيفية.'), { span: 'سبق- أبها:', place: 'أبها', agencies: [] })
  assert.deepEqual(read('عين اليوم – جدة\n بعث خادم الحرمين الشريفين الملك سلمان برقية تهنئة.'), { span: 'عين اليوم – جدة', place: 'جدة', agencies: [] })
  assert.deepEqual(read('الرياضي ـ جدة\n\nعاد الفنان فهد الكبيسي مجدداً إلى مجال الإنشاد.'), { span: 'الرياضي ـ جدة', place: 'جدة', agencies: [] })
  assert.deepEqual(read('عين اليوم – الرياض (تصوير: علي الزهراني)\nافتتح أمير منطقة الرياض المعرض.'), { span: 'عين اليوم – الرياض', place: 'الرياض', agencies: [] })
})

test('leaves the byline out of the dateline, on either side of the place', () => {
  assert.deepEqual(read('أكابر الأحمدي – جدة تبدت سوق عكاظ، في عهدها الجديد، واحة وارفة الظلال.'), { span: 'جدة', place: 'جدة', agencies: [] })
  assert.deepEqual(read('نافل السبيعي –سبق- المجمعة: افتتح محافظ المجمعة مهرجان الصيف.'), { span: 'سبق- المجمعة:', place: 'المجمعة', agencies: [] })
  assert.deepEqual(read('حامد القرشي – مكة المكرمة\n وثق أهل مكة المكرمة الأمطار التي هطلت عصر اليوم.'), { span: 'مكة المكرمة', place: 'مكة المكرمة', agencies: [] })
  assert.deepEqual(read('جدة ـ عبدالغني الشريف\n\nأكد عضو مجلس إدارة النادي الأهلي أن مدرب الفريق باق.'), { span: 'جدة ـ', place: 'جدة', agencies: [] })
})

test('an outlet or a byline with no place is no dateline', () => {
  for (const text of [
    'سبق- متابعة: أطلقت روسيا مؤخراً أول دفعة تجريبية في العالم من البطاريات النووية.',
    'لجين الأحمدي – عين اليوم\n استنكرت الكاتبة الصحافية كوثر الأربش ما حدث.',
    'عين اليوم – متابعات\nتوصل علماء إلى طريقة جديدة للكشف عن أخطر انواع السرطان.',
    'معتز التلا - ممثل سوري\nأفكِّر في كثير من الخيارات، لكن ما يهمُّني من الزمن.',
  ]) assert.equal(findDateline(text, 160), null, text)
})

test('a sentence that begins with a city is no dateline', () => {
  for (const text of [
    'جدة والرياض ومدن أخرى في بلادنا تنتابها اختناقات مرورية، تجعل في بعض الأحيان حياة أهلها صعبة.',
    'جدة التي عانت لعقود من توقف التنمية فيها لعدة أسباب يعود معظمها لتراخي بعض المسؤولين.',
    'قال مسؤول في تايلاند، أمس: إن شخصا لقي حتفه وأصيب عدد آخر بعدما تحطمت حافلة سياحية.',
    'ذكرت وكالة الأنباء البحرينية (بنا)، الأحد، تفاصيل حادثة تهديد مقاتلات قطرية لطائرة مدنية.',
    'قالت وكالة الأنباء السعودية (واس)، الاثنين، إن قوات الدفاع الجوي دمرت صاروخا باليستيا.',
    'نعمل معا - بنا نبني الوطن\nقال الوزير إن المرحلة المقبلة تتطلب العمل المشترك.',
    'لم تهدأ الأزمة الكندية -السعودية منذ أن غرد السفير الكندي في السعودية دانيس هوراك على حسابه في تويتر.',
  ]) assert.equal(findDateline(text, 160), null, text)
})

test('a dateline must end inside the window', () => {
  const text = 'موسكو (أ ف ب) – زار وفد كوري شمالي الكرملين.'
  assert.equal(findDateline(text, 10), null)
  assert.notEqual(findDateline(text, 20), null)
})

test('never throws on odd input', () => {
  for (const text of ['', ' ', '\n\n', '(', ')--', 'أ', '(CNN)', 'x'.repeat(10_000), '\uD800 موسكو (أ ف ب) –']) findDateline(text, 160)
})

test('wire fixtures: every dateline matches its golden expectation', () => {
  for (const f of loadWireFixtures()) {
    const d = f.record.dateline
    const e = f.expected.dateline
    if (!e) { assert.equal(d, null, f.slug); continue }
    assert.ok(d, f.slug)
    assert.deepEqual(d.span, e.span, f.slug)
    assert.equal(f.text.slice(...d.span), e.text, f.slug)
    assert.deepEqual(d.place?.span ?? null, e.place?.span ?? null, f.slug)
    assert.deepEqual(d.agencies.map((a) => [a.span, a.name]), e.agencies.map((a) => [a.span, a.name]), f.slug)
  }
})

test('the seed article and the dev gold datelines', { skip: !hasShared && 'needs shared/ beside the clone' }, () => {
  const [seed, ...dev] = goldFiles()
  assert.deepEqual(analyze(seed!.gold.text).dateline, seed!.gold.dateline)
  for (const { name, gold: g } of dev) {
    const d = analyze(g.text, { id: g.id, published: g.published }).dateline
    const want = g.dateline as { place: { span: number[] } | null; agencies: { name: string }[] } | null
    if (!want) { assert.equal(d, null, name); continue }
    assert.deepEqual(d?.place?.span ?? null, want.place?.span ?? null, name)
    assert.deepEqual(d?.agencies.map((a) => a.name), want.agencies.map((a) => a.name), name)
  }
})
