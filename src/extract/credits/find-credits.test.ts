import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyze } from '../../pipeline/analyze.js'
import { findCredits } from './find-credits.js'
import { findNames } from './person-names.js'
import { loadWireFixtures } from '../../../test/fixtures/wire/load-wire-fixtures.js'
import { goldFiles, HAS_SHARED as hasShared } from '../../../test/shared.js'


/** Credits as readable strings (`role agency | span | name, name`), through analyze() so the dateline is read too. */
function read(text: string): string[] {
  const r = analyze(text)
  return r.credits.map((c) => `${c.role} ${c.agency} | ${text.slice(...c.span)} | ${c.names.map((n) => text.slice(...n.span)).join(', ')}`)
}

test('splits names at commas and at a joining و, and drops titles', () => {
  const t = 'ماجد هود ومحمد المرحبي، الكاتب كيم تونغ هيونغ، الدكتور عامر السبايلة'
  assert.deepEqual(findNames(t, [0, t.length]).map((s) => t.slice(...s)), ['ماجد هود', 'محمد المرحبي', 'كيم تونغ هيونغ', 'عامر السبايلة'])
  const u = 'من قسم المتابعة الإعلامية'
  assert.deepEqual(findNames(u, [0, u.length]), [])
})

test('contributor line of the seed article: name without its title, agency AP', () => {
  const text = 'وقد ركز كيم على توسيع قدرات جيشه المسلح نووياً.\n\n__ ساهم الكاتب كيم تونغ هيونغ في وكالة أسوشيتد برس من سيول، كوريا الجنوبية.\n\nشاركها.'
  const [c] = findCredits(text, null)
  assert.ok(c)
  assert.equal(text.slice(...c.span), 'ساهم الكاتب كيم تونغ هيونغ في وكالة أسوشيتد برس من سيول، كوريا الجنوبية.')
  assert.equal(c.role, 'contributor')
  assert.deepEqual(c.names.map((n) => text.slice(...n.span)), ['كيم تونغ هيونغ'])
  assert.equal(c.agency, 'AP')
})

test('the byline before a Sabq dateline is a credit, the outlet opening without a place too', () => {
  assert.deepEqual(read('نافل السبيعي –سبق- المجمعة: افتتح محافظ المجمعة مهرجان الصيف.'), ['author Sabq | نافل السبيعي | نافل السبيعي'])
  assert.deepEqual(read('عبدالله البرقاوي- سبق- الرياض: تمكّن رجال الجمارك بمنفذ سلوى من إحباط محاولة تهريب.'), ['author Sabq | عبدالله البرقاوي | عبدالله البرقاوي'])
  assert.deepEqual(read('سبق- متابعة: أطلقت روسيا مؤخراً أول دفعة تجريبية في العالم من البطاريات النووية.'), ['author Sabq | سبق- متابعة: | '])
  assert.deepEqual(read('وليد الشهري- سبق: صادقت محكمة الاستئناف في مدينة دبي على قرار محكمة الجنايات.'), ['author Sabq | وليد الشهري- سبق: | وليد الشهري'])
})

test('Ain Alyoum and Arreyadi bylines, with or without a place', () => {
  assert.deepEqual(read('لجين الأحمدي – عين اليوم\n استنكرت الكاتبة الصحافية كوثر الأربش ما حدث في المسجد.'), ['author Ain Alyoum | لجين الأحمدي – عين اليوم | لجين الأحمدي'])
  assert.deepEqual(read('حامد القرشي – مكة المكرمة\n وثق أهل مكة المكرمة الأمطار التي هطلت عصر اليوم.'), ['author null | حامد القرشي | حامد القرشي'])
  assert.deepEqual(read('رصد وتصوير: أحمد حجازي – عين اليوم\nشهد حي الروضة بجدة إقبالا كبيرا على الأسواق.'), ['author Ain Alyoum | رصد وتصوير: أحمد حجازي – عين اليوم | أحمد حجازي'])
  assert.deepEqual(read('جدة ـ عبدالغني الشريف\n\nأكد عضو مجلس إدارة النادي الأهلي أن مدرب الفريق باق.'), ['author null | عبدالغني الشريف | عبدالغني الشريف'])
  assert.deepEqual(read('أصوات تنادي بالاستعانة بالمدرب الأولمبي\nماجد هود ومحمد المرحبي ـ جدة\n\nتباينت ردود أفعال جماهير الاتحاد حول مسؤولية المدرب.'),
    ['author null | ماجد هود ومحمد المرحبي | ماجد هود, محمد المرحبي'])
})

