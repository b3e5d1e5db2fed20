import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { checkRecord } from '../../core/check-record.js'
import { DEFAULT_LIMITS } from '../../core/limits.js'
import type { ArticleRecord } from '../../core/record.js'
import { analyze } from '../../pipeline/analyze.js'
import { defaultPipeline } from '../../pipeline/default-pipeline.js'
import { createPipeline } from '../../pipeline/pipeline.js'
import * as publicSurface from './index.js'
import { quotesStage } from './index.js'

const pipeline = createPipeline([...defaultPipeline().stages.filter((s) => s.name !== 'quotes'), quotesStage])

function run(text: string): ArticleRecord {
  return analyze(text, { published: '2025-10-28' }, { pipeline })
}

interface Seen {
  text: string
  direct: boolean
  speaker: string | null
  cue: string | null
}

/** The quotes of `text` as readable slices. */
function quotes(text: string): Seen[] {
  const r = run(text)
  const slice = (s: readonly [number, number] | null | undefined): string | null => (s ? text.slice(s[0], s[1]) : null)
  return r.quotes.map((q) => ({ text: slice(q.span)!, direct: q.direct, speaker: slice(q.speaker?.span), cue: slice(q.cue?.span) }))
}

/** The speakers of `text`'s quotes, in order. */
function speaker(text: string): (string | null)[] {
  return quotes(text).map((q) => q.speaker)
}

/** The sources of `text` as `[source, cue]` slices. */
function sources(text: string): [string, string | null][] {
  const r = run(text)
  return r.sources.map((s) => [text.slice(s.span[0], s.span[1]), s.cue ? text.slice(s.cue.span[0], s.cue.span[1]) : null])
}

const FIXTURE = new URL('../../../test/fixtures/quotes/seed-article/', import.meta.url)
const SEED_TEXT = readFileSync(new URL('input.txt', FIXTURE), 'utf8')
const SEED = JSON.parse(readFileSync(new URL('expected.json', FIXTURE), 'utf8')) as Pick<ArticleRecord, 'quotes' | 'sources' | 'published'>

test('pins the public surface of quotes', () => {
  assert.deepEqual(Object.keys(publicSurface).sort(), ['CUE_FORMS', 'linkQuotes', 'linkSpeaker', 'lookupCue', 'quotesStage'])
  assert.equal(quotesStage.name, 'quotes')
  assert.deepEqual(quotesStage.requires, ['sentences', 'entities'])
  assert.deepEqual(quotesStage.provides, ['quotes', 'sources'])
})

// ------------------------------------------------------------------ the seed article

test('finds the nine quotes of the seed article with their speakers and cues', () => {
  const got = quotes(SEED_TEXT)
  assert.deepEqual(
    got.map((q) => [q.text.slice(0, 24), q.direct, q.speaker, q.cue]),
    [
      ['تفهم ودعم كوريا الشمالية', true, 'تشوي سون هوي', 'أكدت'],
      ['أن اجتماعهما كان دافئا ل', false, 'بوتين', 'مشيرا'],
      ['هذه الأعمال البطولية ستع', true, 'لافروف', 'قال'],
      ['تقدم كبير', true, 'تشوي', 'أشار'],
      ['لجميع الإجراءات', true, 'تشوي', 'أكد'],
      ['القضاء على السبب الجذري', true, 'تشوي', 'أكد'],
      ['للدفاع بقوة عن وضعها الح', true, 'المسؤولين الروس', 'أعربوا'],
      ['القضايا الرئيسية ذات الا', true, 'وكالة الأنباء المركزية الكورية', 'ذكرت'],
      ['أنه يستطيع ذلك العودة إل', false, 'كيم', 'اقترح'],
    ],
  )
})

test('finds the six sources of the seed article', () => {
  assert.deepEqual(sources(SEED_TEXT), [
    ['وسائل الإعلام الرسمية', 'حسبما ذكرت'],
    ['تصريحاته المتلفزة', 'وفقا'],
    ['وسائل الإعلام الروسية والكورية الشمالية', 'بحسب'],
    ['وكالة الأنباء المركزية الكورية الرسمية', 'قالت'],
    ['وكالة الأنباء المركزية الكورية', 'ذكرت'],
    ['لتقييمات الكورية الجنوبية', 'وفقا'],
  ])
})

test('matches the seed fixture exactly', () => {
  const r = analyze(SEED_TEXT, { published: SEED.published }, { pipeline })
  const strip = <T extends object>(xs: readonly T[]): T[] => xs.map((x) => Object.fromEntries(Object.entries(x).filter(([k]) => !k.endsWith('Text') && k !== 'text')) as T)
  // The fixture pins spans; entity ids come from the entities stage and are checked below.
  const unlinked = r.quotes.map((q) => ({ ...q, speaker: q.speaker && { ...q.speaker, entity: null } }))
  assert.deepEqual(unlinked, strip(SEED.quotes))
  assert.deepEqual(r.sources.map((s) => ({ ...s, entity: null })), strip(SEED.sources))
})

