import type { z } from 'zod'
import { MarsadError } from '../core/errors.js'

/** Parses `value` with `schema`, or throws ERR_INVALID_ARGUMENT naming each bad field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const problems = result.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
  throw new MarsadError('ERR_INVALID_ARGUMENT', `Invalid ${what}: ${problems.join('; ')}`)
}
