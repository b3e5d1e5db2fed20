/**
 * Calendar dates: named months in every regional set and their pairs, Hijri months, numeric dates,
 * years, decades and centuries.
 * `20 يوليو تموز 2015` → `2015-07-20`; `آذار (مارس) الماضي` → `2015-03` (published 2015-07-22);
 * `12 شوال 1436هـ` → `2015-07-28`; `2015/7/20` → `2015-07-20`; `عام 2019` → `2019`;
 * `الحادي والعشرين من الشهر الماضي` → `2018-01-21` (published 2018-02-20); `الثمانينيات` → `198`.
 */
import { addMonths, formatMonth, formatYear } from '../civil-date.js'
import {
  dayValue, hijriDayValue, hijriMonthValue, hijriYearValue, resolveDayMonthYear, resolveHijriYear, resolveMonthYear,
  type Shift,
} from '../resolve-time.js'
import { toHijri } from '../hijri-to-gregorian.js'
import type { TimeContext, TimeMatch } from '../time-context.js'
import { FUNCTION_WORDS } from '../../../language/numbers.js'

/** A month name read at a token: its number, calendar and where it ends (after `/آب` or `(فبراير)`). */
interface MonthRead {
  readonly month: number
  readonly hijri: boolean
  readonly ambiguous: boolean
  /** Given with its other-region twin (`يوليو/تموز`): surely a month. */
  readonly paired: boolean
  readonly end: number
}

/** What follows a month: a year, a `الماضي`-like shift of the month, or a year named relatively. */
interface YearRead {
  readonly year: number | null
  /** The year is marked Hijri (`1436هـ`). */
  readonly hijriYear: boolean
  /** `الماضي`, `المقبل`, `الجاري` right after the month. */
  readonly shift: Shift
  /** `من العام الماضي` (-1), `من هذا العام` (0). */
  readonly yearShift: -1 | 0 | 1 | null
  readonly end: number
}