test('links speakers and sources of the seed to an entity mentioned at their span', () => {
  const r = analyze(SEED_TEXT, { published: SEED.published }, { pipeline })
  const mentionedAt = (id: string | null, span: readonly [number, number] | null): boolean =>
    !!id && !!span && !!r.entities.find((e) => e.id === id)?.mentions.some((m) => m[0] < span[1] && span[0] < m[1])
  const linked = r.quotes.filter((q) => q.speaker?.entity)
  assert.ok(linked.length >= 6, `only ${linked.length} speakers linked`)
  for (const q of linked) assert.ok(mentionedAt(q.speaker!.entity, q.speaker!.span), SEED_TEXT.slice(...q.speaker!.span!))
  const lavrov = r.quotes.find((q) => SEED_TEXT.slice(...q.span).startsWith('هذه الأعمال البطولية'))
  assert.equal(r.entities.find((e) => e.id === lavrov?.speaker?.entity)?.latin, 'Sergey Lavrov')
  for (const s of r.sources.filter((x) => x.entity)) assert.ok(mentionedAt(s.entity, s.span), SEED_TEXT.slice(...s.span))
})

// ------------------------------------------------------------------ where the speaker stands

test('speaker before the quote, with a colon', () => {
  assert.deepEqual(quotes('وقال لافروف: “هذه الأعمال البطولية ستعزز بالطبع أواصر الصداقة”.'), [
    { text: 'هذه الأعمال البطولية ستعزز بالطبع أواصر الصداقة', direct: true, speaker: 'لافروف', cue: 'قال' },
  ])
})

test('speaker after the quote ("…"، قال الوزير)', () => {
  assert.deepEqual(quotes('"لن نسمح بتكرار ما حدث في المدينة"، قال الوزير في تصريح للصحفيين.'), [
    { text: 'لن نسمح بتكرار ما حدث في المدينة', direct: true, speaker: 'الوزير', cue: 'قال' },
  ])
})

test('speaker before the verb (SVO): وولفجانج شويبله، وزير المالية الألماني، يقول "…"', () => {
  const got = quotes('وولفجانج شويبله، وزير المالية الألماني، يقول "إنه سيحتفظ بعرضه في درجه في حال فشلت المفاوضات".')
  assert.equal(got.length, 1)
  assert.equal(got[0]!.cue, 'يقول')
  assert.match(got[0]!.speaker!, /شويبله$/)
})

test('the same speaker between parts ("…" وتابع "…")', () => {
  const got = quotes('وقال مدرب الفريق جوزيه مورينيو: "الوضع صعب للغاية" وتابع "لكننا سنتجاوزه معا".')
  assert.deepEqual(got.map((q) => [q.text, q.speaker, q.cue]), [
    ['الوضع صعب للغاية', 'جوزيه مورينيو', 'قال'],
    ['لكننا سنتجاوزه معا', 'جوزيه مورينيو', 'تابع'],
  ])
})

test('title and name: the speaker span is the name nearest the quote', () => {
  const got = quotes('وقال وزير الخارجية الروسي سيرجي لافروف إن بلاده لن تتراجع عن موقفها.')
  assert.deepEqual(got, [{ text: 'إن بلاده لن تتراجع عن موقفها', direct: false, speaker: 'سيرجي لافروف', cue: 'قال' }])
  const apposition = quotes('رأى الرئيس التركي، رجب طيب أردوغان، الجمعة، أن بلاده "ستنتصر في الحرب الاقتصادية".')
  assert.deepEqual(apposition.map((q) => [q.text, q.speaker]), [['ستنتصر في الحرب الاقتصادية', 'رجب طيب أردوغان']])
})

test('a descriptive speaker (مصدر أمني، المسؤولين الروس)', () => {
  const got = quotes('وقال مصدر أمني لـ"الجوهرة أف أم" إن الوحدات الأمنية ألقت القبض على المشتبه به.')
  assert.deepEqual(got, [{ text: 'إن الوحدات الأمنية ألقت القبض على المشتبه به', direct: false, speaker: 'مصدر أمني', cue: 'قال' }])
})

test('an institution speaks by its whole name, not by a word of it taken for a person', () => {
  // Jawhara FM, 2016.
  const got = quotes('وأوضحت الشركة الوطنية لاستغلال وتوزيع المياه، في بلاغ أصدرته اليوم الأحد، أن هذه الاضطرابات ستسجل ابتداء من الساعة السادسة صباحا.')
  assert.deepEqual(got.map((q) => [q.speaker, q.cue]), [['الشركة الوطنية لاستغلال وتوزيع المياه', 'أوضحت']])
})

