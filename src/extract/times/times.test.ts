import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import * as publicSurface from './index.js'
import { resolveTimeExpression, timesStage } from './index.js'
import { prepareWithWire } from '../../../test/wire.js'
import { goldFiles, NEEDS_SHARED } from '../../../test/shared.js'
import { analyze } from '../../pipeline/analyze.js'

/** Runs the stage on `text` and returns each time as `[mention, value]`. */
function times(text: string, published: string | null): [string, string | null][] {
  const doc = prepareWithWire(text, published)
  timesStage.run(doc, { reference: published ? published.slice(0, 10) : null, limits: { maxTextLength: 1e6, maxQuoteLength: 1e4, datelineWindow: 160 } })
  return doc.get('times').map((t) => [text.slice(t.span[0], t.span[1]), t.value])
}

/** The value the stage gives the mention `m` in `text` (the first one), or undefined when not found. */
function valueOf(text: string, published: string | null, m: string): string | null | undefined {
  return times(text, published).find(([s]) => s === m)?.[1]
}

const SEED = JSON.parse(readFileSync(new URL('../../../test/fixtures/times/seed-article/expected.json', import.meta.url), 'utf8')) as {
  published: string
  times: { span: [number, number]; value: string }[]
}
const SEED_TEXT = readFileSync(new URL('../../../test/fixtures/times/seed-article/input.txt', import.meta.url), 'utf8')

test('pins the public surface of times', () => {
  assert.deepEqual(Object.keys(publicSurface).sort(), ['resolveTimeExpression', 'timesStage'])
  assert.equal(timesStage.name, 'times')
  assert.deepEqual(timesStage.requires, ['boilerplate'])
  assert.deepEqual(timesStage.provides, ['times'])
})

test('finds the ten times of the seed article with their values', () => {
  const doc = prepareWithWire(SEED_TEXT, SEED.published)
  timesStage.run(doc, { reference: SEED.published, limits: { maxTextLength: 1e6, maxQuoteLength: 1e4, datelineWindow: 160 } })
  const got = doc.get('times')
  assert.equal(got.length, 10)
  assert.deepEqual(got.map((t) => [t.span[0], t.span[1], t.value]), SEED.times.map((t) => [t.span[0], t.span[1], t.value]))
})

test('every span is in bounds, sorted, non-empty and without edge spaces', () => {
  const text = SEED_TEXT + '\n' + 'وصل الوفد أول أمس، ويغادر غدا، على أن يعود بعد غد. وقبيل الساعة 04,00 (01,00 تغ) قامت المقاتلات.'
  const doc = prepareWithWire(text, '2025-10-28')
  timesStage.run(doc, { reference: '2025-10-28', limits: { maxTextLength: 1e6, maxQuoteLength: 1e4, datelineWindow: 160 } })
  let last = -1
  for (const t of doc.get('times')) {
    const [s, e] = t.span
    assert.ok(s >= 0 && e <= text.length && e > s, `span ${s},${e}`)
    assert.ok(s >= last, 'sorted and not overlapping')
    assert.equal(text.slice(s, e).trim(), text.slice(s, e))
    last = e
  }
})

// Tuesday 2025-10-28, as in the seed article.
const TUE = '2025-10-28'

test('resolves weekdays to the last such day unless the future is marked', () => {
  assert.equal(valueOf('التقى الزعيمان في الكرملين يوم الاثنين لإجراء محادثات.', TUE, 'يوم الاثنين'), '2025-10-27')
  assert.equal(valueOf('نقلت وسائل الإعلام الرسمية في كوريا الشمالية، الثلاثاء.', TUE, 'الثلاثاء'), '2025-10-28')
  assert.equal(valueOf('وقالت الوزارة الخميس إنها رفضت العرض.', TUE, 'الخميس'), '2025-10-23')
  // `سيبدأ` and `لن` look ahead; `المقبل` and `الماضي` decide alone.
  assert.equal(valueOf('قالت المفوضية إن الاتحاد سيبدأ من يوم الجمعة فرض رسوم استيراد.', TUE, 'يوم الجمعة'), '2025-10-31')
  assert.equal(valueOf('قبل موقعة الاحد المقبل ضد تشلسي حامل اللقب.', TUE, 'الاحد المقبل'), '2025-11-02')
  assert.equal(valueOf('وأعلنت المنظمة، الجمعة الماضية، عن خطتها.', TUE, 'الجمعة الماضية'), '2025-10-24')
  assert.equal(valueOf('وقال إنه تحدث إلى الوزير يوم الثلاثاء الماضي.', TUE, 'يوم الثلاثاء الماضي'), '2025-10-21')
})