/** Ordinal and cardinal day words: `الحادي والعشرين`, `العشرين`, `الأول`. */
const ORDINAL_DAY = new Map([
  ['الاول', 1], ['الحادي', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الخامس', 5], ['السادس', 6],
  ['السابع', 7], ['الثامن', 8], ['التاسع', 9], ['العاشر', 10],
])
const TENS_DAY = new Map([['العشرين', 20], ['الثلاثين', 30]])
/** Words before a month name that show it is one (`مارس` is also a verb, `آب` is `أب`). */
const MONTH_CUES = new Set(['في', 'منذ', 'حتي', 'خلال', 'من', 'الي', 'قبل', 'بعد', 'بين', 'وفي', 'ومنذ', 'وحتي', 'اواخر', 'اوائل', 'مطلع', 'بدايه', 'نهايه', 'منتصف', 'شهر', 'بشهر', 'لشهر', 'اواسط', 'مستهل'])
/** Cues for the Hijri months that are also names (`رمضان`, `رجب`): a preposition of time. */
const HIJRI_CUES = new Set(['في', 'خلال', 'طوال', 'حلول', 'قدوم', 'بدايه', 'نهايه', 'منتصف', 'شهر', 'بشهر', 'مطلع', 'اواخر', 'اوائل', 'قبل', 'بعد', 'منذ', 'وفي', 'وخلال'])
/** Epithets after Hijri months: `رمضان المبارك`. */
const HIJRI_EPITHETS = new Set(['المبارك', 'الكريم', 'المعظم', 'الحرام', 'الفضيل'])
/** Markers after a year: `2015م`, `1436هـ`, `ميلادية`. */
const GREGORIAN_MARK = new Set(['م', 'ميلادي', 'ميلاديه', 'للميلاد'])
/** Era words, unlike the bare letters `م` and `ه`, mark a year of any length. */
const ERA_WORDS = new Set(['ميلادي', 'ميلاديه', 'للميلاد', 'هجري', 'هجريه', 'للهجره'])
const HIJRI_MARK = new Set(['ه', 'هجري', 'هجريه', 'للهجره'])

/** Reads a month name at token `j` (two words for `كانون الثاني`, `ذو القعدة`) with its regional twin. */
export function readMonthName(ctx: TimeContext, j: number): MonthRead | null {
  const w = ctx.word(j)
  if (!w || (w.type !== 'month' && w.type !== 'hijri-month')) return null
  let month = w.month
  let end = j + 1
  if (month === 0) {
    const second = w.second?.get(ctx.norms[end] ?? '')
    if (second === undefined) return null
    month = second
    end++
  }
  const hijri = w.type === 'hijri-month'
  let paired = false
  if (!hijri) {
    // `يوليو/تموز`, `شباط (فبراير)`, `20 يوليو تموز`: the same month in another region's name.
    const a = ctx.norms[end]
    if (a === '/' || a === '(' || a === '-') {
      const twin = readMonthName(ctx, end + 1)
      if (twin && !twin.hijri && twin.month === month) {
        paired = true
        end = twin.end
        if (a === '(' && ctx.norms[end] === ')') end++
      }
    } else {
      const twin = ctx.word(end)
      if (twin && twin.type === 'month' && ctx.cuts[end] === 0) {
        const t2 = readMonthName(ctx, end)
        if (t2 && t2.month === month) {
          paired = true
          end = t2.end
        }
      }
    }
  }
  return { month, hijri, ambiguous: w.ambiguous, paired, end }
}

/** A year in digits at token `j` with its era mark: `2015`, `2015م`, `1436 هـ`. */
function readYearDigits(ctx: TimeContext, j: number, min: number): { year: number; hijri: boolean; end: number } | null {
  const y = ctx.integer(j)
  if (y === null || ctx.norms[j]!.length < 3 || y < min || y > 2200) return null
  let end = j + 1
  let hijri = false
  const m = ctx.norms[end]
  if (m !== undefined && (GREGORIAN_MARK.has(m) || HIJRI_MARK.has(m))) {
    hijri = HIJRI_MARK.has(m)
    end++
  }
  return { year: y, hijri, end }
}

/** What follows a month name: a year, a shift, `من العام الماضي`, or nothing. */
function readAfterMonth(ctx: TimeContext, j: number): YearRead {
  const none: YearRead = { year: null, hijriYear: false, shift: null, yearShift: null, end: j }
  let k = j
  if (ctx.norms[k] === ')' && (ctx.integer(k + 1) !== null || ctx.word(k + 1)?.type === 'shift')) k++
  const digits = readYearDigits(ctx, k, 1000)
  if (digits) return { year: digits.year, hijriYear: digits.hijri, shift: null, yearShift: null, end: digits.end }
  const w = ctx.word(k)
  if (w && w.type === 'shift' && ctx.cuts[k] === 0) {
    let end = k + 1
    if (HIJRI_EPITHETS.has(ctx.norms[end] ?? '')) end++
    return { year: null, hijriYear: false, shift: w.dir, yearShift: null, end }
  }
  if (HIJRI_EPITHETS.has(ctx.norms[k] ?? '')) {
    const after = readAfterMonth(ctx, k + 1)
    return after.end > k + 1 ? after : { ...none, end: k + 1 }
  }
  // `يناير من العام الماضي`, `يناير عام 2015`, `أكتوبر من هذا العام`.
  let m = k
  if (ctx.norms[m] === 'من') m++
  if (ctx.norms[m] === 'هذا' && isYearWord(ctx, m + 1)) return { ...none, yearShift: 0, end: m + 2 }
  if (isYearWord(ctx, m)) {
    const d = readYearDigits(ctx, m + 1, 1000)
    if (d) return { year: d.year, hijriYear: d.hijri, shift: null, yearShift: null, end: d.end }
    const s = ctx.word(m + 1)
    if (s && s.type === 'shift' && ctx.norms[m]!.startsWith('ال')) return { ...none, yearShift: s.dir, end: m + 2 }
  }
  return none
}

/** `عام`, `العام`, `سنة`, `السنة` (also after a proclitic: `لعام`). */
export function isYearWord(ctx: TimeContext, j: number): boolean {
  const w = ctx.word(j)
  if (!w || w.type !== 'unit' || w.unit !== 'Y' || w.number === 'plural' || w.number === 'dual') return false
  const f = ctx.form(j)
  return f === 'عام' || f === 'العام' || f === 'سنه' || f === 'السنه'
}

/** A day of the month at token `j`: `20`, `الـ20`, `الحادي والعشرين`, `العشرين`. */
function readDay(ctx: TimeContext, j: number): { day: number; end: number; words: boolean } | null {
  const n = ctx.integer(j)
  if (n !== null) return ctx.norms[j]!.length <= 2 && n >= 1 && n <= 31 ? { day: n, end: j + 1, words: false } : null
  if (ctx.norms[j] === 'ال' && ctx.glued(j + 1)) {
    const m = ctx.integer(j + 1)
    return m !== null && m >= 1 && m <= 31 && ctx.norms[j + 1]!.length <= 2 ? { day: m, end: j + 2, words: false } : null
  }
  const f = ctx.norms[j] ?? ''
  const tens = TENS_DAY.get(f)
  if (tens !== undefined) return { day: tens, end: j + 1, words: true }
  const o = ORDINAL_DAY.get(f)
  if (o === undefined) return null
  const next = ctx.norms[j + 1]
  if (next === 'عشر' && o < 10) return { day: o + 10, end: j + 2, words: true }
  if (next === 'والعشرين') return { day: o + 20, end: j + 2, words: true }
  if (next === 'والثلاثين' && o === 1) return { day: 31, end: j + 2, words: true }
  if (f === 'الحادي') return null
  return { day: o, end: j + 1, words: true }
}

/** The value of a (day,) month and what follows it. */
function monthValue(ctx: TimeContext, at: number, mr: MonthRead, day: number | null, yr: YearRead): string | null {
  const ref = ctx.ref
  if (mr.hijri) {
    let hy: number | null = null
    if (yr.year !== null) hy = yr.hijriYear || yr.year < 1600 ? yr.year : null
    else if (yr.yearShift !== null) hy = ref ? toHijri(ref).y + yr.yearShift : null
    else if (ref) hy = resolveHijriYear(ref, mr.month, yr.shift, ctx.lean(at))
    if (hy === null) return null
    return day !== null ? hijriDayValue(hy, mr.month, day) : hijriMonthValue(hy, mr.month)
  }
  let y: number | null = null
  if (yr.year !== null) y = yr.hijriYear ? null : yr.year
  else if (yr.yearShift !== null) y = ref ? ref.y + yr.yearShift : null
  else if (ref) {
    y = day !== null
      ? resolveDayMonthYear(ref, mr.month, Math.min(day, 28), yr.shift, ctx.lean(at))
      : resolveMonthYear(ref, mr.month, yr.shift, ctx.lean(at))
  }
  if (y === null) return null
  return day !== null ? dayValue(y, mr.month, day) : formatMonth(y, mr.month)
}

/** `نفس الشهر`, `ذات الشهر`: the same month. */
const SAME = new Set(['نفس', 'ذات'])
/** `الشهر ذاته`, `الشهر نفسه`: the same month. */
const SAME_AFTER = new Set(['ذاته', 'نفسه'])

/** `20 يوليو 2015`, `الأول من يناير`, `العشرين من الشهر الماضي`, `يوليو/تموز الماضي`, `شهر رمضان`. */
function matchMonthDate(ctx: TimeContext, i: number): TimeMatch | null {
  let j = i
  if (ctx.form(j) === 'يوم' && (ctx.isNumber(j + 1) || ctx.norms[j + 1] === 'ال')) j++
  const d = readDay(ctx, j)
  let day: number | null = null
  if (d) {
    day = d.day
    j = d.end
    if (ctx.norms[j] === 'من') j++
    // `العشرين من الشهر الماضي`, `الخامس من هذا الشهر`.
    let k = j
    // `الخامس عشر من نفس الشهر`, `… من الشهر ذاته`: the month the story last named a day in.
    let same = false
    if ((ctx.norms[k] === 'هذا' || SAME.has(ctx.norms[k]!)) && ctx.form(k + 1) === 'الشهر') {
      same = ctx.norms[k] !== 'هذا'
      k++
    }
    if (ctx.form(k) === 'الشهر') {
      same ||= SAME_AFTER.has(ctx.norms[k + 1] ?? '')
      const s = same ? null : ctx.word(k + 1)
      const shift = s && s.type === 'shift' ? s.dir : null
      const end = shift === null && !SAME_AFTER.has(ctx.norms[k + 1] ?? '') ? k + 1 : k + 2
      if (d.words && shift === null && !same && k === j && ctx.norms[j - 1] !== 'من') return null
      const ref = same ? ctx.anchorDay() : ctx.ref
      if (!ref) return { tokenStart: i, cut: ctx.cuts[i]!, tokenEnd: end, value: null }
      const mo = addMonths(ref, shift ?? 0)
      const value = dayValue(mo.y, mo.m, day)
      return { tokenStart: i, cut: ctx.cuts[i]!, tokenEnd: end, value, ...dayOf(value) }
    }
    if (ctx.form(j) === 'شهر') j++
  } else if (ctx.form(j) === 'شهر') {
    j++
  }
  const mr = readMonthName(ctx, j)
  if (!mr) return null
  const yr = readAfterMonth(ctx, mr.end)
  // An ordinal alone before a month needs `من` or the month directly: `الأول من يناير`, `العشرين يناير`.
  const labelled = j > i && ctx.form(j - 1) === 'شهر'
  const sure = day !== null || labelled || mr.paired || yr.year !== null || yr.shift !== null || yr.yearShift !== null
  if (!sure) {
    const prev = ctx.norms[i - 1] ?? ''
    if (mr.hijri) {
      if (mr.ambiguous && !(HIJRI_CUES.has(prev) && (mr.month === 9 || mr.month === 8 || mr.month === 7))) return null
    } else if (mr.ambiguous && !MONTH_CUES.has(prev) && ctx.word(i - 1)?.type !== 'edge') {
      return null
    }
  }
  if (mr.hijri && yr.year !== null && !yr.hijriYear && yr.year >= 1600) return null
  const value = monthValue(ctx, i, mr, day, yr)
  return { tokenStart: i, cut: ctx.cuts[i]!, tokenEnd: Math.max(yr.end, mr.end), value, ...dayOf(value) }
}

/** The day a `YYYY-MM-DD` value names, for the narrative anchor. */
function dayOf(value: string | null): { day?: { y: number; m: number; d: number } } {
  if (!value || value.length !== 10) return {}
  return { day: { y: Number(value.slice(0, 4)), m: Number(value.slice(5, 7)), d: Number(value.slice(8, 10)) } }
}

/** `2015/7/20`, `20/7/2015`, `20-7-2015`, `20.7.2015`, `14 / 10 / 1436هـ`. */
function matchNumericDate(ctx: TimeContext, i: number): TimeMatch | null {
  if (!ctx.isNumber(i)) return null
  let parts: number[]
  let end: number
  const one = /^(\d{1,4})\.(\d{1,2})\.(\d{1,4})$/.exec(ctx.norms[i]!)
  if (one) {
    parts = [Number(one[1]), Number(one[2]), Number(one[3])]
    end = i + 1
    if (one[1]!.length !== 4 && one[3]!.length !== 4) return null
  } else {
    const a = ctx.integer(i)
    const sep = ctx.norms[i + 1]
    if (a === null || (sep !== '/' && sep !== '-')) return null
    const b = ctx.integer(i + 2)
    if (b === null || ctx.norms[i + 3] !== sep) return null
    const c = ctx.integer(i + 4)
    if (c === null) return null
    const la = ctx.norms[i]!.length
    const lc = ctx.norms[i + 4]!.length
    if (!((la === 4 && lc <= 2) || (la <= 2 && lc === 4))) return null
    parts = [a, b, c]
    end = i + 5
  }
  const [p0, p1, p2] = parts as [number, number, number]
  const [y, m, d] = p0 >= 1000 ? [p0, p1, p2] : [p2, p1, p0]
  let hijri = y >= 1300 && y < 1600
  const mark = ctx.norms[end]
  if (mark !== undefined && (GREGORIAN_MARK.has(mark) || HIJRI_MARK.has(mark))) {
    hijri = HIJRI_MARK.has(mark)
    end++
  }
  if (!hijri && (y < 1800 || y > 2200)) return null
  const value = hijri ? hijriDayValue(y, m, d) : dayValue(y, m, d)
  if (value === null && !hijri) return null
  return { tokenStart: i, cut: 0, tokenEnd: end, value, ...dayOf(value) }
}

/** Counted nouns that follow a number in the year range: `2000 جندي` is no year. */
function looksCounted(ctx: TimeContext, j: number): boolean {
  if (j >= ctx.n || ctx.doc.tokens.kind[j] !== 1) return false
  const f = ctx.norms[j]!
  if (f.startsWith('ال') || FUNCTION_WORDS.has(f) || ctx.word(j)) return false
  const c = f[0]
  // A conjunction or preposition glued on (`و2014`, `بنسبة`) starts a new phrase.
  if (c === 'و' || c === 'ف' || c === 'ب' || c === 'ل' || c === 'ك') return false
  // `مشيرا`, `مؤكدا`: a participle of manner, not a counted noun.
  if (c === 'م' && f.endsWith('ا')) return false
  return true
}

/** Prepositions before a number in the year range that make it a year whatever follows. */
const YEAR_BEFORE = new Set([
  'في', 'منذ', 'حتي', 'خلال', 'قبل', 'بعد', 'مطلع', 'اواخر', 'اوائل', 'نهايه', 'بدايه', 'منتصف', 'موازنه', 'ميزانيه', 'انتخابات',
  'مونديال', 'رؤيه', 'دستور', 'صيف', 'شتاء', 'ربيع', 'خريف', 'مواليد', 'نكسه', 'حرب', 'ثوره', 'انتفاضه', 'اولمبياد', 'موسم',
  'الحالي', 'الجاري', 'الماضي', 'المقبل', 'العام', 'عامي', 'سنتي', 'حدود', 'بحلول', 'اتفاقيه', 'اتفاق', 'روسيا', 'قطر',
])

/** Words before a number that make it no year: a hedge, `رقم`, a currency. */
const NOT_YEAR_BEFORE = new Set(['نحو', 'حوالي', 'قرابه', 'زهاء', 'رقم', 'الرقم', 'بنحو', 'بحوالي', 'يقارب', 'قدره', 'بلغ', 'بلغت', 'يبلغ', 'تبلغ'])

/** `عام 2019`, `العام 2015م`, `سنة 1436هـ`, `العام ألف وتسعمائة وستة وتسعين`, and bare `2012`. */
function matchYear(ctx: TimeContext, i: number): TimeMatch | null {
  if (isYearWord(ctx, i)) {
    const d = readYearDigits(ctx, i + 1, 100)
    if (d) {
      const value = d.hijri || (d.year >= 1300 && d.year < 1500 && ctx.norms[i + 1]!.length === 4 && isHijriContext(ctx, d.end)) ? hijriYearValue(d.year) : formatYear(d.year)
      return { tokenStart: i, cut: ctx.cuts[i]!, tokenEnd: d.end, value }
    }
    const w = ctx.number(i + 1)
    if (w && w.words && !w.approx && Number.isInteger(w.value) && w.value >= 1000 && w.value <= 2100) {
      let end = w.tokenEnd
      if (GREGORIAN_MARK.has(ctx.norms[end] ?? '')) end++
      return { tokenStart: i, cut: ctx.cuts[i]!, tokenEnd: end, value: formatYear(w.value) }
    }
    return null
  }
  const y = ctx.integer(i)
  if (y === null) return null
  // `632 ميلادي`, `774 هجرية`: an era word makes any 3–4 digits a year.
  const era = ctx.norms[i + 1] ?? ''
  if (ctx.norms[i]!.length >= 3 && ERA_WORDS.has(era)) {
    const hijri = era.startsWith('هجري') || era === 'للهجره'
    return { tokenStart: i, cut: 0, tokenEnd: i + 2, value: hijri ? hijriYearValue(y) : formatYear(y) }
  }
  if (ctx.norms[i]!.length !== 4) return null
  const d = readYearDigits(ctx, i, 1300)
  if (!d) return null
  if (d.hijri) return { tokenStart: i, cut: 0, tokenEnd: d.end, value: hijriYearValue(d.year) }
  if (y < 1900 || y > 2100) return null
  if (d.end === i + 1) {
    const prev = ctx.norms[i - 1] ?? ''
    if (NOT_YEAR_BEFORE.has(prev)) return null
    if (prev === 'من' && (ctx.norms[i - 2] === 'اكثر' || ctx.norms[i - 2] === 'اقل')) return null
    // `2000 جندي`: a counted noun after it makes it a count — but `في 2015 ارتفاعا`, `منذ 2006 تتضمن` are years.
    const bare = prev.length >= 3 && (prev[0] === 'و' || prev[0] === 'ف') ? prev.slice(1) : prev
    if (!YEAR_BEFORE.has(prev) && !YEAR_BEFORE.has(bare) && looksCounted(ctx, i + 1)) return null
    // `15,2015` or `-2015` glued to other digits, `2015.` inside a decimal: not a year.
    if (ctx.glued(i) && (ctx.norms[i - 1] === ',' || ctx.norms[i - 1] === '.' || ctx.norms[i - 1] === '+')) return null
    const nx = ctx.norms[i + 1] ?? ''
    if (['الف', 'مليون', 'مليار', '%', 'دولار', 'ريال', 'يورو', 'جنيه', 'درهم', 'دينار', 'ليره'].includes(nx)) return null
  }
  return { tokenStart: i, cut: 0, tokenEnd: d.end, value: formatYear(y) }
}

function isHijriContext(ctx: TimeContext, end: number): boolean {
  const m = ctx.norms[end]
  return m !== undefined && HIJRI_MARK.has(m)
}

/** `الثمانينيات`, `ثمانينيات القرن الماضي` → `198`; `القرن العشرين` → `19`; `القرن الماضي` → `19` (in 2015). */
function matchDecadeCentury(ctx: TimeContext, i: number): TimeMatch | null {
  const w = ctx.word(i)
  if (!w) return null
  if (w.type === 'decade') {
    let j = i + 1
    let century = 19
    if (ctx.norms[j] === 'من' && ctx.form(j + 1) === 'القرن') j++
    if (ctx.form(j) === 'القرن') {
      const c = readCentury(ctx, j + 1)
      if (c) {
        century = c.century
        j = c.end
      } else j = i + 1
    }
    return { tokenStart: i, cut: ctx.cuts[i]!, tokenEnd: j, value: `${century}${w.digit}` }
  }
  if (w.type === 'unit' && w.unit === 'CE' && w.number === 'one' && w.definite) {
    const c = readCentury(ctx, i + 1)
    if (!c) return null
    return { tokenStart: i, cut: ctx.cuts[i]!, tokenEnd: c.end, value: String(c.century) }
  }
  return null
}

/** After `القرن`: `الماضي`, `الحالي`, `العشرين`, `الحادي والعشرين`, `التاسع عشر`, `الـ19`, `21` → the TimeML century (`19` = 1900s). */
function readCentury(ctx: TimeContext, j: number): { century: number; end: number } | null {
  const s = ctx.word(j)
  if (s && s.type === 'shift') {
    if (!ctx.ref) return null
    return { century: Math.floor(ctx.ref.y / 100) + s.dir, end: j + 1 }
  }
  let k = j
  if (ctx.norms[k] === 'ال' && ctx.glued(k + 1)) k++
  const n = ctx.integer(k)
  if (n !== null && n >= 1 && n <= 30) return { century: n - 1, end: k + 1 }
  const f = ctx.norms[j] ?? ''
  if (f === 'العشرين') return { century: 19, end: j + 1 }
  const o = ORDINAL_DAY.get(f)
  if (o === undefined) return null
  const next = ctx.norms[j + 1]
  if (next === 'عشر') return { century: o + 9, end: j + 2 }
  if (next === 'والعشرين') return { century: o + 19, end: j + 2 }
  return f === 'الحادي' ? null : { century: o - 1, end: j + 1 }
}

/** The longest calendar date starting at token `i`. */
export function matchCalendarDate(ctx: TimeContext, i: number): TimeMatch | null {
  let best: TimeMatch | null = null
  for (const m of [matchNumericDate(ctx, i), matchMonthDate(ctx, i), matchYear(ctx, i), matchDecadeCentury(ctx, i)]) {
    if (m && (!best || m.tokenEnd > best.tokenEnd)) best = m
  }
  return best
}
