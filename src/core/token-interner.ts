import { WordCache } from './word-cache.js'

/**
 * One string object per distinct normalized token, across documents. Stages look words up in
 * string-keyed maps (lexicons, word classes, the NER word cache); V8 hashes a string once and
 * keeps the hash in the string, so a token that is always the same object is hashed once, not
 * once per stage per document. Finding the shared object hashes the characters in place, without
 * slicing, and compares them to confirm.
 *
 * Bounded like the other word caches (`WordCache`).
 */
export class TokenInterner {
  private readonly cache: WordCache<number, string>

  constructor(limit = 100_000) {
    this.cache = new WordCache(limit)
  }

  /** `text.slice(start, end)`, as the shared string when one is known. */
  intern(text: string, start: number, end: number): string {
    let h = 0x811c9dc5 // FNV-1a over UTF-16 code units
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
    h &= 0x3fffffff // small-integer keys: V8 keeps them unboxed
    const known = this.cache.get(h)
    // Two tokens with one hash: the second is sliced each time instead of shared.
    if (known !== undefined) return sameChars(known, text, start, end) ? known : text.slice(start, end)
    const s = text.slice(start, end)
    this.cache.set(h, s)
    return s
  }
}

/** True when `text.slice(start, end)` equals `s`, compared in place. */
function sameChars(s: string, text: string, start: number, end: number): boolean {
  if (s.length !== end - start) return false
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  return true
}

/** The interner of normalized tokens that documents share. */
export const TOKENS = new TokenInterner()