test('a phrase opening with a noun in و keeps its first letter (وصول is no و + صول)', () => {
  const got = quotes('وقال شاهد عيان رأى وصول سفينة أخرى تابعة لخفر السواحل إن مجموعة ثالثة شملت 490 مهاجرا.')
  for (const q of got) assert.ok(!q.speaker?.startsWith('صول'), q.speaker ?? '')
})

test('a participle after a source continues the source\'s words (بحسب ما أكد متحدث …، مشيرا إلى أن)', () => {
  // Al-Watan (Saudi), 2015.
  const got = quotes('واستعانت العائلة بغواصة تابعة لشركة خاصة، وذلك بحسب ما أكد متحدث باسم الدفاع المدني، مشيرا إلى أن البحث سيتواصل حتى الأحد.')
  assert.deepEqual(got.map((q) => [q.speaker, q.cue, q.text]), [['متحدث باسم الدفاع المدني', 'مشيرا', 'أن البحث سيتواصل حتى الأحد']])
})

test('the carried-over speaker of وأضاف: "…"', () => {
  const got = quotes('وقال المتحدث باسم الجيش أفيخاي أدرعي: "لن نتراجع عن العملية".\nوأضاف: "العملية مستمرة حتى تحقيق أهدافها".')
  assert.deepEqual(got.map((q) => [q.speaker, q.cue]), [['أفيخاي أدرعي', 'قال'], ['أفيخاي أدرعي', 'أضاف']])
})

test('a participle takes the subject of its sentence (وطلب بوتين …، مشيرا إلى أن …)', () => {
  const got = quotes('وطلب بوتين من وزير الخارجية نقل أطيب تمنياته لكيم، مشيرا إلى أن اجتماعهما كان دافئا للغاية، وفقا لتصريحاته.')
  assert.deepEqual(got, [{ text: 'أن اجتماعهما كان دافئا للغاية', direct: false, speaker: 'بوتين', cue: 'مشيرا' }])
})

test('a participle after a sentence opened by a verbal noun carries the last speaker (وتعزيز التنمية …، مشيرا إلى أن)', () => {
  const got = quotes('وأوضح مدير الجامعة الدكتور عبدالرحمن اليوبي أن المذكرة تهدف إلى تطوير الخدمات الصحية. وتعزيز التنمية الشاملة في المنطقة مشيرا إلى أن ذلك التعاون يأتي تفعيلا للمذكرة الموقعة.')
  assert.deepEqual(got.map((q) => [q.speaker, q.cue]), [['عبدالرحمن اليوبي', 'أوضح'], ['عبدالرحمن اليوبي', 'مشيرا']])
})

test('a demonstrative object between the verb and its subject (أوضح ذلك المدير العام …)', () => {
  const got = quotes('أوضح ذلك المدير العام للتعليم بمنطقة الرياض محمد بن عبدالله المرشد وبين أن اللجنة أعدت رابطا إلكترونيا لاستقبال بيانات المدارس.')
  assert.equal(got.length, 1)
  assert.match(got[0]!.speaker ?? '', /محمد بن عبدالله المرشد$/)
  // With a noun that is no one's title, the demonstrative and its noun are the object.
  const claim = quotes('ونفى الرئيس حسن روحاني أن تكون بلاده تسعى للحرب، واعتبر هذا الادعاء «فضيحة خطيرة ضدي».')
  assert.ok(claim.every((q) => q.speaker !== 'الادعاء' && q.speaker !== 'هذا الادعاء'), JSON.stringify(claim))
})

test('a one-word name in quotes after a place noun is a name, not a quote (جبل "دنا")', () => {
  const got = quotes('وقال المتحدث إنها سقطت فوق جبل "دنا" في سلسلة جبال زاغروس على بعد نحو 500 كلم من طهران.')
  assert.deepEqual(got.map((q) => [q.text, q.direct]), [['إنها سقطت فوق جبل "دنا" في سلسلة جبال زاغروس على بعد نحو 500 كلم من طهران', false]])
})

test('an emphatic phrase is the speaker whole (وأضاف نفس المصدر، المصدر ذاته)', () => {
  assert.deepEqual(quotes('وأضاف نفس المصدر أنه بعد استشارة النيابة العمومية أذنت بإيقافه.').map((q) => q.speaker), ['نفس المصدر'])
  assert.deepEqual(quotes('وأكد المصدر ذاته أن التحقيق مستمر مع الموقوفين.').map((q) => q.speaker), ['المصدر ذاته'])
})

test('a model name after طراز or a weapon is a name, not a quote (طراز "بوينغ 737", مقاتلات "إف-22")', () => {
  assert.deepEqual(quotes('وقالت السلطات الكوبية إن الطائرة من طراز "بوينغ 737" وكانت تقل 110 ركاب.').filter((q) => q.direct), [])
  assert.deepEqual(quotes('وذكرت القوات الجوية الأميركية أن مجموعة من مقاتلات "إف-22" كانت قد تركت قاعدتها.').filter((q) => q.direct), [])
})