test('joins yesterday, today and tomorrow with the weekday they name', () => {
  assert.equal(valueOf('شن سلاح الجو التركي امس الجمعة اولى غاراته على مواقع التنظيم.', '2015-07-25', 'امس الجمعة'), '2015-07-24')
  assert.equal(valueOf('قالت المفوضية الأوروبية اليوم الأربعاء، إن الاتحاد سيرد.', '2018-06-20', 'اليوم الأربعاء'), '2018-06-20')
  assert.equal(valueOf('وستقام المباراة مساء اليوم الثلاثاء على استاد برج العرب.', '2015-07-21', 'مساء اليوم الثلاثاء'), '2015-07-21TEV')
  assert.equal(valueOf('يلعب الفريق الأحد 19 مارس 2017 بداية من الساعة الرابعة.', '2017-03-16', 'الأحد 19 مارس 2017'), '2017-03-19')
  // Published on Friday, written on Wednesday (Ain Alyoum, 2015): the weekday decides.
  assert.equal(valueOf('تواصلت فعاليات مهرجان الرياضات الشعبية، أمس الثلاثاء، حيث انطلقت الألعاب.', '2015-07-24', 'أمس الثلاثاء'), '2015-07-21')
})

test('resolves relative days and parts of the day', () => {
  const got = times('وصل الوفد أول أمس، ويغادر غدا، على أن يعود بعد غد. وقال الليلة إن صباح اليوم كان هادئا، ومساء أمس عاصفا.', TUE)
  assert.deepEqual(got, [
    ['أول أمس', '2025-10-26'], ['غدا', '2025-10-29'], ['بعد غد', '2025-10-30'], ['الليلة', '2025-10-28TNI'],
    ['صباح اليوم', '2025-10-28TMO'], ['مساء أمس', '2025-10-27TEV'],
  ])
  assert.equal(valueOf('وقد وصل بالأمس الجهاز الفني للفريق.', '2018-04-01', 'الأمس'), '2018-03-31')
  assert.equal(valueOf('ومن المقرر أن يصل الوفد صباح الغد إلى الرياض.', TUE, 'صباح الغد'), '2025-10-29TMO')
})

test('reads اليوم as the present after حتى and as nothing in names', () => {
  assert.equal(valueOf('نفذوا أنشطة نزع الألغام منذ العام 2015م وحتى اليوم أنشطة مختلفة.', '2018-04-05', 'اليوم'), 'PRESENT_REF')
  assert.equal(valueOf('وتواصلت «عين اليوم» مع المتحدث الرسمي.', TUE, 'اليوم'), undefined)
  assert.equal(valueOf('احتفلت المملكة باليوم الوطني في أنحاء البلاد.', TUE, 'اليوم'), undefined)
})

test('gives quoted «today» the day the story is on', () => {
  const text = 'شن سلاح الجو التركي امس الجمعة غارات. وصرح رئيس الوزراء: «إن العمليات التي بدأت اليوم ليست آنية».'
  assert.equal(valueOf(text, '2015-07-25', 'اليوم'), '2015-07-24')
})

