import { LexemeSlot, type Lexeme } from '../../core/lexeme.js'
import { normalizeForMatch } from '../../normalize/normalize.js'

/**
 * The words of Arabic time expressions, keyed by normalized form (`أيلول` → `ايلول`).
 * Gregorian month names come from CLDR through Intl for each regional set — Egypt and the Gulf
 * (`يناير`), the Levant and Iraq (`كانون الثاني`), Algeria and Tunisia (`جانفي`), Morocco
 * (`يوليوز`), Mauritania (`أغشت`) — plus common spellings CLDR lacks (`اغسطس`, `يونيه`, `أوت`).
 */

/** Time units, as TimeML duration letters (`MI` minutes, `H` hours, `DE` decades, `CE` centuries). */
export type TimeUnit = 'MI' | 'H' | 'D' | 'W' | 'M' | 'Y' | 'DE' | 'CE'

/** Grammatical number of a unit word: `شهر`, `شهرا` (after 11–99), `شهرين`, `أشهر`. */
export type UnitNumber = 'one' | 'acc' | 'dual' | 'plural'

export type TimeWord =
  /** `month` 1–12; `second` completes a two-word name (`كانون` + `الثاني` → 1); `ambiguous`: also an ordinary word. */
  | { readonly type: 'month'; readonly month: number; readonly ambiguous: boolean; readonly second?: ReadonlyMap<string, number> }
  | { readonly type: 'hijri-month'; readonly month: number; readonly ambiguous: boolean; readonly second?: ReadonlyMap<string, number> }
  /** 0 = Sunday … 6 = Saturday. */
  | { readonly type: 'weekday'; readonly day: number }
  /** `offset` in days from the reference; `noun`: the article form, often figurative (`الغد`). */
  | { readonly type: 'day'; readonly offset: number; readonly noun: boolean }
  | { readonly type: 'tonight' }
  | { readonly type: 'unit'; readonly unit: TimeUnit; readonly number: UnitNumber; readonly definite: boolean }
  /** `-1` past (`الماضي`), `0` current (`الجاري`), `1` coming (`المقبل`); `plural` agrees with a plural noun. */
  | { readonly type: 'shift'; readonly dir: -1 | 0 | 1; readonly feminine: boolean }
  | { readonly type: 'this' }
  /** `مطلع`, `أواخر`, `منتصف`: part of a period; the value stays the period's. */
  | { readonly type: 'edge' }
  /** Seasons as TimeML codes. `definite`: with the article. */
  | { readonly type: 'season'; readonly code: 'SP' | 'SU' | 'FA' | 'WI'; readonly definite: boolean }
  /** Parts of the day: TimeML `MO` `AF` `EV` `NI`, or a clock hour for `ظهر`. */
  | { readonly type: 'day-part'; readonly part: string; readonly adverb: boolean }
  | { readonly type: 'ref'; readonly value: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF' }
  /** Prepositions that make a count of units a point (`قبل`, `منذ`) or a duration (`خلال`, `لمدة`). */
  | { readonly type: 'prep'; readonly ago: boolean }
  /** `حوالي`, `نحو`; `then`: the word that must follow (`أكثر` + `من`). */
  | { readonly type: 'hedge'; readonly then?: string }
  /** `عدة`, `بضعة` before a plural unit: a vague count. */
  | { readonly type: 'vague-count' }
  | { readonly type: 'clock' }
  /** A set: `يوميا` → P1D. */
  | { readonly type: 'frequency'; readonly value: string }
  /** `الثمانينيات` → 198 (the 1980s). */
  | { readonly type: 'decade'; readonly digit: number }
  /** Vague period nouns that take `الأخيرة`, `المقبلة`: `الفترة`, `الآونة`, `وقت`. */
  | { readonly type: 'period' }
  | { readonly type: 'season-word' }
  /** `يوم`, `شهر`, `فصل` before a name: `يوم الاثنين`, `شهر رمضان`. */
  | { readonly type: 'label'; readonly of: 'day' | 'month' | 'season' }

/** The lexicon: normalized word → what it is. */
export const TIME_WORDS = new Map<string, TimeWord>()

function put(forms: readonly string[], word: TimeWord): void {
  for (const f of forms) {
    const key = normalizeForMatch(f)
    if (!TIME_WORDS.has(key)) TIME_WORDS.set(key, word)
  }
}

// Gregorian months, from CLDR per region, then extra spellings seen in the press.
const MONTHS: string[][] = Array.from({ length: 12 }, () => [])
for (const locale of ['ar-EG', 'ar-SY', 'ar-DZ', 'ar-MA', 'ar-MR']) {
  const f = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' })
  for (let m = 0; m < 12; m++) MONTHS[m]!.push(f.format(Date.UTC(2020, m, 15)))
}
const EXTRA_MONTHS: readonly (readonly string[])[] = [
  ['يناير'],
  ['فبراير'],
  ['مارس', 'آذار'],
  ['أبريل', 'ابريل', 'إبريل', 'افريل', 'أفريل'],
  ['مايو', 'مايّو', 'أيار', 'ماي'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان'],
  ['يوليو', 'يوليه', 'يوليوز', 'تموز', 'جويلية', 'جويليه'],
  ['أغسطس', 'اغسطس', 'أغسطوس', 'آغسطس', 'آب', 'أوت', 'اوت', 'غشت', 'أغشت'],
  ['سبتمبر', 'أيلول', 'شتنبر', 'شتمبر'],
  ['أكتوبر', 'اكتوبر', 'أكتوبير'],
  ['نوفمبر', 'نونبر', 'نوفامبر'],
  ['ديسمبر', 'دجنبر', 'دجمبر', 'ديسيمبر'],
]
/** Month names that are also common words: `مارس` (practised), `آب` → `اب` (father), `ماي`, `تموز`, `نيسان`. */
const AMBIGUOUS_MONTHS = new Set(['مارس', 'اب', 'ماي', 'تموز', 'نيسان', 'اذار', 'جوان', 'شباط', 'ايار'])
const SECOND_WORD = new Map<string, Map<string, number>>()
for (let m = 0; m < 12; m++) {
  for (const name of [...MONTHS[m]!, ...EXTRA_MONTHS[m]!]) {
    const key = normalizeForMatch(name)
    const parts = key.split(' ')
    if (parts.length === 2) {
      // `كانون الثاني`, `تشرين الأول`: the first word alone is no month.
      const [a, b] = parts as [string, string]
      let second = SECOND_WORD.get(a)
      if (!second) SECOND_WORD.set(a, (second = new Map()))
      second.set(b, m + 1)
      // `تشرين أول` is also written without the article.
      if (b.startsWith('ال')) second.set(b.slice(2), m + 1)
    } else if (!TIME_WORDS.has(key)) {
      TIME_WORDS.set(key, { type: 'month', month: m + 1, ambiguous: AMBIGUOUS_MONTHS.has(key) })
    }
  }
}
for (const [first, second] of SECOND_WORD) {
  TIME_WORDS.set(first, { type: 'month', month: 0, ambiguous: false, second })
}

// Hijri months: `ربيع الأول`, `جمادى الآخرة`, `ذو القعدة` are two words.
// `رجب`, `شعبان`, `رمضان` are also given names, `صفر` is zero, `محرم` forbidden: they need a cue.
put(['محرم'], { type: 'hijri-month', month: 1, ambiguous: true })
put(['صفر'], { type: 'hijri-month', month: 2, ambiguous: true })
put(['ربيع'], {
  type: 'hijri-month', month: 0, ambiguous: false,
  second: new Map([['الاول', 3], ['الثاني', 4], ['الاخر', 4], ['الاخره', 4]]),
})
put(['جمادى', 'جمادي'], {
  type: 'hijri-month', month: 0, ambiguous: false,
  second: new Map([['الاولي', 5], ['الاول', 5], ['الثانيه', 6], ['الاخره', 6], ['الثاني', 6], ['الاخر', 6]]),
})
put(['رجب'], { type: 'hijri-month', month: 7, ambiguous: true })
put(['شعبان'], { type: 'hijri-month', month: 8, ambiguous: true })
put(['رمضان'], { type: 'hijri-month', month: 9, ambiguous: true })
put(['شوال'], { type: 'hijri-month', month: 10, ambiguous: false })
put(['ذو', 'ذي', 'ذا'], {
  type: 'hijri-month', month: 0, ambiguous: false,
  second: new Map([['القعده', 11], ['الحجه', 12]]),
})
// … and run together by some outlets: `6 ذوالقعدة`.
put(['ذوالقعدة', 'ذيالقعدة'], { type: 'hijri-month', month: 11, ambiguous: false })
put(['ذوالحجة', 'ذيالحجة'], { type: 'hijri-month', month: 12, ambiguous: false })

// Weekdays, from CLDR (`الأحد` … `السبت`), plus the common `الإثنين`/`الاتنين` spellings.
{
  const f = new Intl.DateTimeFormat('ar', { weekday: 'long', timeZone: 'UTC' })
  for (let d = 0; d < 7; d++) put([f.format(Date.UTC(2020, 0, 5 + d))], { type: 'weekday', day: d })
  put(['الإثنين', 'الاتنين'], { type: 'weekday', day: 1 })
}

put(['أمس', 'البارحة'], { type: 'day', offset: -1, noun: false })
put(['الأمس'], { type: 'day', offset: -1, noun: true })
put(['اليوم'], { type: 'day', offset: 0, noun: false })
put(['غدا', 'غداً'], { type: 'day', offset: 1, noun: false })
put(['الغد'], { type: 'day', offset: 1, noun: true })
put(['الليلة'], { type: 'tonight' })

function units(unit: TimeUnit, one: string[], acc: string[], dual: string[], plural: string[]): void {
  for (const [forms, number] of [[one, 'one'], [acc, 'acc'], [dual, 'dual'], [plural, 'plural']] as const) {
    for (const f of forms) {
      put([f], { type: 'unit', unit, number, definite: false })
      put(['ال' + f], { type: 'unit', unit, number, definite: true })
    }
  }
}
units('MI', ['دقيقة'], ['دقيقة'], ['دقيقتين', 'دقيقتان'], ['دقائق'])
units('H', ['ساعة'], ['ساعة'], ['ساعتين', 'ساعتان'], ['ساعات'])
units('D', ['يوم'], ['يوما'], ['يومين', 'يومان'], ['أيام'])
units('W', ['أسبوع'], ['أسبوعا'], ['أسبوعين', 'أسبوعان'], ['أسابيع'])
units('M', ['شهر'], ['شهرا'], ['شهرين', 'شهران'], ['أشهر', 'شهور'])
units('Y', ['عام', 'سنة'], ['عاما', 'سنة'], ['عامين', 'عامان', 'سنتين', 'سنتان'], ['أعوام', 'سنوات', 'سنين'])
units('DE', ['عقد'], ['عقدا'], ['عقدين', 'عقدان'], ['عقود'])
units('CE', ['قرن'], ['قرنا'], ['قرنين', 'قرنان'], ['قرون'])

put(['الماضي', 'المنصرم', 'الفائت', 'السابق', 'المنقضي'], { type: 'shift', dir: -1, feminine: false })
put(['الماضية', 'المنصرمة', 'الفائتة', 'السابقة', 'الأخيرة', 'المنقضية'], { type: 'shift', dir: -1, feminine: true })
// Dual agreement: `اليومين الماضيين`, `الشهرين المقبلين`.
put(['الماضيين', 'الأخيرين', 'المنصرمين', 'السابقين'], { type: 'shift', dir: -1, feminine: true })
put(['المقبلين', 'القادمين'], { type: 'shift', dir: 1, feminine: true })
put(['المقبل', 'القادم'], { type: 'shift', dir: 1, feminine: false })
put(['المقبلة', 'القادمة'], { type: 'shift', dir: 1, feminine: true })
put(['الحالي', 'الجاري'], { type: 'shift', dir: 0, feminine: false })
put(['الحالية', 'الجارية'], { type: 'shift', dir: 0, feminine: true })
put(['هذا', 'هذه'], { type: 'this' })
put(['مطلع', 'أوائل', 'بداية', 'بدايات', 'مستهل', 'أواخر', 'نهاية', 'نهايات', 'منتصف', 'أواسط', 'أول', 'آخر', 'ختام'], { type: 'edge' })

put(['الربيع'], { type: 'season', code: 'SP', definite: true })
put(['الصيف'], { type: 'season', code: 'SU', definite: true })
put(['الخريف'], { type: 'season', code: 'FA', definite: true })
put(['الشتاء'], { type: 'season', code: 'WI', definite: true })
put(['صيف'], { type: 'season', code: 'SU', definite: false })
put(['خريف'], { type: 'season', code: 'FA', definite: false })
put(['شتاء'], { type: 'season', code: 'WI', definite: false })

put(['صباح', 'فجر'], { type: 'day-part', part: 'MO', adverb: false })
put(['ظهر', 'ظهيرة'], { type: 'day-part', part: '12:00', adverb: false })
put(['عصر'], { type: 'day-part', part: 'AF', adverb: false })
put(['مساء'], { type: 'day-part', part: 'EV', adverb: false })
put(['ليل', 'ليلة'], { type: 'day-part', part: 'NI', adverb: false })
put(['صباحا', 'فجرا'], { type: 'day-part', part: 'MO', adverb: true })
put(['ظهرا'], { type: 'day-part', part: '12:00', adverb: true })
put(['عصرا'], { type: 'day-part', part: 'AF', adverb: true })
put(['ليلا'], { type: 'day-part', part: 'NI', adverb: true })

put(['الآن', 'حاليا', 'حالياً', 'راهنا'], { type: 'ref', value: 'PRESENT_REF' })
put(['مؤخرا', 'مؤخراً', 'سابقا', 'سابقاً'], { type: 'ref', value: 'PAST_REF' })
put(['قريبا', 'قريباً', 'لاحقا', 'لاحقاً', 'مستقبلا', 'مستقبلاً'], { type: 'ref', value: 'FUTURE_REF' })
put(['المستقبل'], { type: 'ref', value: 'FUTURE_REF' })

put(['قبل', 'منذ', 'قبيل'], { type: 'prep', ago: true })
put(['بعد', 'خلال', 'لمدة', 'مدة', 'طيلة', 'طوال', 'غضون'], { type: 'prep', ago: false })
put(['حوالي', 'حوالى', 'نحو', 'قرابة', 'زهاء', 'قرابه'], { type: 'hedge' })
put(['أكثر', 'أقل', 'أزيد'], { type: 'hedge', then: 'من' })
put(['عدة', 'بضعة', 'بضع'], { type: 'vague-count' })
put(['الساعة'], { type: 'clock' })
put(['يوميا', 'يومياً'], { type: 'frequency', value: 'P1D' })
put(['أسبوعيا', 'أسبوعياً'], { type: 'frequency', value: 'P1W' })
put(['شهريا', 'شهرياً'], { type: 'frequency', value: 'P1M' })
put(['سنويا', 'سنوياً'], { type: 'frequency', value: 'P1Y' })

for (const [stem, digit] of [['عشرين', 2], ['ثلاثين', 3], ['أربعين', 4], ['خمسين', 5], ['ستين', 6], ['سبعين', 7], ['ثمانين', 8], ['تسعين', 9]] as const) {
  // `الثمانينيات`, `الثمانينات`, `ثمانينيات` → the 1980s.
  for (const f of [stem + 'ات', stem + 'يات']) put([f, 'ال' + f], { type: 'decade', digit })
}
put(['الفترة', 'الآونة', 'وقت', 'الوقت'], { type: 'period' })
put(['الموسم'], { type: 'season-word' })
put(['فصل'], { type: 'label', of: 'season' })
put(['يوم'], { type: 'unit', unit: 'D', number: 'one', definite: false })
put(['شهر'], { type: 'unit', unit: 'M', number: 'one', definite: false })

/** Every entry also behind proclitics (`وبالأمس`, `للعام` = ل + العام), with the letters to cut: one lookup per token. */
const WITH_CLITICS = new Map<string, { word: TimeWord; cut: number; key: string }>()
for (const [key, word] of TIME_WORDS) {
  WITH_CLITICS.set(key, { word, cut: 0, key })
}
for (const [key, word] of TIME_WORDS) {
  if (key.length < 3) continue
  for (const p of ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك']) {
    const k = p + key
    if (!WITH_CLITICS.has(k) && !TIME_WORDS.has(k)) WITH_CLITICS.set(k, { word, cut: p.length, key })
    // ل + ال fuse as لل: `للعام`, `وللشهر`.
    if (p.endsWith('ل') && key.startsWith('ال')) {
      const fused = p + key.slice(1)
      if (!WITH_CLITICS.has(fused) && !TIME_WORDS.has(fused)) WITH_CLITICS.set(fused, { word, cut: p.length, key })
    }
  }
}

/**
 * Looks a normalized word up; returns the entry, how many proclitic letters were cut (`وبالأمس` → 2)
 * and the lexicon form (`للعام` → `العام`).
 */
export function lookupTimeWord(form: string): { word: TimeWord; cut: number; key: string } | null {
  return WITH_CLITICS.get(form) ?? null
}

const TIME_SLOT = new LexemeSlot<{ word: TimeWord; cut: number; key: string } | null>('times/time-word')

/** `lookupTimeWord` of a lexeme's word, kept on the lexeme. */
export function lexemeTimeWord(lex: Lexeme): { word: TimeWord; cut: number; key: string } | null {
  return TIME_SLOT.getOrMake(lex, lookupTimeWord)
}