test('what ما يسمى بـ frames is a name, while لما سماه "…" quotes the speaker', () => {
  assert.deepEqual(quotes('كما يقوم الصندوق بتوفير ما يُسمى بـ"حق الاستخدام الشامل" وهو توفير خدمات للمشتركين.'), [])
  assert.deepEqual(quotes('ووافقت الهيئة على دواء جديد يسمى "إرينوماب" لعلاج الصداع النصفي.'), [])
  assert.deepEqual(quotes('وأبدى الوزير استعداد بلاده لما سماه "الاحتمالات السلبية" في المنطقة.').map((q) => [q.text, q.direct]), [['الاحتمالات السلبية', true]])
})

test('a name the entities layer found, in quote marks, is a name and not a quote', () => {
  const got = quotes('وتواجه الشركة انتقادات بعد فضيحة "كامبريدج أناليتيكا" التي طالت ملايين المستخدمين. وأشارت "توتال" إلى أنها ستخفض أعمالها هناك.')
  assert.ok(!got.some((q) => q.direct), JSON.stringify(got))
  assert.deepEqual(got.map((q) => q.text), ['أنها ستخفض أعمالها هناك'])
})

test('words after a title are the speaker\'s name only if they hold a name: not دعم الشرعية', () => {
  const got = quotes('وصرح المتحدث الرسمي باسم قوات التحالف دعم الشرعية في اليمن تركي المالكي "أنه وفي تمام الساعة الثامنة رصدت قوات الدفاع الجوي إطلاق صاروخ باليستي".')
  assert.equal(got.length, 1)
  assert.notEqual(got[0]!.speaker, 'دعم الشرعية')
  assert.match(got[0]!.speaker ?? '', /المتحدث الرسمي|تركي المالكي/)
})

test('the addressee after the verb is not the speaker (وقال له الوزير، قال لي)', () => {
  assert.deepEqual(quotes('وقال له الوزير إن الأمر محسوم منذ أسابيع.').map((q) => q.speaker), ['الوزير'])
  assert.deepEqual(quotes('وقال لهم الرئيس الأميركي دونالد ترامب إن الاتفاق سيئ.').map((q) => q.speaker), ['دونالد ترامب'])
  assert.ok(quotes('وأشادت بـ"أصوات العقلاء حول العالم الذين غلبوا الحكمة".').every((q) => q.speaker !== 'بـ' && q.speaker !== 'ب'))
})

test('a noun with a pronoun or a verbal noun after the subject is the verb\'s object, not the speaker', () => {
  assert.deepEqual(speaker('نفى الرويس علمه أن يكون الصندوق داعما للشركة في تلك الفترة.'), ['الرويس'])
  assert.deepEqual(speaker('وجدد البرقان تأكيده على أن الأندية ملتزمة بالقرار، موضحا أن القرار نهائي ولا رجعة فيه.'), ['البرقان'])
  assert.deepEqual(speaker('وأبدى الدولي البرازيلي رغبته في بقاء المدرب، قائلا: "نريده معنا في الموسم المقبل".'), ['الدولي البرازيلي'])
  assert.deepEqual(speaker('وأبدى الوزير استعداد بلاده للمساعدة، مؤكدا أن "الشعبين شقيقان".'), ['الوزير'])
  // The subject is in the verb: no speaker rather than حديثه.
  assert.deepEqual(speaker('واختتم حديثه قائلاً: نخوض مباراة صعبة أمام فريق قوي.'), [null])
  // A name the entities layer found stays whole, whatever its letters look like.
  assert.deepEqual(speaker('وقال المدرب توفيق الجزيري إن الفريق جاهز للمباراة.'), ['توفيق الجزيري'])
})

test('an organisation after a title is part of the title, a person after it is the name, ل + the press is the addressee', () => {
  assert.deepEqual(speaker('وقال المرصد السوري لحقوق الإنسان إن القصف الجوي على الغوطة الشرقية أدى إلى مقتل عشرة مدنيين.'), ['المرصد السوري لحقوق الإنسان'])
  assert.deepEqual(speaker('ومن جهته أكد الدكتور عبدالله بانخر عضو هيئة التدريس بجامعة الملك عبدالعزيز أن الإرهاب لا دين له.'), ['عبدالله بانخر'])
  assert.deepEqual(speaker('وقالت الشرطة لوسائل الإعلام المحلية إنها استدعيت إلى المكان بعد الحادث.'), ['الشرطة'])
  assert.deepEqual(speaker('وقال المفوض السامي لشؤون اللاجئين إن الخطوة تنتهك القوانين المحلية.'), ['المفوض السامي لشؤون اللاجئين'])
})

