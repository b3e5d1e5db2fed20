/**
 * Periods named relative to the publication date, seasons, and vague references.
 * For 2025-10-28: `الأسبوع الماضي` → `2025-W43`; `الشهر المقبل` → `2025-11`; `هذا العام` → `2025`;
 * `الخريف الماضي` → `2024-FA`; `الأشهر الأخيرة` → `PAST_REF`; `الآن` → `PRESENT_REF`; `يوميا` → `P1D`.
 */
import { formatYear } from '../civil-date.js'
import { resolveSeason, shiftedPeriod } from '../resolve-time.js'
import type { TimeContext, TimeMatch } from '../time-context.js'
import type { TimeUnit, TimeWord } from '../time-lexicon.js'
import { isYearWord } from './02-calendar-date.js'

/** Nouns before `المستقبل` that make it a name: `تيار المستقبل`. */
const NOT_FUTURE_BEFORE = new Set(['تيار', 'حزب', 'كتله', 'صحيفه', 'جريده', 'قناه', 'مدرسه', 'جامعه', 'مؤسسه', 'مدينه', 'نادي', 'مجموعه', 'اكاديميه', 'منتدي', 'شركه'])
/** Words before `المستقبل` / `الماضي` used as nouns of time: `في المستقبل`, `من الماضي`. */
const TIME_NOUN_BEFORE = new Set(['في', 'من', 'الي', 'نحو', 'عن', 'للمستقبل', 'وفي', 'ومن', 'مع'])
/** `القريب`, `البعيد` after `المستقبل`. */
const FUTURE_TAIL = new Set(['القريب', 'البعيد', 'المنظور', 'المقبل'])
/** `الوقت الحالي`, `الوقت الراهن`. */
const PRESENT_TAIL = new Set(['الحالي', 'الراهن', 'الحاضر', 'الحاليه', 'الراهنه'])

/** Nouns that take `العام` as an adjective (`الأمين العام السابق` is a former secretary-general, not last year). */
const GENERAL_BEFORE = new Set([
  'الامين', 'المدعي', 'المدير', 'النائب', 'المراقب', 'المفتش', 'المنسق', 'القائد', 'المستشار', 'المرشد', 'الراي', 'القطاع',
  'المال', 'النظام', 'الاتحاد', 'المؤتمر', 'الامن', 'الاضراب', 'الصالح', 'العفو', 'الادعاء', 'الحق', 'المجال', 'الطابع',
  'الامانه', 'الاطار', 'المشهد', 'الشان', 'التعليم', 'الانطباع', 'المزاج', 'المفوض', 'المحامي', 'الوكيل', 'المساعد',
])

/** Adjectives that make a year not the calendar year: `العام الدراسي`, `العام المالي`. */
const OTHER_YEARS = new Set(['الدراسي', 'المالي', 'الجامعي', 'الهجري', 'الرياضي', 'التدريبي'])

/** The unit a singular period noun names (`الأسبوع` → W), or null. */
function periodUnit(w: TimeWord | null, definite: boolean): TimeUnit | null {
  if (!w || w.type !== 'unit' || w.number !== 'one' || w.definite !== definite) return null
  return w.unit === 'W' || w.unit === 'M' || w.unit === 'Y' || w.unit === 'DE' || w.unit === 'CE' || w.unit === 'D' ? w.unit : null
}

function at(ctx: TimeContext, i: number, end: number, value: string | null): TimeMatch {
  return { tokenStart: i, cut: ctx.cuts[i]!, tokenEnd: end, value }
}

