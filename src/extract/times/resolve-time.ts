import {
  addDays, addMonths, dayNumber, formatDay, formatMonth, formatWeek, formatYear, isValidDate, weekday, type CivilDate,
} from './civil-date.js'
import { hijriToGregorian, toHijri } from './hijri-to-gregorian.js'
import type { TimeUnit } from './time-lexicon.js'

/**
 * Resolves what a time expression names against the reference date (the publication date),
 * to TimeML values. For an article of Tuesday 2025-10-28: weekday 1 (Monday) → `2025-10-27`,
 * month 9 with `الماضي` → `2025-09`, season FA with `الماضي` → `2024-FA`.
 */

/** Which way an unmarked name points: `-1` on or before the reference, `1` on or after (future tense). */
export type Direction = -1 | 1

/** Which occurrence a modifier asks for: `-1` last (`الماضي`), `0` this (`الجاري`), `1` next (`المقبل`), null none. */
export type Shift = -1 | 0 | 1 | null

/** The date of a weekday (0 = Sunday) near the reference: last or next strictly with a shift, else on or before/after. */
export function resolveWeekday(ref: CivilDate, day: number, shift: Shift, lean: Direction): CivilDate {
  const w = weekday(ref)
  if (shift === -1) return addDays(ref, -(((w - day + 6) % 7) + 1))
  if (shift === 1) return addDays(ref, ((day - w + 6) % 7) + 1)
  if (lean === 1) return addDays(ref, (day - w + 7) % 7)
  return addDays(ref, -((w - day + 7) % 7))
}

/** The year of a month name (1–12) near the reference. */
export function resolveMonthYear(ref: CivilDate, month: number, shift: Shift, lean: Direction): number {
  if (shift === 0) return ref.y
  if (shift === -1) return month < ref.m ? ref.y : ref.y - 1
  if (shift === 1) return month > ref.m ? ref.y : ref.y + 1
  if (lean === 1) return month >= ref.m ? ref.y : ref.y + 1
  return month <= ref.m ? ref.y : ref.y - 1
}

/** How far ahead an unmarked day and month may point before it is taken as last year's. */
const SOON_DAYS = 42

/** The year of a day and month (`4 أبريل`) near the reference: on or before it, or on or after in the future tense. */
export function resolveDayMonthYear(ref: CivilDate, month: number, day: number, shift: Shift, lean: Direction): number {
  if (shift !== null) return resolveMonthYear(ref, month, shift, lean)
  const sameYear = dayNumber(ref.y, month, day) - dayNumber(ref.y, ref.m, ref.d)
  if (lean === 1) return sameYear >= 0 ? ref.y : ref.y + 1
  // Unmarked, a day up to six weeks ahead is the coming one (`المباراة في 15 يونيو` on 1 June); else the last.
  if (sameYear > 0 && sameYear <= SOON_DAYS) return ref.y
  if (sameYear < 0 && sameYear + 365 <= SOON_DAYS) return ref.y + 1
  return sameYear <= 0 ? ref.y : ref.y - 1
}

/** A day value `YYYY-MM-DD`, or null when the day does not exist (`30 فبراير`, `29 فبراير 2025`). */
export function dayValue(y: number, m: number, d: number): string | null {
  return isValidDate(y, m, d) ? formatDay({ y, m, d }) : null
}

/** The value of `الأسبوع/الشهر/العام الماضي` and the like: the reference's period moved by `shift`. */
export function shiftedPeriod(ref: CivilDate, unit: TimeUnit, shift: -1 | 0 | 1): string | null {
  switch (unit) {
    case 'D': return formatDay(addDays(ref, shift))
    case 'W': return formatWeek(addDays(ref, 7 * shift))
    case 'M': { const x = addMonths(ref, shift); return formatMonth(x.y, x.m) }
    case 'Y': return formatYear(ref.y + shift)
    case 'DE': return String(Math.floor(ref.y / 10) + shift)
    case 'CE': return String(Math.floor(ref.y / 100) + shift)
    default: return null
  }
}