test('cue-word bylines give their roles', () => {
  const text = 'كتب: عمر عبدالعزيز\nأعاد الأهلاويون ترتيب أوراقهم سريعاً.\nترجمة: سارة المحمد\nتحرير: خالد الفرج'
  assert.deepEqual(read(text), ['author null | كتب: عمر عبدالعزيز | عمر عبدالعزيز', 'translator null | ترجمة: سارة المحمد | سارة المحمد', 'editor null | تحرير: خالد الفرج | خالد الفرج'])
})

test('correspondent and editor lines name the outlet', () => {
  assert.deepEqual(read('مدى خطورة بكتيريا إيكولاي؟\nمحررة الصحة لدى بي بي سي: فيليبا روكسبي\nتوجد بكتيريا إيكولاي في الأمعاء، ولا تتسبب معظم سلالاتها في حدوث ضرر.'),
    ['author BBC | محررة الصحة لدى بي بي سي: فيليبا روكسبي | فيليبا روكسبي'])
  assert.deepEqual(read('وأظهرت المسيرة عمق الانقسام في البلاد.\nجوناثان هيد مراسل بي بي سي لشؤون شرق آسيا\nوتقول الحكومة إنها ستواصل الإصلاحات.'),
    ['author BBC | جوناثان هيد مراسل بي بي سي لشؤون شرق آسيا | جوناثان هيد'])
  assert.deepEqual(read('وقال مراسل بي بي سي في نيروبي، فرديناند أوموندي، إن الوضع هادئ.'), [])
})

test('agency sign-offs at the end are credits with the agency and no names', () => {
  assert.deepEqual(read('وارتفع عدد المسلحين الذين قتلهم الجيش إلى 22 على الأقل منذ مطلع العام. (أ ف ب)'), ['author AFP | (أ ف ب) | '])
  assert.deepEqual(read('وقالت الرئاسة إن الاجتماع سيعقد في باريس.\nفرانس24/ أ ف ب'), ['author AFP | فرانس24/ أ ف ب | '])
})

test('a columnist named alone on the last line is the author; an ordinary last sentence is not', () => {
  assert.deepEqual(read('وأصبح العالم مطلعا أيضا على بلادي بلاد الخير في آن واحد.\nرامي عبدالرحمن خياط'), ['author null | رامي عبدالرحمن خياط | رامي عبدالرحمن خياط'])
  assert.deepEqual(read('وتبادل عناصر من الطرفين العناق والتقطوا الصور التذكارية معا.'), [])
  assert.deepEqual(read('وباشر فريق التحقيق إجراءاته في الموقع لمعرفة سبب الحادث.\nوتوافد عدد من الأهالي إلى منزل أسرة الفقيد.'), [])
  assert.deepEqual(read('وقال إن العمل مستمر بنا.\nنعمل معا'), [])
})

test('a name over a paragraph that names it again is a photo caption, not a byline', () => {
  assert.deepEqual(read('عبدالله سيسيه\nتلقى اللاعب البوركيني الدولي عبدالله سيسيه مهاجم الزمالك عرضاً جاداً من النادي المصري البورسعيدي للانتقال إلى صفوفه.'), [])
  assert.deepEqual(read('محمد الحويل\nما من إيجابيات تحملها الذاكرة للدورتين السابقتين وما صاحبهما من اختيار الأعضاء حتى دورهم على الأرض في المجالس.'),
    ['author null | محمد الحويل | محمد الحويل'])
})

test('wire fixtures: every credit matches its golden expectation', () => {
  for (const f of loadWireFixtures()) {
    const got = f.record.credits.map((c) => ({ span: c.span, role: c.role, names: c.names.map((n) => n.span), agency: c.agency }))
    const want = f.expected.credits.map((c) => ({ span: c.span, role: c.role, names: c.names.map((n) => n.span), agency: c.agency }))
    assert.deepEqual(got, want, f.slug)
    for (const c of f.expected.credits) assert.equal(f.text.slice(...c.span), c.text, f.slug)
  }
})

test('the seed article and the dev gold credit names', { skip: !hasShared && 'needs shared/ beside the clone' }, () => {
  const [seed, ...dev] = goldFiles()
  assert.deepEqual(analyze(seed!.gold.text).credits, seed!.gold.credits)
  for (const { name, gold: g } of dev) {
    const names = analyze(g.text, { id: g.id }).credits.flatMap((c) => c.names.map((n) => n.span))
    assert.deepEqual(names, ((g.credits ?? []) as { names: { span: number[] }[] }[]).flatMap((c) => c.names.map((n) => n.span)), name)
  }
})
