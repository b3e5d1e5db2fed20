import { MAX_CACHED_WORD_LENGTH, WordCache } from './word-cache.js'

/**
 * A distinct normalized word, one object shared by every document that has it (spaCy's
 * lexemes, wink-nlp's vocabulary): stages keep what they work out about a word on its lexeme —
 * its word class, its reading as a reporting verb, its NER features — so each is worked out
 * once, and found again by every later token of the word without another lookup. News
 * vocabulary is large enough that each such lookup in its own big map costs a cache miss.
 */
export class Lexeme {
  /** The normalized word. */
  readonly text: string
  /** What stages worked out about the word, by `LexemeSlot` index. */
  readonly values: unknown[] = []

  constructor(text: string) {
    this.text = text
  }
}

let slots = 0

/** A place on every lexeme for one kind of value, worked out once per word. */
export class LexemeSlot<T> {
  readonly index = slots++
  /** Who keeps values here (for messages and debugging), e.g. `quotes/word-class`. */
  readonly name: string

  constructor(name: string) {
    this.name = name
  }

  /** The value of `lex`, or undefined when not worked out yet. */
  get(lex: Lexeme): T | undefined {
    return lex.values[this.index] as T | undefined
  }

  set(lex: Lexeme, value: T): void {
    lex.values[this.index] = value
  }

  /** The value of `lex`, worked out by `make(lex.text)` the first time. */
  getOrMake(lex: Lexeme, make: (word: string) => T): T {
    const values = lex.values
    let v = values[this.index] as T | undefined
    if (v === undefined) {
      v = make(lex.text)
      values[this.index] = v
    }
    return v
  }
}

/**
 * The lexemes known to this process. Finding a token's lexeme hashes its characters in place,
 * without slicing the text, and compares them to confirm. Bounded (`WordCache`): a lexeme
 * dropped with its generation is made again, with empty values, when its word comes back.
 * A small direct-mapped table in front holds the words met last at each of its slots: the
 * frequent words (في، من، قال) are found there, in cache, without a probe of the big map.
 */
export class Lexicon {
  private readonly cache: WordCache<number, Lexeme>
  private readonly recent = new Array<Lexeme | undefined>(RECENT_SLOTS).fill(undefined)

  constructor(limit = 100_000) {
    this.cache = new WordCache(limit)
  }

  /**
   * The lexeme of `text.slice(start, end)`. A token longer than `MAX_LEXEME_LENGTH` (a URL, a
   * blob of base64) gets a lexeme of its own that is not kept: the table is bounded in words,
   * and must stay bounded in bytes on any input.
   */
  lexeme(text: string, start: number, end: number): Lexeme {
    if (end - start > MAX_LEXEME_LENGTH) return new Lexeme(text.slice(start, end))
    let h = 0x811c9dc5 // FNV-1a over UTF-16 code units
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
    h &= 0x3fffffff // small-integer keys: V8 keeps them unboxed
    const slot = h & (RECENT_SLOTS - 1)
    const recent = this.recent[slot]
    if (recent !== undefined && sameChars(recent.text, text, start, end)) return recent
    let lex = this.cache.get(h)
    if (lex === undefined || !sameChars(lex.text, text, start, end)) {
      lex = new Lexeme(text.slice(start, end))
      // Two words with one hash: the newer one takes the place (both stay correct, one is remade).
      this.cache.set(h, lex)
    }
    this.recent[slot] = lex
    return lex
  }
}

/** Longest token, in UTF-16 code units, that a lexicon keeps (longer ones are made each time). */
export const MAX_LEXEME_LENGTH = MAX_CACHED_WORD_LENGTH

/** Slots of the direct-mapped table in front of a lexicon (a power of two). */
const RECENT_SLOTS = 65536

/** True when `text.slice(start, end)` equals `s`, compared in place. */
function sameChars(s: string, text: string, start: number, end: number): boolean {
  if (s.length !== end - start) return false
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  return true
}

/** The lexicon documents share. */
export const LEXICON = new Lexicon()