/** The value of `قبل ثلاثة أيام`, `منذ أسبوعين`: the reference moved back `n` units, at that unit's precision. */
export function agoValue(ref: CivilDate, unit: TimeUnit, n: number): string | null {
  if (!Number.isInteger(n) || n <= 0 || n > 10000) return 'PAST_REF'
  switch (unit) {
    case 'D': return formatDay(addDays(ref, -n))
    case 'W': return formatWeek(addDays(ref, -7 * n))
    case 'M': { const x = addMonths(ref, -n); return formatMonth(x.y, x.m) }
    case 'Y': return formatYear(ref.y - n)
    case 'DE': return formatYear(ref.y - 10 * n)
    case 'CE': return formatYear(ref.y - 100 * n)
    default: return 'PAST_REF'
  }
}

/** A TimeML duration: `P3M`, `PT5H`, `P20Y`, `P2DE`; `n` null gives the vague `PXM`, `PTXH`. */
export function durationValue(unit: TimeUnit, n: number | null): string {
  const count = n === null ? 'X' : formatCount(n)
  switch (unit) {
    case 'MI': return `PT${count}M`
    case 'H': return `PT${count}H`
    default: return `P${count}${unit}`
  }
}

/** A count in a duration: whole numbers as they are; halves become the next smaller unit by the caller. */
function formatCount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100)
}

/** Season instances in time order: each starts in March (SP), June (SU), September (FA) or December (WI). */
const SEASONS = ['SP', 'SU', 'FA', 'WI'] as const
type Season = (typeof SEASONS)[number]

function seasonIndex(date: CivilDate): number {
  // Month 3–5 SP, 6–8 SU, 9–11 FA, 12–2 WI (meteorological; winter counts with its December's year).
  const k = date.y * 12 + date.m - 3
  return Math.floor(k / 3)
}

/** A season value (`2024-FA`): `الخريف الماضي` is the last autumn before the current season, `هذا الصيف` this year's. */
export function resolveSeason(ref: CivilDate, code: Season, shift: Shift): string {
  const cur = seasonIndex(ref)
  const s = SEASONS.indexOf(code)
  let idx: number
  if (shift === -1) {
    idx = cur - 1
    while (((idx % 4) + 4) % 4 !== s) idx--
  } else if (shift === 1) {
    idx = cur + 1
    while (((idx % 4) + 4) % 4 !== s) idx++
  } else {
    // This year's: spring, summer and autumn of the reference year; the winter that starts in its December,
    // unless the reference is itself in January or February (then the winter under way).
    const y = code === 'WI' && ref.m <= 2 ? ref.y - 1 : ref.y
    return `${formatYear(y)}-${code}`
  }
  const y = Math.floor(idx / 4)
  return `${formatYear(y)}-${code}`
}

/** The Gregorian year of a Hijri year: the one holding its middle (1 Rajab), since a Hijri year spans two. */
export function hijriYearValue(hy: number): string | null {
  const mid = hijriToGregorian({ y: hy, m: 7, d: 1 })
  return mid ? formatYear(mid.y) : null
}

/** The Gregorian month of a Hijri month: the one holding its 15th day (`رمضان 1436` → `2015-07`). */
export function hijriMonthValue(hy: number, hm: number): string | null {
  const mid = hijriToGregorian({ y: hy, m: hm, d: 15 })
  return mid ? formatMonth(mid.y, mid.m) : null
}

/** The Hijri year of a Hijri month name near the reference (`رمضان المقبل`). */
export function resolveHijriYear(ref: CivilDate, month: number, shift: Shift, lean: Direction): number {
  const h = toHijri(ref)
  return resolveMonthYear({ y: h.y, m: h.m, d: h.d }, month, shift, lean)
}

/** The Gregorian day of a Hijri date (`12 شوال 1436` → `2015-07-28`). */
export function hijriDayValue(hy: number, hm: number, hd: number): string | null {
  const g = hijriToGregorian({ y: hy, m: hm, d: hd })
  return g ? formatDay(g) : null
}

/** The weekday of a date (0 = Sunday), exported for checks against a weekday named beside a date. */
export function weekdayOf(date: CivilDate): number {
  return weekday(date)
}