test('ل + a noun after the subject is an addressee or a complement; a particle with a pronoun is no speaker', () => {
  assert.deepEqual(speaker('وقال السيسي لدفعة الكليات العسكرية: "ابذلوا يا أبنائي كل جهدكم من أجل الوطن".'), ['السيسي'])
  assert.deepEqual(speaker('وأكد تياغو سيلفا، قائد نادي باريس سان جرمان الفرنسي لكرة القدم، أن اللاعبين لا يعرفون الاستسلام.'), ['تياغو سيلفا'])
  assert.deepEqual(speaker('ولكنه أقر أن هذا أمر قد لا يتغير قريبا.'), [null])
  assert.deepEqual(speaker('وفي البيان الختامي، أكد المجتمعون مواصلة "دعم القضية الفلسطينية حتى نيل الحقوق".'), ['المجتمعون'])
  assert.ok(!speaker('واعترف المتهم بالسطو على البنك بعد أن قال للمحققين "أنا في ورطة كبيرة الآن".').includes('للمحققين'))
})

test('a noun that takes a clause (ضرورة، أهمية، وجود) or an indefinite accusative after the subject begins the object', () => {
  assert.deepEqual(speaker('وأكد الوزير ضرورة "العمل المشترك لمواجهة الإرهاب في المنطقة".'), ['الوزير'])
  assert.deepEqual(speaker('وأكد الرئيس أهمية "تعزيز العلاقات بين البلدين الشقيقين".'), ['الرئيس'])
  assert.deepEqual(speaker('وأكد محمود عباس ضرورة "إنهاء الاحتلال".'), ['محمود عباس'])
  assert.deepEqual(speaker('ونفى بيان النائب العام وجود أي علاقة بين الوفاة والمبيد، واصفا المبيد بأنه "آمن تماما للاستخدام".'), ['بيان النائب العام'])
  assert.deepEqual(speaker('وقال مدير برنامج الأغذية العالمي إن الوضع خطير.'), ['مدير برنامج الأغذية العالمي'])
  assert.deepEqual(speaker('وذكر مصدر أمني في المدينة طالبا عدم كشف هويته أن الانفجار وقع مساء.'), ['مصدر أمني في المدينة'])
})

test('a titled speaker is not linked to the organisation or place where the person works', () => {
  const r = run('وقال المتحدث باسم منظمة الصحة العالمية إن الوباء ينحسر. وقالت منظمة الصحة العالمية إن الوباء ينحسر.')
  const [a, b] = r.quotes
  assert.equal(a!.speaker!.entity, null)
  assert.equal(r.text.slice(...(a!.speaker!.span as [number, number])), 'المتحدث باسم منظمة الصحة العالمية')
  assert.ok(b!.speaker!.entity !== null && r.entities.find((e) => e.id === b!.speaker!.entity)?.type === 'ORG')
})

test('a person named after a title cut at في and a place is the speaker (… في اليمن تركي المالكي)', () => {
  assert.deepEqual(speaker('وقال المتحدث الرسمي باسم قوات التحالف في اليمن تركي المالكي إن الدفاعات الجوية اعترضت صاروخا.'), ['تركي المالكي'])
  assert.deepEqual(speaker('وأكد مدير مكتب الصحة في محافظة تعز الدكتور عبدالرحيم السامعي أن الوضع الصحي متدهور.'), ['عبدالرحيم السامعي'])
})

test('a time word behind و, an accusative or فلقد/لكنهم is no speaker; بابا and رسولنا are', () => {
  assert.ok(!speaker('ونشرت الشركة بيانا. والأحد قالت "فيسبوك" إنها ستراجع سياساتها.').includes('الأحد'))
  assert.ok(!speaker('وكان المدير العام قد قال، نهاية الشهر الماضي، إن المشروع سينتهي قريبا.').includes('نهاية'))
  assert.deepEqual(speaker('دعا بابا الفاتيكان فرانسيس اليوم الأحد إلى "إسكات أصوات السلاح في كل مكان من العالم".').length, 1)
  assert.notDeepEqual(speaker('دعا بابا الفاتيكان فرانسيس اليوم الأحد إلى "إسكات أصوات السلاح في كل مكان من العالم".'), [null])
})

test('a pronoun source after a quote takes the last speaker (حسب قوله), a resumptive فيه is skipped, عدد من keeps its group', () => {
  const got = quotes('وقال رئيس الوزراء بنيامين نتانياهو إن إيران كذبت. وهذه الوثائق تشكل "دليلا جديدا قاطعا على برنامج الأسلحة النووية"، حسب قوله.')
  assert.deepEqual(got.map((q) => [q.text, q.speaker]), [['إن إيران كذبت', 'بنيامين نتانياهو'], ['دليلا جديدا قاطعا على برنامج الأسلحة النووية', 'بنيامين نتانياهو']])
  assert.deepEqual(quotes('في وقت أشارت فيه المتحدثة باسم الشرطة إلى أن الوضع هادئ في المدينة.').map((q) => q.speaker), ['المتحدثة باسم الشرطة'])
  assert.deepEqual(quotes('ذكر عدد من شهود العيان أن الانفجار وقع صباحا قرب السوق.').map((q) => q.speaker), ['عدد من شهود العيان'])
})

