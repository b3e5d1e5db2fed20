/**
 * Reads the publication dates found in page metadata and JSON inputs into
 * the ISO forms SPEC.md allows: `2025-10-28` or `2025-10-28T09:30:00+03:00`.
 */

/** `2025-10-28`, `2025-10-28T09:30`, `2025-10-28 09:30:00.5Z`, `2025-10-28T09:30:00+0300`. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i

/** `2025/10/28` and `2025.10.28` (year first is never ambiguous; `10/28/2025` is, and is refused). */
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/

/** `Tue, 28 Oct 2025 09:30:00 GMT` (RFC 2822) and `28 October 2025`. */
const DAY_MONTH_YEAR = /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})(?:,?\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*(gmt|utc|z|[+-]\d{2}:?\d{2})?)?$/i

/** `October 28, 2025`. */
const MONTH_DAY_YEAR = /^(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i

/**
 * Returns the date in ISO form (a date, or a date-time keeping its offset,
 * seconds added when missing), or null when the value is not a real date
 * (`2025-02-30`, `28/10/2025`, `yesterday`).
 */
export function normalizePublished(value: string): string | null {
  const trimmed = value.trim()
  let m = ISO.exec(trimmed)
  if (m) return build(m[1]!, m[2]!, m[3]!, m[4], m[5], m[6], m[7], m[8])
  m = YEAR_FIRST.exec(trimmed)
  if (m) return build(m[1]!, m[2]!, m[3]!)
  m = DAY_MONTH_YEAR.exec(trimmed)
  if (m) return build(m[3]!, monthNumber(m[2]!), m[1]!, m[4], m[5], m[6], undefined, m[7])
  m = MONTH_DAY_YEAR.exec(trimmed)
  if (m) return build(m[3]!, monthNumber(m[1]!), m[2]!)
  return null
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** `Oct`, `October` and `Sept` give `10` and `9`; anything else gives `0`, which `build` refuses. */
function monthNumber(name: string): string {
  const lower = name.toLowerCase()
  const index = MONTHS.findIndex((month) => month === lower || month.slice(0, 3) === lower || (lower === 'sept' && month === 'september'))
  return String(index + 1)
}

function build(
  year: string,
  month: string,
  day: string,
  hour?: string,
  minute?: string,
  second?: string,
  fraction?: string,
  zone?: string,
): string | null {
  const y = Number(year)
  const mo = Number(month)
  const d = Number(day)
  const check = new Date(Date.UTC(y, mo - 1, d))
  if (mo < 1 || mo > 12 || check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null
  const date = `${year}-${pad(mo)}-${pad(d)}`
  if (hour === undefined || minute === undefined) return date
  const h = Number(hour)
  const mi = Number(minute)
  const s = second === undefined ? 0 : Number(second)
  if (h > 23 || mi > 59 || s > 59) return null
  const offset = normalizeZone(zone)
  if (offset === null) return null
  return `${date}T${pad(h)}:${pad(mi)}:${pad(s)}${fraction ?? ''}${offset}`
}

/** `GMT`, `UTC`, `z` → `Z`; `+0300` → `+03:00`; no zone stays a local time. */
function normalizeZone(zone: string | undefined): string | null {
  if (zone === undefined) return ''
  const upper = zone.toUpperCase()
  if (upper === 'Z' || upper === 'GMT' || upper === 'UTC') return 'Z'
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)
  if (!m || Number(m[2]) > 14 || Number(m[3]) > 59) return null
  return `${m[1]}${m[2]}:${m[3]}`
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
