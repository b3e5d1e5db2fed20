import { z } from 'zod'

const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/

/** A date filter: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const dateField = z.string().regex(DATE, 'must be YYYY-MM-DD, YYYY-MM or YYYY')

/** A whole number in a query string, from `min` to `max` inclusive. */
export const wholeField = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))

/** An opaque page cursor as `next_cursor` gave it. */
export const cursorField = z.string().min(1).max(200)