test('resolves relative periods', () => {
  assert.deepEqual(times('سيعقد الاجتماع الأسبوع المقبل، بعد أن عقد الأسبوع الماضي، وفي الشهر المقبل، والعام الماضي، ومطلع الشهر الجاري.', TUE), [
    ['الأسبوع المقبل', '2025-W45'], ['الأسبوع الماضي', '2025-W43'], ['الشهر المقبل', '2025-11'], ['العام الماضي', '2024'],
    ['مطلع الشهر الجاري', '2025-10'],
  ])
  assert.equal(valueOf('أرسلت كوريا الشمالية في الأشهر الأخيرة آلاف القوات.', TUE, 'الأشهر الأخيرة'), 'PAST_REF')
  assert.equal(valueOf('ستشهد المنطقة خلال الأيام المقبلة تحركات.', TUE, 'الأيام المقبلة'), 'FUTURE_REF')
  assert.equal(valueOf('وشهدت الليرة التركية تراجعا في الفترة الأخيرة.', TUE, 'الفترة الأخيرة'), 'PAST_REF')
  assert.equal(valueOf('وكانت الحكومة انتقدت في وقت سابق دعم الأمم المتحدة.', TUE, 'وقت سابق'), 'PAST_REF')
  assert.equal(valueOf('لم يتم إقرار أي قانون حتى الآن في دولة إسرائيل.', TUE, 'الآن'), 'PRESENT_REF')
  assert.equal(valueOf('أرسلت منظمة الصحة العالمية مؤخرا لقاحا إلى الكونغو.', TUE, 'مؤخرا'), 'PAST_REF')
  assert.equal(valueOf('وتوقع أن يحصل قريبا على الموافقة.', TUE, 'قريبا'), 'FUTURE_REF')
  assert.equal(valueOf('وتستعد الشركة هذا العام لإطلاق منتجات.', TUE, 'هذا العام'), '2025')
  assert.equal(valueOf('عقدت الحكومة أوائل العام الحالي اجتماعات.', TUE, 'أوائل العام الحالي'), '2025')
  // `الأمين العام السابق` is a former office-holder, not last year.
  assert.equal(valueOf('قال الأمين العام السابق للأمم المتحدة إن الحل ممكن.', TUE, 'العام السابق'), undefined)
})

test('counts back from the publication date for قبل and منذ', () => {
  assert.deepEqual(times('قتل قبل ثلاثة أيام، وأصيب منذ أسبوعين، وسجن لمدة ثلاثة أشهر.', TUE), [
    ['قبل ثلاثة أيام', '2025-10-25'], ['منذ أسبوعين', '2025-W42'], ['ثلاثة أشهر', 'P3M'],
  ])
  assert.equal(valueOf('كما توج قبل ايام بلقب الكأس السوبر.', '2015-08-11', 'قبل ايام'), 'PAST_REF')
  assert.equal(valueOf('أدى تمردها المستمر منذ ست سنوات الى مقتل الآلاف.', '2015-07-26', 'منذ ست سنوات'), '2009')
  // Counted from an event, not from the publication date: a duration.
  assert.equal(valueOf('وتأتي المواجهة بعد ثلاثة أيام على الهجوم الانتحاري.', '2015-07-25', 'ثلاثة أيام'), 'P3D')
})

test('reads durations, ages and sets', () => {
  const got = times('يبلغ من العمر 24 عاما، وهو في العشرين من عمره، واستمرت المعارك 4 أشهر، وبعد حوالى شهر، لعدة أعوام مقبلة، وثلاثة أعوام أخرى، ويومياً.', TUE)
  assert.deepEqual(got, [
    ['24 عاما', 'P24Y'], ['العشرين من عمره', 'P20Y'], ['4 أشهر', 'P4M'], ['حوالى شهر', 'P1M'], ['عدة أعوام مقبلة', 'PXY'],
    ['ثلاثة أعوام أخرى', 'P3Y'], ['يومياً', 'P1D'],
  ])
  assert.equal(valueOf('ستدخل القوات مدينة عفرين "خلال ساعات" للتصدي لأي هجوم.', TUE, 'ساعات'), 'PTXH')
  assert.equal(valueOf('وعاد بعد نصف ساعة إلى مكتبه.', TUE, 'نصف ساعة'), 'PT30M')
  assert.equal(valueOf('عاش هناك عامين ونصف قبل أن يعود.', TUE, 'عامين'), 'P2Y')
})

test('reads named months in every regional set, and their pairs', () => {
  const got = times('في 20 يوليو تموز 2015 وفي يوليو/تموز وفي شباط (فبراير) الماضي وفي كانون الثاني وفي 5 جانفي 2017 وفي جويلية وفي أوت 2016 وفي يوليوز 2014 وفي غشت الماضي وفي 21 أغسطس/آب.', TUE)
  assert.deepEqual(got, [
    ['20 يوليو تموز 2015', '2015-07-20'], ['يوليو/تموز', '2025-07'], ['شباط (فبراير) الماضي', '2025-02'], ['كانون الثاني', '2025-01'],
    ['5 جانفي 2017', '2017-01-05'], ['جويلية', '2025-07'], ['أوت 2016', '2016-08'], ['يوليوز 2014', '2014-07'], ['غشت الماضي', '2025-08'],
    ['21 أغسطس/آب', '2025-08-21'],
  ])
  assert.equal(valueOf('كانت موجودة في آذار (مارس) الماضي، لكن ليس في تموز (يوليو) الجاري.', '2015-07-22', 'تموز (يوليو) الجاري'), '2015-07')
})

