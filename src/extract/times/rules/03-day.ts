/**
 * Days named relative to the publication date: weekdays, yesterday, today, tomorrow, parts of those days.
 * For Tuesday 2025-10-28: `يوم الاثنين` → `2025-10-27`; `الثلاثاء` → `2025-10-28`; `الأحد المقبل` → `2025-11-02`;
 * `أمس الجمعة` → the day before; `صباح اليوم` → `2025-10-28TMO`; `ظهر الاثنين` → `2025-10-27T12:00`.
 */
import { addDays, formatDay, weekday, type CivilDate } from '../civil-date.js'
import { resolveWeekday } from '../resolve-time.js'
import type { TimeContext, TimeMatch } from '../time-context.js'
import { matchCalendarDate } from './02-calendar-date.js'

/** Words before `اليوم` that make it `the present` rather than a date: `حتى اليوم`, `إلى اليوم`. */
const PRESENT_BEFORE = new Set(['حتي', 'الي', 'لغايه', 'وحتي', 'والي'])
/** Words before `اليوم` that make it a name, not a day: `عين اليوم`, `صحيفة اليوم` (outlets). */
const NOT_TODAY_BEFORE = new Set(['عين', 'صحيفه', 'جريده', 'لصحيفه', 'لجريده', 'بصحيفه', 'وعين', 'مجله', 'موقع', 'نفس', 'ذات', 'ذلك', 'هذا'])
/** Nouns of events before `الغد` that make it tomorrow's date, not `the future`: `اجتماع الغد`. */
const EVENT_BEFORE = new Set(['اجتماع', 'مباراه', 'لقاء', 'جلسه', 'قمه', 'مواجهه', 'مباريات', 'لقاءات', 'انتخابات', 'مسيره', 'مظاهره', 'رحله', 'موعد'])
/** Counts before `في اليوم` make it `per day`: `16 ساعة في اليوم`, `ثلاث مرات في اليوم`. */
const PER_DAY_BEFORE = new Set(['مره', 'مرات', 'ساعه', 'ساعات', 'وجبه', 'وجبات', 'طن', 'طنا', 'برميل', 'دولار', 'دولارا', 'رحله', 'رحلات', 'كيلو', 'لتر', 'لترا', 'الف'])
/** Words before `الاثنين` that make it `the two`: `كلا الاثنين`. */
const NOT_MONDAY_BEFORE = new Set(['كلا', 'هذين', 'هاذين', 'جثماني', 'بين'])