/** Matches relative periods, seasons, vague references and frequencies starting at token `i`. */
export function matchPeriod(ctx: TimeContext, i: number): TimeMatch | null {
  const w = ctx.word(i)
  if (!w) return null
  const ref = ctx.ref
  switch (w.type) {
    case 'this': {
      // `هذا العام`, `هذا الأسبوع`, `هذا الصيف`, `هذا الموسم`.
      const n = ctx.word(i + 1)
      if (ctx.cuts[i + 1] !== 0) return null
      const unit = periodUnit(n, true)
      if (unit && unit !== 'D') return at(ctx, i, i + 2, ref ? shiftedPeriod(ref, unit, 0) : null)
      if (n && n.type === 'season' && n.definite) return at(ctx, i, i + 2, ref ? resolveSeason(ref, n.code, 0) : null)
      if (n && n.type === 'season-word') return at(ctx, i, i + 2, null)
      if (n && n.type === 'day-part' && !n.adverb && ctx.norms[i + 1]!.startsWith('ال')) return null
      return null
    }
    case 'unit': {
      const s = ctx.word(i + 1)
      const unit = periodUnit(w, true)
      if (unit && unit !== 'D' && s && s.type === 'shift' && ctx.cuts[i + 1] === 0) {
        if (ctx.form(i) === 'العام' && GENERAL_BEFORE.has(ctx.norms[i - 1] ?? '')) return null
        // `الشهر الماضي`, `العام المقبل`, `الأسبوع الجاري`; `اليوم السابق` is relative to an event.
        return at(ctx, i, i + 2, ref ? shiftedPeriod(ref, unit, s.dir) : null)
      }
      if ((w.number === 'plural' || w.number === 'dual') && w.definite) {
        // `الأشهر الأخيرة`, `الأيام المقبلة`, `السنوات الثلاث الماضية`, `الأشهر الـ14 الماضية`,
        // `الأشهر القليلة الماضية`, `اليومين الماضيين`.
        let j = i + 1
        if (ctx.norms[j] === 'ال' && ctx.isNumber(j + 1)) j += 2
        else if (ctx.isNumber(j)) j++
        else {
          const num = ctx.number(j)
          if (num && num.definite) j = num.tokenEnd
        }
        if (ctx.norms[j] === 'القليله' || ctx.norms[j] === 'العديده') j++
        const t = ctx.word(j)
        if (t && t.type === 'shift' && ctx.cuts[j] === 0) {
          return at(ctx, i, j + 1, t.dir === -1 ? 'PAST_REF' : t.dir === 1 ? 'FUTURE_REF' : 'PRESENT_REF')
        }
      }
      return null
    }
    case 'season-word': {
      // `الموسم الماضي`: a sports or farming season has no calendar value.
      const s = ctx.word(i + 1)
      if (s && s.type === 'shift' && ctx.cuts[i + 1] === 0) return at(ctx, i, i + 2, null)
      return null
    }
    case 'label':
    case 'season': {
      // `فصل الخريف`, `الخريف الماضي`, `صيف 2015`, `صيف العام الماضي`.
      let j = i
      if (w.type === 'label') {
        j++
        const n = ctx.word(j)
        if (!n || n.type !== 'season' || !n.definite) return null
      }
      const sw = ctx.word(j) as Extract<TimeWord, { type: 'season' }>
      if (ctx.norms[j + 1] === 'العربي') return null
      const next = ctx.word(j + 1)
      if (next && next.type === 'shift' && ctx.cuts[j + 1] === 0) return at(ctx, i, j + 2, ref ? resolveSeason(ref, sw.code, next.dir) : null)
      let k = j + 1
      if (ctx.norms[k] === 'من') k++
      if (isYearWord(ctx, k)) k++
      const y = ctx.integer(k)
      if (y !== null && y >= 1000 && y <= 2200 && ctx.norms[k]!.length === 4) {
        const end = ctx.norms[k + 1] === 'م' ? k + 2 : k + 1
        return at(ctx, i, end, `${formatYear(y)}-${sw.code}`)
      }
      if (isYearWord(ctx, k - 1) && k - 1 > j) {
        const ys = ctx.word(k)
        if (ys && ys.type === 'shift') return at(ctx, i, k + 1, ref ? `${formatYear(ref.y + ys.dir)}-${sw.code}` : null)
      }
      if (w.type === 'label') return at(ctx, i, j + 1, ref ? resolveSeason(ref, sw.code, null) : null)
      return null
    }
    case 'period': {
      const f = ctx.form(i)
      const t = ctx.norms[i + 1] ?? ''
      if (f === 'وقت') {
        // `في وقت سابق`, `في وقت لاحق`.
        if (t === 'سابق') return at(ctx, i, i + 2, 'PAST_REF')
        if (t === 'لاحق') return at(ctx, i, i + 2, 'FUTURE_REF')
        return null
      }
      if (PRESENT_TAIL.has(t)) return at(ctx, i, i + 2, 'PRESENT_REF')
      const s = ctx.word(i + 1)
      if (f !== 'الوقت' && s && s.type === 'shift' && ctx.cuts[i + 1] === 0 && s.feminine) {
        return at(ctx, i, i + 2, s.dir === -1 ? 'PAST_REF' : s.dir === 1 ? 'FUTURE_REF' : 'PRESENT_REF')
      }
      return null
    }
    case 'ref': {
      const f = ctx.form(i)
      if (f === 'المستقبل') {
        const prev = ctx.norms[i - 1] ?? ''
        if (NOT_FUTURE_BEFORE.has(prev)) return null
        if (FUTURE_TAIL.has(ctx.norms[i + 1] ?? '')) return at(ctx, i, i + 2, 'FUTURE_REF')
        // `في المستقبل` is a time; `رجل المستقبل`, `ينظر للمستقبل` are figures of speech.
        if (ctx.cuts[i] !== 0 || !(prev === 'في' || prev === 'وفي')) return null
      }
      return at(ctx, i, i + 1, w.value)
    }
    case 'shift': {
      // `في الماضي` — the past as a noun.
      if (ctx.form(i) !== 'الماضي') return null
      const prev = ctx.norms[i - 1] ?? ''
      return TIME_NOUN_BEFORE.has(prev) ? at(ctx, i, i + 1, 'PAST_REF') : null
    }
    case 'frequency':
      return at(ctx, i, i + 1, w.value)
    default:
      return null
  }
}

/**
 * `مطلع`, `أواخر`, `منتصف` before a period keep the period's value: `مطلع الشهر الجاري` → the month,
 * `نهاية العام` (no modifier) → this year.
 */
export function matchBareEdge(ctx: TimeContext, i: number): TimeMatch | null {
  const w = ctx.word(i)
  if (!w || w.type !== 'edge') return null
  const f = ctx.form(i)
  if (f === 'اول' || f === 'اخر') {
    // `أول الشهر` is common, `آخر العام` too; `أول مرة` is not a time.
    if (!periodUnit(ctx.word(i + 1), true)) return null
  }
  const unit = periodUnit(ctx.word(i + 1), true)
  if (!unit || unit === 'D' || unit === 'DE' || unit === 'CE' || ctx.cuts[i + 1] !== 0) return null
  if (unit === 'W' && ctx.norms[i - 1] === 'عطله') return null
  // `بداية العام الدراسي`: a school or fiscal year has no calendar value.
  if (OTHER_YEARS.has(ctx.norms[i + 2] ?? '')) return null
  const ref = ctx.ref
  return { tokenStart: i, cut: ctx.cuts[i]!, tokenEnd: i + 2, value: ref ? shiftedPeriod(ref, unit, 0) : null }
}