test('keeps مارس the verb and آب the father out of months', () => {
  assert.equal(valueOf('وقال إن الوزير مارس ضغوطا كبيرة على الشركات.', TUE, 'مارس'), undefined)
  assert.equal(valueOf('قد تسمع من أم أو أب أن الحلال حلال.', TUE, 'أب'), undefined)
  assert.equal(valueOf('ارتفعت الإيرادات في مارس إلى 463 مليون دولار.', '2018-04-16', 'مارس'), '2018-03')
})

test('resolves bare months back, or ahead in the future tense', () => {
  assert.equal(valueOf('وأثار القرار أعمال عنف بالتزامن مع معركة كوباني في أكتوبر.', '2015-07-25', 'أكتوبر'), '2014-10')
  assert.equal(valueOf('في الانتخابات التي ستُجرى في نوفمبر.', '2018-06-20', 'نوفمبر'), '2018-11')
  assert.equal(valueOf('احتفت الميليشيا باليوم العالمي للتوعية بمخاطر الألغام (4 أبريل).', '2018-04-05', '4 أبريل'), '2018-04-04')
})

test('resolves across month and year boundaries', () => {
  const got = times('قال في ديسمبر الماضي إنه سيعود في يناير المقبل، وفي الشهر الماضي، وفي الأسبوع الماضي، والعام الماضي، وأمس.', '2025-01-02')
  assert.deepEqual(got, [
    ['ديسمبر الماضي', '2024-12'], ['يناير المقبل', '2026-01'], ['الشهر الماضي', '2024-12'], ['الأسبوع الماضي', '2024-W52'],
    ['العام الماضي', '2024'], ['أمس', '2025-01-01'],
  ])
  assert.equal(valueOf('وقال أمس إن الاتفاق تأخر.', '2025-03-01', 'أمس'), '2025-02-28')
  assert.equal(valueOf('وأعلن الأسبوع الماضي عن الخطة.', '2021-01-06', 'الأسبوع الماضي'), '2020-W53')
})

test('knows leap years', () => {
  assert.equal(valueOf('أعلن أمس الخميس عن الخطة.', '2024-03-01', 'أمس الخميس'), '2024-02-29')
  assert.equal(valueOf('وقع الاتفاق في 29 فبراير 2024 في الدوحة.', TUE, '29 فبراير 2024'), '2024-02-29')
  // No such day: found, but no value.
  assert.equal(valueOf('وقع الاتفاق في 29 فبراير 2023 في الدوحة.', TUE, '29 فبراير 2023'), null)
  assert.equal(valueOf('وقال أمس إن الاتفاق تأخر.', '2000-03-01', 'أمس'), '2000-02-29')
  assert.equal(valueOf('وقال أمس إن الاتفاق تأخر.', '1900-03-01', 'أمس'), '1900-02-28')
})

test('reads numeric dates, years, decades and centuries', () => {
  const got = times('صدر في 2015/7/20 وفي 20-7-2015 وفي ٢٠١٥ وفي عام 2019 وفي الثمانينيات وفي تسعينات القرن الماضي وفي القرن التاسع عشر وفي القرن الـ21', TUE)
  assert.deepEqual(got, [
    ['2015/7/20', '2015-07-20'], ['20-7-2015', '2015-07-20'], ['٢٠١٥', '2015'], ['عام 2019', '2019'], ['الثمانينيات', '198'],
    ['تسعينات القرن الماضي', '199'], ['القرن التاسع عشر', '18'], ['القرن الـ21', '20'],
  ])
  assert.equal(valueOf('في العام ألف وتسعمائة وستة وتسعين، لم يكن أحد ليستوعب ما يحدث.', '2018-04-01', 'العام ألف وتسعمائة وستة وتسعين'), '1996')
  assert.equal(valueOf('نفذوا بدعم من البرنامج منذ العام 2015م أنشطة.', '2018-04-05', 'العام 2015م'), '2015')
  assert.equal(valueOf('دافع عن ألوان تشلسي بين 2012 و2014 دون أن يتمكن من فرض نفسه.', '2015-08-11', '2014'), '2014')
  assert.equal(valueOf('من المتوقع وصول معدل التضخم إلى 4 بالمئة في 2015 ارتفاعا من 3 بالمئة.', '2015-07-23', '2015'), '2015')
})

