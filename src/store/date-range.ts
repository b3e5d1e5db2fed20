import { MarsadError } from '../core/errors.js'

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/**
 * Reads a `--from`/`--to` bound as a `YYYY-MM-DD` day for comparing with stored days: `2015`
 * and `2015-07` stand for their first day as a lower bound and their last as an upper bound
 * (`2015-07` → `2015-07-31`, compared as text, so a 30-day month is fine). Throws ERR_BAD_DATE.
 */
export function dayBound(value: string, side: 'from' | 'to'): string {
  const m = DATE.exec(value.trim())
  const month = Number(m?.[2] ?? '01')
  const day = Number(m?.[3] ?? '01')
  if (!m || month < 1 || month > 12 || day < 1 || day > 31) {
    throw new MarsadError('ERR_BAD_DATE', `--${side} '${value}' is not a date; use YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2015-07-24`)
  }
  if (side === 'from') return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`
  return `${m[1]}-${m[2] ?? '12'}-${m[3] ?? '31'}`
}