// ------------------------------------------------------------------ reported speech

test('indirect speech with أكد أن، أشار إلى أن، اقترح أنه ends at its clause', () => {
  assert.deepEqual(quotes('وأكد النائب العام المصري أنه لا يوجد على الجثمانين أي علامات عنف.').map((q) => [q.text, q.speaker]), [
    ['أنه لا يوجد على الجثمانين أي علامات عنف', 'النائب العام المصري'],
  ])
  assert.deepEqual(quotes('وأشار البيان إلى أن قاسم أحد قادة سرايا الأشتر، مضيفا أنه مطلوب.').map((q) => [q.text, q.cue]), [
    ['أن قاسم أحد قادة سرايا الأشتر', 'أشار'],
    ['أنه مطلوب', 'مضيفا'],
  ])
  assert.deepEqual(quotes('وفي الشهر الماضي، اقترح كيم أنه يستطيع العودة إلى المحادثات إذا تخلت واشنطن عن مطلبها، بعد أن أعرب ترامب عن آماله.').map((q) => q.text), [
    'أنه يستطيع العودة إلى المحادثات إذا تخلت واشنطن عن مطلبها',
  ])
})

test('speech after a colon without quote marks is reported speech', () => {
  assert.deepEqual(quotes('وأضاف المصدر: إن التوقيفات جرت في أعقاب هجمات عنيفة.'), [
    { text: 'إن التوقيفات جرت في أعقاب هجمات عنيفة', direct: false, speaker: 'المصدر', cue: 'أضاف' },
  ])
})

test('a quote inside reported speech: both when the quote is part of the clause, the quote alone when it ends it', () => {
  const mid = quotes('وقالت المفوضة في بيان إن القرار الأميركي "الأحادي وغير المبرر" لم يترك خيارا أمام الاتحاد.')
  assert.deepEqual(mid.map((q) => [q.text, q.direct]), [
    ['إن القرار الأميركي "الأحادي وغير المبرر" لم يترك خيارا أمام الاتحاد', false],
    ['الأحادي وغير المبرر', true],
  ])
  const end = quotes('ويقول الأستاذ بريندان رين إن هذا أمر "غير محتمل بدرجة كبيرة لأن هذه السلالات نادرة".')
  assert.deepEqual(end.map((q) => [q.text, q.direct]), [['غير محتمل بدرجة كبيرة لأن هذه السلالات نادرة', true]])
})

test('no reported speech after a negated verb or a non-speech أن', () => {
  assert.deepEqual(quotes('ولم تعلن دمشق أنها ستتدخل في المعارك.'), [])
  assert.deepEqual(quotes('وأكد الوزير ضرورة أن تلتزم الأطراف بالاتفاق.'), [])
  assert.deepEqual(quotes('وغادر الوفد بعد أن انتهى الاجتماع.'), [])
})

// ------------------------------------------------------------------ not quotes

test('titles and names in quote marks are not quotes', () => {
  assert.deepEqual(quotes('عرضت مسرحية «فنجان قهوة» على خشبة المسرح الداخلي.'), [])
  assert.deepEqual(quotes('وكانت صحيفة "غارديان" البريطانية قد كشفت الخميس عن نية النادي.'), [])
  assert.deepEqual(quotes('وحلق الجواد «ثندر سنو» باللقب الأغلى في أمسية استثنائية.'), [])
  assert.deepEqual(quotes('على ملعب «لوفتس رود» بالعاصمة البريطانية لندن.'), [])
  assert.deepEqual(quotes('اعتبرت دمشق أن إجلاء مئات من عناصر "الخوذ البيضاء" عملية إجرامية.').map((q) => q.direct), [false])
  assert.deepEqual(quotes('وأشار المتحدث إلى أن المجموعة تعرضت لهجوم من “جبهة النصرة” فجر اليوم.').map((q) => q.direct), [false])
})

test('scare quotes with no speaker are not quotes', () => {
  assert.deepEqual(quotes('وجه الاتحاد اتهاما للمدرب بعد تلفظه بألفاظ "غير لائقة" أمام الكاميرات.'), [])
  assert.deepEqual(quotes('وأشاد "حفظه الله" بتميز العلاقات بين البلدين.'), [])
})

test('partial quotes framed by a verb of the sentence are quotes', () => {
  const got = quotes('ونددت دمشق مرارا بـ"الاعتداء" التركي في عفرين.')
  assert.deepEqual(got, [{ text: 'الاعتداء', direct: true, speaker: 'دمشق', cue: 'نددت' }])
})

