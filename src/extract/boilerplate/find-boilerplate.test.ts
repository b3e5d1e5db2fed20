import { test } from 'node:test'
import assert from 'node:assert/strict'
import { analyze } from '../../pipeline/analyze.js'
import { findBoilerplate } from './find-boilerplate.js'
import { loadWireFixtures } from '../../../test/fixtures/wire/load-wire-fixtures.js'
import { goldFiles, HAS_SHARED as hasShared } from '../../../test/shared.js'

const NONE = { dateline: null, credits: [], title: null, outlet: null } as const

/** Boilerplate as readable strings: `kind | text`. */
function read(text: string): string[] {
  return findBoilerplate(text, NONE).map((b) => `${b.kind} | ${text.slice(...b.span)}`)
}

test('share prompts: a whole line with its full stop, and Okaz\'s opening phrase on the story line', () => {
  assert.deepEqual(read('وقد ركز كيم على توسيع قدرات جيشه.\n\nشاركها.'), ['share | شاركها.'])
  assert.deepEqual(read('شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك انفجرت عبوة ناسفة، أمس بكشك مرور أمام محكمة مصر الجديدة.'),
    ['share | شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك'])
  assert.deepEqual(read('شارك الوزير في افتتاح المعرض.\nشارك 5 فرق إنجليزية في دور الستة عشر.'), [])
})

test('read-also lines are related, with their title', () => {
  assert.deepEqual(read('وتأهلت الشقيقتان إلى النهائي.\nاقرأ أيضا: الشقيقتان ويليامز في نهائي استراليا المفتوحة للتنس\nوتلعب سيرينا غدا.'),
    ['related | اقرأ أيضا: الشقيقتان ويليامز في نهائي استراليا المفتوحة للتنس'])
  assert.deepEqual(read('نص الخبر.\nقد يهمك.. ولايتي: منعنا سقوط سوريا والعراق وقطر\nشاهد.. زوكربيرغ يظهر بكابيتول هيل قبيل جلسة استماع حول فيسبوك'),
    ['related | قد يهمك.. ولايتي: منعنا سقوط سوريا والعراق وقطر', 'related | شاهد.. زوكربيرغ يظهر بكابيتول هيل قبيل جلسة استماع حول فيسبوك'])
})

test('BBC: the rule and the app promotion', () => {
  const text = 'لكن شركة توماس كوك السياحية قالت في وقت سابق إن خبرائها لا يعتقدون ذلك.\n------------------\nيمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول.'
  assert.deepEqual(read(text), ['other | ------------------', 'ad | يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول.'])
})

test('SPA trailer, Al-Weeam link, reprint and disclaimer lines', () => {
  assert.deepEqual(read('وضمت قافلة الشمال 29 سفينة.\n // انتهى //\n15:22 ت م'), ['other | // انتهى //', 'other | 15:22 ت م'])
  assert.deepEqual(read('وتعيين العقيد الركن ناصر عبدالله هادي قيس.\nرابط الخبر بصحيفة الوئام: الرئيس اليمني يعين محافظين جدد لأبين ولحج'),
    ['other | رابط الخبر بصحيفة الوئام: الرئيس اليمني يعين محافظين جدد لأبين ولحج'])
  assert.deepEqual(read('في كل الصور كان سموه الحلم.\n*نقلاً عن الاتحاد الإماراتية\n** جميع المقالات المنشورة تمثل رأي كتابها فقط.'),
    ['other | *نقلاً عن الاتحاد الإماراتية', 'other | ** جميع المقالات المنشورة تمثل رأي كتابها فقط.'])
  assert.deepEqual(read('وتنافس تاهو كل من تويوتا لاندكروزر.\n* خدمة «نيويورك تايمز»'), ['other | * خدمة «نيويورك تايمز»'])
  assert.deepEqual(read('ونقلت الصحيفة عن مصادر قولها إن الاتفاق بات وشيكا نقلاً عن مصادر مطلعة.'), [])
})

test('Ain Alyoum: Next Previous at the start and the سمات tag list run on to the end', () => {
  const text = 'Next Previous عين اليوم – الرياض\nويغذي الأجندة الطائفية والمذهبية. سمات السعودية تصريحات نوري المالكي'
  assert.deepEqual(read(text), ['other | Next Previous', 'other | سمات السعودية تصريحات نوري المالكي'])
  assert.deepEqual(read('وتتنوع سمات الشخصية القيادية بين الحزم والمرونة، كما يرى الباحثون.'), [])
})

