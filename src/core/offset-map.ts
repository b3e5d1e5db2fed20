import type { Span } from './span.js'

/**
 * Maps positions in the normalized text back to the original text.
 * `starts[i]` is where normalized character i begins in the original, `ends[i]` where it ends
 * (a dropped diacritic or tatweel after a letter extends that letter's end, so spans keep their marks).
 */
export class OffsetMap {
  readonly starts: Int32Array
  readonly ends: Int32Array
  readonly textLength: number

  constructor(starts: Int32Array, ends: Int32Array, textLength: number) {
    this.starts = starts
    this.ends = ends
    this.textLength = textLength
  }

  /** Original index where normalized character `i` starts; `i === length` gives the text length. */
  toText(i: number): number {
    return i >= this.starts.length ? this.textLength : this.starts[i]!
  }

  /** Maps a normalized span to the original text, keeping attached marks inside it. */
  spanToText(s: Span): Span {
    const [start, end] = s
    if (end <= start) return [this.toText(start), this.toText(start)]
    return [this.starts[start]!, this.ends[end - 1]!]
  }

  /** Normalized index of the first character that starts at or after original index `t`. */
  fromText(t: number): number {
    const a = this.starts
    let lo = 0
    let hi = a.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (a[mid]! < t) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** Maps an original span to the normalized text (the normalized characters that lie inside it). */
  spanFromText(s: Span): Span {
    const start = this.fromText(s[0])
    let end = this.fromText(s[1])
    if (end < start) end = start
    return [start, end]
  }
}
