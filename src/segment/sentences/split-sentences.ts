import { TokenFlag, TokenKind, type TokenLayer } from '../../core/tokens.js'
import { ARABIC_ABBREVIATIONS, LATIN_ABBREVIATIONS } from './abbreviations.js'

/** Quote marks that open, mapped to the marks that may close them (Arabic news mixes them freely). */
const OPENERS: ReadonlyMap<string, string> = new Map([
  ['«', '»'], ['“', '”'], ['„', '”“'], ['‹', '›'], ['"', '"'], ['(', ')'],
])
const CLOSERS = new Set(['»', '”', '›', '"', ')', "'", '’'])
const TERMINAL = new Set(['.', '!', '?', '؟', '…', '...', '..', '!!', '??', '؟؟', '!?', '?!'])
/** A quote longer than this (in tokens) is not held open across sentence ends: an unclosed mark must not swallow the text. */
const MAX_HELD_QUOTE = 120

/**
 * Splits tokens into sentences and returns `[tokenStart, tokenEnd)` pairs.
 *
 * A sentence ends at `.` `!` `?` `؟` `…` (with any closing quote or bracket after it) or at a line
 * break, but not after an abbreviation (`د. محمد`), an initial (`أ.ف.ب`), inside a number (`3.5`, one
 * token already), nor inside a short quotation that closes in the same paragraph:
 * `قال: "وصلنا. الوضع هادئ" ثم غادر.` is one sentence.
 */
export function splitSentences(normalized: string, tokens: TokenLayer): [number, number][] {
  const out: [number, number][] = []
  const n = tokens.count
  let first = 0
  const norm = (i: number): string => normalized.slice(tokens.nstart[i], tokens.nend[i])

  const closeAt = (end: number): void => {
    if (end > first) out.push([first, end])
    first = end
  }

  for (let i = 0; i < n; i++) {
    if (i > first && tokens.flags[i]! & TokenFlag.NewlineBefore) closeAt(i)
    if (tokens.kind[i] !== TokenKind.Punct) continue
    const t = norm(i)
    const closer = OPENERS.get(t)
    if (closer && !(t === '"' && isClosingStraightQuote(tokens, i))) {
      // Hold a short quotation open: skip to its closing mark if it closes before the paragraph ends.
      const j = findClose(normalized, tokens, i, closer)
      if (j > 0) i = j
      continue
    }
    if (!TERMINAL.has(t)) continue
    if (t === '.' && i > first && isAbbreviation(normalized, tokens, i)) continue
    let end = i + 1
    while (end < n && tokens.kind[end] === TokenKind.Punct && CLOSERS.has(norm(end)) && !(tokens.flags[end]! & TokenFlag.NewlineBefore)) end++
    closeAt(end)
    i = end - 1
  }
  closeAt(n)
  return out
}

/** A straight `"` glued to the word before it and followed by space closes a quote rather than opening one. */
function isClosingStraightQuote(tokens: TokenLayer, i: number): boolean {
  return (tokens.flags[i]! & TokenFlag.Glued) !== 0 && i > 0 && tokens.kind[i - 1] !== TokenKind.Punct
}

/** Index of the token closing the quotation opened at `i`, or -1 if it does not close soon in this paragraph. */
function findClose(normalized: string, tokens: TokenLayer, i: number, closers: string): number {
  const limit = Math.min(tokens.count, i + MAX_HELD_QUOTE)
  for (let j = i + 1; j < limit; j++) {
    if (tokens.flags[j]! & TokenFlag.NewlineBefore) return -1
    if (tokens.kind[j] !== TokenKind.Punct) continue
    const t = normalized.slice(tokens.nstart[j], tokens.nend[j])
    if (closers.includes(t)) return j
  }
  return -1
}

/** True when the full stop at token `i` ends an abbreviation or an initial, not a sentence. */
function isAbbreviation(normalized: string, tokens: TokenLayer, i: number): boolean {
  const p = i - 1
  if (tokens.flags[i]! & TokenFlag.NewlineBefore) return false
  if (!(tokens.flags[i]! & TokenFlag.Glued)) return false
  const word = normalized.slice(tokens.nstart[p], tokens.nend[p])
  const next = i + 1 < tokens.count ? i + 1 : -1
  if (tokens.kind[p] === TokenKind.Arabic) {
    if (!ARABIC_ABBREVIATIONS.has(word)) return false
    // `أ.ف.ب` or `د. محمد`: a one-letter word then a stop is an initial unless the line ends there.
    return next > 0 && !(tokens.flags[next]! & TokenFlag.NewlineBefore)
  }
  if (tokens.kind[p] === TokenKind.Latin) {
    if (word.length === 1) return true // U.S., J. Smith
    return LATIN_ABBREVIATIONS.has(word)
  }
  return false
}
