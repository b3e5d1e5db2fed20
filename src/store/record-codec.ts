import { deflateRawSync, inflateRawSync } from 'node:zlib'
import type { ArticleRecord } from '../core/record.js'

/**
 * Encodes a record for storage: its JSON, deflated (Arabic news JSON shrinks to about a third).
 * The archive stores these bytes; `decodeRecord` gives the record back unchanged.
 */
export function encodeRecord(record: ArticleRecord): Uint8Array {
  return deflateRawSync(Buffer.from(JSON.stringify(record), 'utf8'), { level: 3 })
}

/** Decodes bytes written by `encodeRecord`. */
export function decodeRecord(bytes: Uint8Array): ArticleRecord {
  return JSON.parse(inflateRawSync(bytes).toString('utf8')) as ArticleRecord
}