test('leaves counts in the year range to quantities', () => {
  assert.equal(valueOf('وأوقفت الشرطة 2000 شخص في إطار الحملة.', TUE, '2000'), undefined)
  assert.equal(valueOf('بلغت قيمة الصفقة نحو 2020 مليون دولار.', TUE, '2020'), undefined)
})

test('reads ordinal days of a month', () => {
  assert.deepEqual(times('منذ الحادي والعشرين من الشهر الماضي، وفي العشرين من هذا الشهر، وفي الخامس من يناير', '2018-02-20'), [
    ['الحادي والعشرين من الشهر الماضي', '2018-01-21'], ['العشرين من هذا الشهر', '2018-02-20'], ['الخامس من يناير', '2018-01-05'],
  ])
  assert.equal(valueOf('الانتخابات التي أجريت في الـ12 من مايو الجاري.', '2018-05-27', 'الـ12 من مايو الجاري'), '2018-05-12')
  // `من الشهر ذاته`: the month last named, not the publication's.
  assert.deepEqual(times('وستجرى مباريات الذهاب في الثامن من مارس القادم، على أن تكون العودة في الخامس عشر من الشهر ذاته.', '2018-02-23'), [
    ['الثامن من مارس القادم', '2018-03-08'], ['الخامس عشر من الشهر ذاته', '2018-03-15'],
  ])
  assert.equal(valueOf('بدأت الجولة في الثالث من أبريل، وتنتهي في العشرين من نفس الشهر.', '2018-02-23', 'العشرين من نفس الشهر'), '2018-04-20')
})

test('resolves seasons', () => {
  assert.equal(valueOf('أرسلت 15 ألف جندي إلى روسيا منذ الخريف الماضي.', TUE, 'الخريف الماضي'), '2024-FA')
  assert.equal(valueOf('جاهدا هذا الصيف لضم اللاعب.', '2015-08-11', 'هذا الصيف'), '2015-SU')
  assert.equal(valueOf('إذا كانت هناك انتخابات مبكرة في فصل الخريف فسيفوز.', '2015-07-22', 'فصل الخريف'), '2015-FA')
  assert.equal(valueOf('ضربت موجة برد البلاد في الشتاء الماضي.', '2024-03-01', 'الشتاء الماضي'), '2023-WI')
  assert.equal(valueOf('انطلقت ثورات الربيع العربي في تونس.', TUE, 'الربيع'), undefined)
  assert.equal(valueOf('كان أفضل لاعب في فولفسبورغ الموسم الماضي.', '2015-08-11', 'الموسم الماضي'), null)
})

test('a bare weekday is the same day as that weekday named earlier in the article', () => {
  // Jawhara FM, Sunday 2016-06-26: the later `يوم الإثنين` is tomorrow's Monday, not last week's.
  const text = 'تشهد مناطق بالعاصمة اضطرابات في توزيع المياه غدا الاثنين 27 جوان 2016.\nوأوضحت الشركة في بلاغ أصدرته اليوم الأحد، أن هذه الإضطرابات ستسجل ابتداء من الساعة السادسة صباحا إلى الثالثة بعد الزوال من يوم الإثنين.'
  assert.equal(valueOf(text, '2016-06-26', 'يوم الإثنين'), '2016-06-27')
  // Without the earlier mention, a past-tense report keeps last Monday.
  assert.equal(valueOf('وقعت الحادثة يوم الإثنين في العاصمة.', '2016-06-26', 'يوم الإثنين'), '2016-06-20')
})