/** Reads `[daypart] [أمس|اليوم|غدا] [يوم] weekday [shift] [adverb] [، الموافق date]` and the lone relative days. */
export function matchDay(ctx: TimeContext, i: number): TimeMatch | null {
  let j = i
  let part: string | null = null
  let w = ctx.word(j)
  if (w && w.type === 'day-part' && !w.adverb) {
    part = w.part
    j++
    w = ctx.word(j)
  }
  // Relative day.
  let offset: number | null = null
  let noun = false
  const f = ctx.form(j)
  if (f === 'اول' && (ctx.norms[j + 1] === 'امس' || (ctx.norms[j + 1] === 'من' && ctx.norms[j + 2] === 'امس'))) {
    offset = -2
    j += ctx.norms[j + 1] === 'من' ? 3 : 2
  } else if (f === 'بعد' && (ctx.norms[j + 1] === 'غد' || ctx.norms[j + 1] === 'غدا')) {
    offset = 2
    j += 2
  } else if (part !== null && (f === 'غد')) {
    offset = 1
    j++
  } else if (w && w.type === 'day') {
    offset = w.offset
    noun = w.noun
    j++
    if (offset === -1 && ctx.norms[j] === 'الاول') {
      offset = -2
      j++
    }
  } else if (w && w.type === 'tonight' && part === null) {
    // `الليلة`, `الليلة الماضية` (last night).
    const s = ctx.word(j + 1)
    const last = s !== null && s.type === 'shift' && s.dir === -1 && ctx.cuts[j + 1] === 0
    const day = ctx.ref ? addDays(ctx.ref, last ? -1 : 0) : null
    return { tokenStart: i, cut: ctx.cuts[i]!, tokenEnd: last ? j + 2 : j + 1, value: day ? `${formatDay(day)}TNI` : null, ...(day ? { day } : {}) }
  }
  // Weekday.
  let weekdayAt = -1
  if (ctx.form(j) === 'يوم' && ctx.word(j + 1)?.type === 'weekday') j++
  const wd = ctx.word(j)
  let wdDay = -1
  if (wd && wd.type === 'weekday' && (j === i || ctx.cuts[j] === 0)) {
    if (wd.day === 1 && NOT_MONDAY_BEFORE.has(ctx.norms[j - 1] ?? '')) return null
    wdDay = wd.day
    weekdayAt = j
    j++
  }
  if (offset === null && wdDay < 0) return null
  if (part !== null && j === i + 1) return null
  let shift: -1 | 1 | null = null
  if (wdDay >= 0) {
    const s = ctx.word(j)
    if (s && s.type === 'shift' && s.dir !== 0 && ctx.cuts[j] === 0) {
      shift = s.dir
      j++
    }
    const a = ctx.word(j)
    if (a && a.type === 'day-part' && ctx.cuts[j] === 0 && (a.adverb || a.part === 'EV') && part === null) {
      part = a.part
      j++
    }
  }
  // `الأحد 19 مارس`, `الاثنين، 20 يوليو 2015`, `يوم الأحد الموافق 26 يوليو`: the date decides.
  let explicit: TimeMatch | null = null
  if (wdDay >= 0 || offset !== null) {
    let k = j
    if (ctx.norms[k] === '،' || ctx.norms[k] === ',' || ctx.norms[k] === '(') k++
    if (ctx.form(k) === 'الموافق') k++
    const d = matchCalendarDate(ctx, k)
    if (d && d.day) {
      explicit = d
      j = d.tokenEnd
      if (ctx.norms[j] === ')' && ctx.norms[k - 1] === '(') j++
    }
  }
  const ref = ctx.ref
  let day: CivilDate | null = null
  let value: string | null = null
  if (explicit) {
    day = explicit.day!
  } else if (offset !== null) {
    if (offset === 0 && wdDay < 0 && part === null) {
      // `اليوم` alone: the present after `حتى`, nothing in names and `اليوم الوطني`, the day otherwise.
      const prev = ctx.norms[i - 1] ?? ''
      if (NOT_TODAY_BEFORE.has(prev)) return null
      const next = ctx.norms[j] ?? ''
      if (next.startsWith('ال') && next.length > 3) return null
      if (ctx.word(j)?.type === 'unit' || next === 'نفسه' || next === 'ذاته') return null
      if (prev === 'في' && (PER_DAY_BEFORE.has(ctx.norms[i - 2] ?? '') || ctx.isNumber(i - 2))) return null
      if (PRESENT_BEFORE.has(prev)) return { tokenStart: i, cut: ctx.cuts[i]!, tokenEnd: j, value: 'PRESENT_REF' }
    }
    if (noun && offset === 1 && part === null && wdDay < 0 && !EVENT_BEFORE.has(ctx.norms[i - 1] ?? '')) {
      // `الغد` without a part of the day is mostly `the future`: `جيل الغد`.
      return { tokenStart: i, cut: ctx.cuts[i]!, tokenEnd: j, value: 'FUTURE_REF' }
    }
    // Quoted speech speaks of its own day: `«بدأت اليوم»` in a story told the next day.
    const base = offset === 0 && ctx.inQuote(i) ? ctx.anchorDay() : ref
    day = base ? addDays(base, offset) : null
    // `أمس الثلاثاء` in a story published on Friday: the copy was written days before it went out
    // (feeds date what they crawl). The weekday is the surer word: its day nearest the one meant.
    if (day && wdDay >= 0 && weekday(day) !== wdDay) {
      const ahead = (wdDay - weekday(day) + 7) % 7
      day = addDays(day, ahead <= 3 ? ahead : ahead - 7)
    }
  } else if (ref) {
    day = (shift === null ? ctx.namedDay(wdDay) : null) ?? resolveWeekday(ref, wdDay, shift, shift === null ? ctx.lean(weekdayAt) : -1)
  }
  if (day) {
    value = formatDay(day)
    // `T12:00` for noon, `TMO`/`TEV`/`TNI` for the vaguer parts.
    if (part !== null) value += `T${part}`
  }
  return { tokenStart: i, cut: ctx.cuts[i]!, tokenEnd: j, value, ...(day ? { day } : {}) }
}
