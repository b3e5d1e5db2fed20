import { dayNumber, fromDayNumber, type CivilDate } from './civil-date.js'

/**
 * Hijri ↔ Gregorian conversion through Intl's `islamic-umalqura` calendar (CLDR/ICU, the Saudi
 * official calendar), with no table of our own: a first estimate from the mean month length is
 * corrected by formatting candidate days until the Hijri date matches.
 * `12 شوال 1436` → 2015-07-28.
 */

const HIJRI = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
})

/** Day number of 1 Muharram 1 AH (622-07-19 proleptic Gregorian, close enough to start the search). */
const EPOCH = dayNumber(622, 7, 19)
const MEAN_YEAR = 354.36667
const MEAN_MONTH = 29.530589

/** A Hijri date: year AH, month 1–12 (1 = Muharram, 9 = Ramadan), day 1–30. */
export interface HijriDate {
  readonly y: number
  readonly m: number
  readonly d: number
}

/** The Hijri (Umm al-Qura) date of a Gregorian date. */
export function toHijri(date: CivilDate): HijriDate {
  return hijriOfDay(dayNumber(date.y, date.m, date.d))
}

function hijriOfDay(n: number): HijriDate {
  let y = 0
  let m = 0
  let d = 0
  for (const p of HIJRI.formatToParts(n * 86_400_000)) {
    if (p.type === 'year') y = Number(p.value)
    else if (p.type === 'month') m = Number(p.value)
    else if (p.type === 'day') d = Number(p.value)
  }
  return { y, m, d }
}

const cache = new Map<number, number | null>()

/** Day number of a Hijri date, or null when that day does not exist (30 of a 29-day month). */
function dayOfHijri(h: HijriDate): number | null {
  const key = (h.y * 13 + h.m) * 31 + h.d
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  let n = Math.round(EPOCH + (h.y - 1) * MEAN_YEAR + (h.m - 1) * MEAN_MONTH + (h.d - 1))
  let found: number | null = null
  for (let step = 0; step < 8; step++) {
    const got = hijriOfDay(n)
    const diff = Math.round((h.y - got.y) * MEAN_YEAR + (h.m - got.m) * MEAN_MONTH + (h.d - got.d))
    if (diff === 0) {
      found = got.y === h.y && got.m === h.m && got.d === h.d ? n : null
      break
    }
    n += diff
  }
  if (cache.size > 4096) cache.clear()
  cache.set(key, found)
  return found
}

/** The Gregorian date of a Hijri date; null when the day does not exist or the year is out of range. */
export function hijriToGregorian(h: HijriDate): CivilDate | null {
  if (!(h.y >= 1 && h.y <= 2000 && h.m >= 1 && h.m <= 12 && h.d >= 1 && h.d <= 30)) return null
  const n = dayOfHijri(h)
  return n === null ? null : fromDayNumber(n)
}