// ------------------------------------------------------------------ sources

test('sources by preposition: وفقا لـ، بحسب، حسبما ذكرت، نقلا عن، وفق ما', () => {
  assert.deepEqual(sources('وارتفعت الأسعار، بحسب وسائل الإعلام الروسية.'), [['وسائل الإعلام الروسية', 'بحسب']])
  assert.deepEqual(sources('ووفقا للتقييمات الكورية الجنوبية، أرسلت كوريا الشمالية آلاف الجنود.'), [['لتقييمات الكورية الجنوبية', 'وفقا']])
  assert.deepEqual(sources('وصل الوفد، حسبما ذكرت وسائل الإعلام الرسمية، الثلاثاء.'), [['وسائل الإعلام الرسمية', 'حسبما ذكرت']])
  assert.deepEqual(sources('وذكرت الصحيفة ذلك نقلا عن مصادر مطلعة.'), [['مصادر مطلعة', 'نقلا عن']])
  assert.deepEqual(sources('قتل 5 أشخاص، وفق ما ذكرت صحيفة "واشنطن بوست" الأميركية، الأحد.'), [['واشنطن بوست', 'وفق ما ذكرت']])
  assert.deepEqual(sources('قال إن الأزمة ستطول، حسب تعبيره.'), [['تعبيره', 'حسب']])
})

test('sources by verb with a media subject: ذكرت وكالة، أفادت تقارير، قالت صحيفة', () => {
  const text = 'وأفادت تقارير أن الشرطة داهمت منازل في عدد من المناطق. وقالت صحيفة "ميرور" البريطانية إن المفاوضات عادت.'
  assert.deepEqual(sources(text), [['تقارير', 'أفادت'], ['ميرور', 'قالت']])
  assert.deepEqual(quotes(text), []) // a medium's report is a source, not a quote
})

test('charges, models and designs are no sources (وفق تهم، وفقا لنموذج، وفق أحدث التصاميم)', () => {
  assert.deepEqual(sources('وأوقفت الشرطة المدير وفق تهم تتعلق باختلاس أموال عامة.'), [])
  assert.deepEqual(sources('وتقدم الطلبات وفقًا للنموذج المعد لذلك خلال خمسة عشر يوما.'), [])
  assert.deepEqual(sources('وصمم المبنى وفق أحدث التصاميم الهندسية والفنية.'), [])
  assert.deepEqual(sources('وقتل ثلاثة أشخاص وفقا لنص البيان.').map(([s]) => s), ['نص البيان'])
})

test('a boilerplate line cites no source (نقلاً عن الاتحاد الإماراتية), ب + an event after أفاد is no source', () => {
  const text = 'وقال الوزير إن الاقتصاد ينمو بسرعة، بحسب وكالة الأنباء الرسمية.\n*نقلاً عن الاتحاد الإماراتية\n** جميع المقالات المنشورة تمثل رأي كتابها فقط.'
  assert.deepEqual(sources(text).map(([s]) => s), ['وكالة الأنباء الرسمية'])
  assert.deepEqual(sources('وأفاد الدفاع المدني بوقوع حادث تصادم على الطريق السريع.').map(([s]) => s), ['الدفاع المدني'])
  assert.deepEqual(sources('ولا توجد على الجثمانين علامات تفيد بحدوث عنف.'), [])
})

test('حسب الحاجة and وفقا للقانون are no sources', () => {
  assert.deepEqual(sources('توزع المساعدات حسب الحاجة ووفقا للقانون.'), [])
  assert.deepEqual(sources('هذيان بعض من يغير لونه حسب الأوضاع، وتلك الفئات التي تقلب الحقائق حسب مصالحها.'), [])
  assert.deepEqual(sources('وأجريت الاختبارات وفق أعلى المعايير، وتم فحص كل جهاز حسب نوعه للكشف عن الممنوعات، وهم يتصرفون حسب معتقداتهم الباطلة.'), [])
  assert.deepEqual(sources('وتسير الأعمال وفق الجداول الزمنية الموضوعة.'), [])
})

// ------------------------------------------------------------------ bad input

test('an unbalanced mark is cut at its paragraph end and spoils nothing after it', () => {
  const got = quotes('وقال الوزير: «سنواصل العمل حتى النهاية\nوفي سياق آخر، قال المدير إن الخطة جاهزة للتنفيذ.')
  assert.deepEqual(got.map((q) => [q.text, q.direct, q.speaker]), [
    ['سنواصل العمل حتى النهاية', true, 'الوزير'],
    ['إن الخطة جاهزة للتنفيذ', false, 'المدير'],
  ])
})

