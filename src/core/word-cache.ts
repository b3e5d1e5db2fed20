/**
 * A bounded memo for per-word answers (word classes, cue readings, NER word profiles). News
 * vocabulary never stops growing, so an unbounded map would grow with every article read. Two
 * generations: lookups go to the young map, then the old one (a hit there moves the entry
 * back to the young one); when the young map fills up it becomes the old one and the previous
 * old one is dropped. Frequent words stay; memory stays below `limit` entries. A string key
 * longer than `MAX_CACHED_WORD_LENGTH` (a URL, a blob of base64) is never kept, so memory is
 * bounded in bytes as well as in entries on any input.
 */
/** Longest string key, in UTF-16 code units, that a word cache keeps. */
export const MAX_CACHED_WORD_LENGTH = 64

export class WordCache<K, V> {
  private young = new Map<K, V>()
  private old = new Map<K, V>()
  private readonly half: number

  /** `limit`: most entries kept (both generations together), at least 2. */
  constructor(limit: number) {
    if (!Number.isInteger(limit) || limit < 2) throw new TypeError(`a word cache needs a limit of 2 or more, not ${limit}`)
    this.half = limit >>> 1
  }

  /** The cached value, or undefined. */
  get(key: K): V | undefined {
    const v = this.young.get(key)
    if (v !== undefined) return v
    const o = this.old.get(key)
    if (o !== undefined) this.set(key, o)
    return o
  }

  set(key: K, value: V): void {
    if (typeof key === 'string' && key.length > MAX_CACHED_WORD_LENGTH) return
    if (this.young.size >= this.half) {
      this.old = this.young
      this.young = new Map()
    }
    this.young.set(key, value)
  }

  /** The cached value, or `make(key)` stored and returned. */
  getOrMake(key: K, make: (key: K) => V): V {
    let v = this.get(key)
    if (v === undefined) {
      v = make(key)
      this.set(key, v)
    }
    return v
  }
}
