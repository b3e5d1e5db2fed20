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

const TEXT_KEY = '"text":"'

/**
 * The `text` of a record written by `encodeRecord`, without parsing its layers: search results
 * need only the text for their snippets, and the layers are most of the JSON.
 */
export function decodeRecordText(bytes: Uint8Array): string {
  const json = inflateRawSync(bytes).toString('utf8')
  // `text` is the third key of a record (`toRecord` writes SPEC's order); its value ends at the
  // first quote that no backslash escapes.
  const at = json.indexOf(TEXT_KEY)
  if (at < 0 || at > 200) return (JSON.parse(json) as ArticleRecord).text
  const start = at + TEXT_KEY.length - 1
  let i = start + 1
  for (; i < json.length; i++) {
    const c = json.charCodeAt(i)
    if (c === 0x5c) i++ // backslash: skip the escaped character
    else if (c === 0x22) break
  }
  return JSON.parse(json.slice(start, i + 1)) as string
}
