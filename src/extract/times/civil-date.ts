/**
 * Proleptic Gregorian calendar arithmetic on plain numbers, in UTC, for resolving times.
 * A day is counted as days since 1970-01-01 (`dayNumber`), so shifting by days, weeks and
 * months never meets time zones or daylight saving.
 */

/** A calendar date: year, month 1–12, day 1–31. */
export interface CivilDate {
  readonly y: number
  readonly m: number
  readonly d: number
}

const MS_PER_DAY = 86_400_000

/** Days since 1970-01-01 of a date; months and days out of range roll over (month 13 → January). */
export function dayNumber(y: number, m: number, d: number): number {
  const t = new Date(0)
  t.setUTCFullYear(y, m - 1, d)
  return Math.floor(t.getTime() / MS_PER_DAY)
}

/** The date of a day number. */
export function fromDayNumber(n: number): CivilDate {
  const t = new Date(n * MS_PER_DAY)
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }
}

/** Reads `YYYY-MM-DD` (a longer ISO date-time is cut to its date); null when not a real date. */
export function parseCivilDate(s: string | null): CivilDate | null {
  if (!s) return null
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s)
  if (!m) return null
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  return isValidDate(y, mo, d) ? { y, m: mo, d } : null
}

/** True when the date exists (`2024-02-29` yes, `2025-02-29` no). */
export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
}

/** Days in a month of a year, leap years included. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
}

/** Weekday of a date: 0 = Sunday … 6 = Saturday. */
export function weekday(date: CivilDate): number {
  return (((dayNumber(date.y, date.m, date.d) + 4) % 7) + 7) % 7
}

/** The date `n` days after `date` (negative: before). */
export function addDays(date: CivilDate, n: number): CivilDate {
  return fromDayNumber(dayNumber(date.y, date.m, date.d) + n)
}

/** The month `n` months after the month of `date`, as `{ y, m }`. */
export function addMonths(date: { y: number; m: number }, n: number): { y: number; m: number } {
  const k = date.y * 12 + (date.m - 1) + n
  return { y: Math.floor(k / 12), m: (((k % 12) + 12) % 12) + 1 }
}

/** Four-digit year (`0987`), as TimeML writes it. */
export function formatYear(y: number): string {
  return y < 0 ? String(y) : String(y).padStart(4, '0')
}

/** `YYYY-MM`. */
export function formatMonth(y: number, m: number): string {
  return `${formatYear(y)}-${String(m).padStart(2, '0')}`
}

/** `YYYY-MM-DD`. */
export function formatDay(date: CivilDate): string {
  return `${formatMonth(date.y, date.m)}-${String(date.d).padStart(2, '0')}`
}

/** ISO 8601 week of a date as TimeML writes it: `2025-W44` (the week-year may differ from the year at New Year). */
export function formatWeek(date: CivilDate): string {
  const n = dayNumber(date.y, date.m, date.d)
  const wd = weekday(date) || 7 // ISO: Monday 1 … Sunday 7
  const thursday = fromDayNumber(n + 4 - wd)
  const jan1 = dayNumber(thursday.y, 1, 1)
  const week = Math.floor((dayNumber(thursday.y, thursday.m, thursday.d) - jan1) / 7) + 1
  return `${formatYear(thursday.y)}-W${String(week).padStart(2, '0')}`
}
