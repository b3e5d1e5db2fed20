import type { OffsetMap } from '../core/offset-map.js'
import { TokenFlag, TokenKind, type TokenLayer } from '../core/tokens.js'
import { isArabicLetter, isCombiningMark, isDigit, isLatinLetter, isSpace } from '../core/char-class.js'

const PUNCT = new Set('.,:;!?()[]{}«»“”„‟"\'‹›‘’،؛؟-–—_*#/\\|…'.split('').map((s) => s.charCodeAt(0)))

/**
 * Splits normalized text into words, numbers and punctuation.
 * Arabic and Latin letter runs are words; `3.5` and `15,000` are one number; runs of the same
 * punctuation (`...`, `--`) are one token. Clitics stay on their word (see `clitics.ts`).
 */
export function tokenize(normalized: string, map: OffsetMap): TokenLayer {
  const n = normalized.length
  let cap = Math.max(16, (n >>> 2) + 16)
  let start = new Int32Array(cap)
  let end = new Int32Array(cap)
  let kind = new Uint8Array(cap)
  let flags = new Uint8Array(cap)
  let count = 0
  let newlines = 0
  let sawSpace = false

  const push = (s: number, e: number, k: TokenKind): void => {
    if (count === cap) {
      cap *= 2
      const s2 = new Int32Array(cap); s2.set(start); start = s2
      const e2 = new Int32Array(cap); e2.set(end); end = e2
      const k2 = new Uint8Array(cap); k2.set(kind); kind = k2
      const f2 = new Uint8Array(cap); f2.set(flags); flags = f2
    }
    start[count] = s
    end[count] = e
    kind[count] = k
    let f = 0
    if (newlines > 0) f |= TokenFlag.NewlineBefore
    if (newlines > 1) f |= TokenFlag.ParagraphBefore
    if (!sawSpace && count > 0) f |= TokenFlag.Glued
    flags[count] = f
    count++
    newlines = 0
    sawSpace = false
  }

  let i = 0
  while (i < n) {
    const c = normalized.charCodeAt(i)
    if (isSpace(c)) {
      if (c === 0x0a) newlines++
      sawSpace = true
      i++
      continue
    }
    const s = i
    if (isArabicLetter(c)) {
      while (i < n && isArabicLetter(normalized.charCodeAt(i))) i++
      push(s, i, TokenKind.Arabic)
    } else if (isLatinLetter(c)) {
      while (i < n) {
        const d = normalized.charCodeAt(i)
        if (isLatinLetter(d) || isCombiningMark(d) || isDigit(d)) i++
        // o'brien, u.s. handled by the sentence splitter; keep "al-" style hyphens separate
        else break
      }
      push(s, i, TokenKind.Latin)
    } else if (isDigit(c)) {
      while (i < n) {
        const d = normalized.charCodeAt(i)
        if (isDigit(d)) i++
        // 3.5, 15,000: a separator between digits stays inside the number
        else if ((d === 0x2e || d === 0x2c) && i + 1 < n && isDigit(normalized.charCodeAt(i + 1))) i += 2
        else break
      }
      push(s, i, TokenKind.Number)
    } else if (PUNCT.has(c)) {
      i++
      while (i < n && normalized.charCodeAt(i) === c) i++
      push(s, i, TokenKind.Punct)
    } else {
      // A surrogate pair is one symbol (an emoji).
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1
      push(s, i, TokenKind.Symbol)
    }
  }

  const nstart = start.slice(0, count)
  const nend = end.slice(0, count)
  const tstart = new Int32Array(count)
  const tend = new Int32Array(count)
  for (let t = 0; t < count; t++) {
    tstart[t] = map.toText(nstart[t]!)
    tend[t] = map.ends[nend[t]! - 1]!
  }
  return { count, start: tstart, end: tend, nstart, nend, kind: kind.slice(0, count), flags: flags.slice(0, count) }
}