test('a quote of 5,000 words is capped at maxQuoteLength and costs little', () => {
  const text = 'وقال الوزير: "' + 'نعمل على تحقيق الأهداف '.repeat(1250) + '" ثم غادر القاعة.'
  const t0 = performance.now()
  const r = run(text)
  const ms = performance.now() - t0
  assert.equal(r.quotes.length, 1)
  assert.ok(r.quotes[0]!.span[1] - r.quotes[0]!.span[0] <= DEFAULT_LIMITS.maxQuoteLength)
  assert.deepEqual(checkRecord(r), [])
  assert.ok(ms < 2000, `took ${ms} ms`)
})

test('a quote inside a quote is part of the outer quote only', () => {
  const got = quotes('وقال المحامي: «لقد سمعته يقول "لن أستقيل" أمام الجميع» في المؤتمر.')
  assert.deepEqual(got.map((q) => q.text), ['لقد سمعته يقول "لن أستقيل" أمام الجميع'])
})

test('a quote with no speaker anywhere keeps a null speaker span', () => {
  const got = quotes('"الوضع تحت السيطرة تماما الآن".\nوعاد الهدوء إلى المدينة.')
  assert.deepEqual(got, [{ text: 'الوضع تحت السيطرة تماما الآن', direct: true, speaker: null, cue: null }])
})

test('empty, Latin and mark-only text give no quotes and no errors', () => {
  for (const text of ['', 'The minister said "no".', '«»“”""', '"', 'قال: "']) {
    const r = run(text)
    assert.deepEqual(r.quotes, [])
    assert.deepEqual(checkRecord(r), [])
  }
})

// ------------------------------------------------------------------ invariants and floors

const SHARED = process.env.MARSAD_SHARED ?? join(new URL('../../../..', import.meta.url).pathname, 'shared')
const NEEDS_SHARED = existsSync(join(SHARED, 'SPEC.md')) ? {} : { skip: 'shared/ is not beside the clone' }

test('records over real articles pass the SPEC checks, quotes and sources sorted', NEEDS_SHARED, () => {
  const lines = readFileSync(join(SHARED, 'data', 'news-corpus', 'articles-02.jsonl'), 'utf8').split('\n', 300)
  for (const line of lines) {
    if (!line.trim()) continue
    const a = JSON.parse(line) as { id: string; text: string }
    const r = analyze(a.text, { id: a.id }, { pipeline })
    assert.deepEqual(checkRecord(r), [], a.id)
    for (let i = 1; i < r.quotes.length; i++) assert.ok(r.quotes[i - 1]!.span[0] <= r.quotes[i]!.span[0], `${a.id}: quotes sorted`)
    for (let i = 1; i < r.sources.length; i++) assert.ok(r.sources[i - 1]!.span[1] <= r.sources[i]!.span[0], `${a.id}: sources sorted, not overlapping`)
  }
})

test('keeps a floor on the dev set (quotes.direct, quotes.all, sources)', NEEDS_SHARED, () => {
  const dir = join(SHARED, 'gold', 'dev')
  const iou = (a: readonly number[], b: readonly number[]): number =>
    Math.max(0, Math.min(a[1]!, b[1]!) - Math.max(a[0]!, b[0]!)) / (Math.max(a[1]!, b[1]!) - Math.min(a[0]!, b[0]!))
  const tally = { q: [0, 0, 0], s: [0, 0, 0] }
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    const g = JSON.parse(readFileSync(join(dir, f), 'utf8')) as ArticleRecord
    const r = analyze(g.text, { id: g.id, published: g.published }, { pipeline })
    for (const [key, gold, pred, min] of [['q', g.quotes, r.quotes, 0.8], ['s', g.sources, r.sources, 0.5]] as const) {
      const used = new Set<number>()
      for (const x of gold) {
        const k = (pred as readonly { span: readonly number[] }[]).findIndex((p, i) => !used.has(i) && iou(x.span, p.span) >= min)
        if (k >= 0) used.add(k)
      }
      tally[key][0]! += used.size
      tally[key][1]! += pred.length - used.size
      tally[key][2]! += gold.length - used.size
    }
  }
  const f1 = ([tp, fp, fn]: number[]): number => (2 * tp!) / (2 * tp! + fp! + fn!)
  assert.ok(f1(tally.q) >= 0.85, `quotes.all F1 ${f1(tally.q)}`)
  assert.ok(f1(tally.s) >= 0.75, `sources F1 ${f1(tally.s)}`)
})

test('warns where an unclosed quote mark opens, with the mark as its span', () => {
  const text = 'وقال المتحدث: «سنواصل العمل حتى النهاية\nوفي خبر آخر، أعلنت الوزارة النتائج.'
  const r = run(text)
  const w = r.warnings.filter((x) => x.code === 'quotes/unclosed-quote')
  assert.equal(w.length, 1)
  assert.equal(text.slice(...w[0]!.span!), '«')
  assert.equal(run('وقال المتحدث: «سنواصل العمل» ثم غادر.').warnings.length, 0)
})