test('converts Hijri dates and months to the Gregorian calendar', () => {
  assert.deepEqual(times('وقعت في 12 شوال 1436هـ وسيحل رمضان المقبل وفي 1 محرم 1447 هـ وفي ربيع الأول الماضي', TUE), [
    ['12 شوال 1436هـ', '2015-07-28'], ['رمضان المقبل', '2026-03'], ['1 محرم 1447 هـ', '2025-06-26'], ['ربيع الأول الماضي', '2025-09'],
  ])
  assert.equal(valueOf('أعلنت الهيئة الباحة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م.', '2015-08-10', '25 شوال 1436 هـ'), '2015-08-10')
  assert.equal(valueOf('عقد المؤتمر يوم الخميس 14 / 10 / 1436ه في جدة.', '2015-07-31', 'يوم الخميس 14 / 10 / 1436ه'), '2015-07-30')
  assert.equal(valueOf('حقق خلال عام 1435هـ الماضي نتائج جيدة.', '2015-07-23', 'عام 1435هـ'), '2014')
  // `ذوالقعدة` run together (Al-Eqtisadiya, 2015).
  assert.deepEqual(times('يقام المهرجان خلال الفترة من 4 شوال إلى 6 ذوالقعدة من العام الجاري.', '2015-07-24'), [
    ['4 شوال', '2015-07-20'], ['6 ذوالقعدة من العام الجاري', '2015-08-21'],
  ])
  // `رجب` is a name here: no cue of a month.
  assert.equal(valueOf('قال الرئيس التركي رجب طيب أردوغان إن بلاده ستنتصر.', TUE, 'رجب'), undefined)
})

test('anchors clock times to the day the narrative is on', () => {
  const got = times('شن سلاح الجو التركي امس الجمعة غارات. إلى ذلك، وقبيل الساعة 04,00 (01,00 تغ) قامت ثلاث مقاتلات بقصف مواقع.', '2015-07-25')
  assert.deepEqual(got, [['امس الجمعة', '2015-07-24'], ['الساعة 04,00', '2015-07-24T04:00'], ['01,00 تغ', '2015-07-24T01:00']])
  assert.equal(valueOf('تبدأ الجلسة عند الساعة الثامنة مساء.', TUE, 'الساعة الثامنة مساء'), '2025-10-28T20:00')
  assert.equal(valueOf('أسفر الهجوم عن قتلى في سوروتش قبيل ظهر الاثنين.', '2015-07-25', 'ظهر الاثنين'), '2015-07-20T12:00')
})

test('gives null, never a guess, to what needs an unknown publication date', () => {
  assert.deepEqual(times('التقى الزعيمان يوم الاثنين، وفي الشهر الماضي، وفي عام 2019، وفي 12 شوال 1436هـ، ولمدة ثلاثة أشهر.', null), [
    ['يوم الاثنين', null], ['الشهر الماضي', null], ['عام 2019', '2019'], ['12 شوال 1436هـ', '2015-07-28'], ['ثلاثة أشهر', 'P3M'],
  ])
})

test('resolveTimeExpression serves the command line, with a date or a date-time', () => {
  assert.deepEqual(resolveTimeExpression('الشهر الماضي', '2025-10-28'), [{ span: [0, 12], value: '2025-09' }])
  assert.deepEqual(resolveTimeExpression('الشهر الماضي', '2018-07-31T10:44:25+00:00'), [{ span: [0, 12], value: '2018-06' }])
  assert.deepEqual(resolveTimeExpression('الشهر الماضي', null), [{ span: [0, 12], value: null }])
  assert.deepEqual(resolveTimeExpression('الشهر الماضي', 'not a date'), [{ span: [0, 12], value: null }])
  assert.deepEqual(resolveTimeExpression('', '2025-10-28'), [])
  assert.throws(() => resolveTimeExpression(42 as unknown as string, null), TypeError)
})

test('never throws on odd text', () => {
  for (const s of ['', '   ', 'hello 2019', '\uD800 يوم الاثنين', 'الساعة', 'قبل', 'الـ', '1/2/3', '99999999999999999999 عاما', 'ال'.repeat(500)]) {
    assert.doesNotThrow(() => times(s, TUE))
  }
})

test('leaves the times of related-story boilerplate out (CNN Arabic, dev 047)', NEEDS_SHARED, () => {
  const file = goldFiles().find((f) => f.name.startsWith('047'))
  assert.ok(file, 'dev gold 047 is in shared/gold/dev')
  const g = file.gold
  const r = analyze(g.text, { published: g.published })
  assert.ok(r.boilerplate.some((b) => b.kind === 'related'), 'the related stories are found')
  const inside = (s: readonly [number, number]): boolean => r.boilerplate.some((b) => s[0] >= b.span[0] && s[1] <= b.span[1])
  assert.deepEqual(r.times.filter((t) => inside(t.span)).map((t) => g.text.slice(t.span[0], t.span[1])), [])
  assert.deepEqual(r.quantities.filter((q) => inside(q.span)).map((q) => g.text.slice(q.span[0], q.span[1])), [])
  // The story's own times stay.
  assert.ok(r.times.length >= 3)
})
