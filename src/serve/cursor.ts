/**
 * Opaque page cursors for lists (`next_cursor` in, `cursor=` back). A cursor holds the position
 * of the next page and a fingerprint of the query it belongs to, so it cannot be replayed against
 * another query. Positions are counts of rows skipped: when the archive changes between pages a
 * row can shift across a page boundary (seen twice or not at all), as with `offset`.
 */
import { createHash } from 'node:crypto'
import { MarsadError } from '../core/errors.js'

/** The fingerprint of a query: its filters, without the paging fields. */
function fingerprint(scope: string, query: Readonly<Record<string, unknown>>): string {
  const keys = Object.keys(query).filter((k) => query[k] !== undefined).sort()
  const canonical = JSON.stringify([scope, keys.map((k) => [k, query[k]])])
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 12)
}

/** The cursor of the page starting at `position` of the list that `scope` and `query` select. */
export function encodeCursor(scope: string, query: Readonly<Record<string, unknown>>, position: number): string {
  return Buffer.from(JSON.stringify({ p: position, f: fingerprint(scope, query) })).toString('base64url')
}

/**
 * The position a cursor points at. Throws ERR_INVALID_ARGUMENT when the cursor is garbled or
 * was made for another query (other words or filters).
 */
export function decodeCursor(cursor: string, scope: string, query: Readonly<Record<string, unknown>>): number {
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    value = null
  }
  const v = value as { p?: unknown; f?: unknown } | null
  if (!v || typeof v !== 'object' || typeof v.p !== 'number' || !Number.isInteger(v.p) || v.p < 0 || typeof v.f !== 'string') {
    throw new MarsadError('ERR_INVALID_ARGUMENT', 'Invalid query: cursor: not a cursor this server gave out')
  }
  if (v.f !== fingerprint(scope, query)) {
    throw new MarsadError('ERR_INVALID_ARGUMENT', 'Invalid query: cursor: it belongs to another query; send the same words and filters as the page it came from')
  }
  return v.p
}

/** The cursor after a page of `shown` rows from `position`, or null when it was the last page. */
export function nextCursor(scope: string, query: Readonly<Record<string, unknown>>, position: number, shown: number, total: number): string | null {
  return shown > 0 && position + shown < total ? encodeCursor(scope, query, position + shown) : null
}