test('copyright, contact blocks and crawl debris', () => {
  assert.deepEqual(read('نص المقال.\n**حقوق النشر محفوظة لمجلة القافلة، أرامكو السعودية'), ['copyright | **حقوق النشر محفوظة لمجلة القافلة، أرامكو السعودية'])
  const madina = 'نص المقال.\naalorabi@hotmail.com\nللتواصل مع الكاتب ارسل رسالة SMS\nتبدأ بالرمز (10) ثم مسافة ثم نص الرسالة إلى\n88591 - Stc\n635031 - Mobily\n737221 - Zain'
  assert.deepEqual(read(madina), ['other | aalorabi@hotmail.com', 'ad | للتواصل مع الكاتب ارسل رسالة SMS\nتبدأ بالرمز (10) ثم مسافة ثم نص الرسالة إلى\n88591 - Stc\n635031 - Mobily\n737221 - Zain'])
  assert.deepEqual(read('وحثت الجمعية على التبرع. [email\u00A0protected] /* */'), ['other | [email\u00A0protected]', 'other | /* */'])
})

test('never overlaps a credit', () => {
  const text = 'نص الخبر.\nكتب: عمر عبدالعزيز'
  const credits = [{ span: [10, 28] as [number, number], role: 'author' as const, names: [], agency: null }]
  assert.deepEqual(findBoilerplate(text, { ...NONE, credits }), [])
})

test('CNN related paragraphs: only after a CNN dateline, only ledes that share no topic', () => {
  const text = [
    'أتلانتا، الولايات المتحدة الأمريكية (CNN)-- رفض النائب الأول لمندوب روسيا لدى الأمم المتحدة، ديميتري بوليانسكي، العقوبات الأمريكية الجديدة على بلاده.',
    'ووصف بوليانسكي القرارات الأمريكية بـ “السخيفة"، قائلاً في تغريدة له على "تويتر" إن "مسرحية السخافة تستمر".',
    'وأشار النائب الأول لمندوب روسيا لدى الأمم المتحدة إلى أن أمريكا توجه أصابع اللوم إلى روسيا دائماً، مهما كانت الأسباب.',
    'اقتربت الأمريكية من أصل فلسطيني، رشيدة طليب، من أن تكون أول امرأة مسلمة تشغل مقعدا في الكونغرس، وذلك بعد أن فازت بالانتخابات التمهيدية.',
  ].join('\n')
  const r = analyze(text)
  assert.deepEqual(r.boilerplate.map((b) => `${b.kind} | ${text.slice(...b.span)}`), [
    'related | اقتربت الأمريكية من أصل فلسطيني، رشيدة طليب، من أن تكون أول امرأة مسلمة تشغل مقعدا في الكونغرس، وذلك بعد أن فازت بالانتخابات التمهيدية.',
  ])
  // The same closing paragraph in a story without a CNN dateline stays in the story.
  assert.deepEqual(findBoilerplate(text.replace('(CNN)--', '-'), NONE), [])
})

test('wire fixtures: every boilerplate span matches its golden expectation', () => {
  for (const f of loadWireFixtures()) {
    assert.deepEqual(f.record.boilerplate.map((b) => [b.span, b.kind]), f.expected.boilerplate.map((b) => [b.span, b.kind]), f.slug)
    for (const b of f.expected.boilerplate) assert.equal(f.text.slice(...b.span), b.text, f.slug)
  }
})

test('the seed article and the dev gold boilerplate', { skip: !hasShared && 'needs shared/ beside the clone' }, () => {
  const [seed, ...dev] = goldFiles()
  assert.deepEqual(analyze(seed!.gold.text).boilerplate, seed!.gold.boilerplate)
  for (const { name, gold: g } of dev) {
    const got = analyze(g.text, { id: g.id }).boilerplate
    assert.deepEqual(got.map((b) => [b.span, b.kind]), ((g.boilerplate ?? []) as { span: number[]; kind: string }[]).map((b) => [b.span, b.kind]), name)
  }
})
