import type { DocBuilder } from '../../core/doc.js'
import { TokenFlag, TokenKind } from '../../core/tokens.js'
import { readNumber, type NumberReading } from '../../language/numbers.js'
import { dayNumber, weekday, type CivilDate } from './civil-date.js'
import { lexemeTimeWord, type TimeWord } from './time-lexicon.js'
import type { Direction } from './resolve-time.js'

/** A time expression one rule found: tokens `[tokenStart, tokenEnd)`, the first cut after `cut` proclitic letters. */
export interface TimeMatch {
  readonly tokenStart: number
  readonly cut: number
  readonly tokenEnd: number
  readonly value: string | null
  /** The day it names, when it names one: later clock times without a day attach to it. */
  readonly day?: CivilDate
}

/** A rule: tries to read a time expression that starts at token `i`. */
export type TimeRule = (ctx: TimeContext, i: number) => TimeMatch | null

/**
 * Markers of the future before a name (`سيبدأ من يوم الجمعة`, `لن ... في مباراة الأحد`):
 * `سوف`, `لن`, and words of plans. Verbs with the prefix `س` are recognised by shape.
 */
const FUTURE_WORDS = new Set([
  'سوف', 'لن', 'المقرر', 'المتوقع', 'المرتقب', 'المنتظر', 'المقرره', 'المتوقعه', 'المرتقبه', 'المنتظره', 'المزمع', 'المزمعه',
  'يعتزم', 'تعتزم', 'ستكون', 'سيكون', 'موعد',
])
const NUMBER = TokenKind.Number
const ARABIC = TokenKind.Arabic
const PUNCT = TokenKind.Punct
const GLUED = TokenFlag.Glued
const NEWLINE = TokenFlag.NewlineBefore
const PARAGRAPH = TokenFlag.ParagraphBefore

/** Words that start like a future verb (`س` + `ي/ت/ن`) but are nouns: `سياسة`, `سنوات`, `ستة`. */
const NOT_FUTURE = new Set([
  'سياسه', 'سياسي', 'سياسيه', 'سياسات', 'سياسيين', 'سياسيون', 'سيطره', 'سياره', 'سيارات', 'سياح', 'سياحه', 'سياحي', 'سياحيه',
  'سنوات', 'سنه', 'سنين', 'سنتين', 'سنويا', 'سنوي', 'سنويه', 'سته', 'ستين', 'ستون', 'ستار', 'ستاره', 'سيد', 'سيده', 'سيدات',
  'سيناء', 'سينما', 'سيول', 'سيوف', 'سيف', 'سيسي', 'سياده', 'سياق', 'سيناريو', 'سيناريوهات', 'سيره', 'سير', 'ستوكهولم', 'سيئول',
  'سيدني', 'سيريزا', 'سيتي', 'سيبان', 'سيرجي', 'سيرغي', 'سيرخيو', 'سيرجيو', 'سيلفا', 'سنغافوره', 'سنن', 'سند', 'سندات', 'ستاد',
  'سيبيريا', 'سيطر', 'سينمائي', 'سينمائيه', 'سيمون', 'ستيفان', 'سنودن', 'ستالين', 'سيزون', 'سيئه', 'سيئ', 'سيئا', 'سيما', 'سيله',
  'سيوله', 'سنتا', 'سنت', 'سنتات', 'سناب', 'سيرا', 'سيري', 'سيرك', 'سناتور', 'سيباستيان', 'ستره', 'سنحت', 'سيشنز', 'سنيه', 'سنيا',
  'سيسيه', 'سينا', 'سيلتا', 'سيجيف', 'سيكسرز', 'سيلفي', 'سنترال', 'سيدا', 'سيغال', 'سينغ', 'سيهوفر', 'سيميوني', 'سيريبرينيكوف',
  'سنوكر', 'سنام', 'سنابل', 'سنبله', 'سندباد', 'سنجار', 'سنغال', 'سنغالي', 'ستوديو', 'سيدتي', 'سيكولوجي', 'سينودس', 'سينوي',
])

/** Word characters of a token that mark the end of a clause for the tense search. */
const CLAUSE_END = new Set(['.', '؟', '!', '?', '؛', ';', ':', '،'])
/** Past reporting verbs open a new clause: `سيعقد يوم الجمعة، وقالت الوزارة الخميس` — the second day is past. */
const CLAUSE_OPENERS = new Set(['قال', 'قالت', 'وقال', 'وقالت', 'اعلن', 'اعلنت', 'واعلن', 'واعلنت', 'اكد', 'اكدت', 'واكد', 'واكدت', 'ذكر', 'ذكرت', 'وذكر', 'وذكرت', 'اضاف', 'اضافت', 'واضاف', 'واضافت'])

/**
 * What the rules read: the tokens with their normalized and clitic-free forms and lexicon entries,
 * the reference date, the day the narrative is on, and whether a token sits inside a quotation.
 */
export class TimeContext {
  readonly doc: DocBuilder
  readonly n: number
  readonly norms: string[]
  /** Lexicon entry of each token after proclitics, or null. */
  readonly words: (TimeWord | null)[]
  /** Proclitic letters cut before the lexicon form. */
  readonly cuts: Uint8Array
  /** The lexicon form of each token (`للعام` → `العام`), or the normalized token when it is no time word. */
  private readonly keys: string[]
  readonly ref: CivilDate | null
  /** The last day an earlier expression named (`أمس الجمعة`); times of day without a day attach to it. */
  anchor: CivilDate | null
  private readonly quoted: Uint8Array
  private readonly numbers = new Map<number, NumberReading | null>()

  constructor(doc: DocBuilder, ref: CivilDate | null) {
    this.doc = doc
    this.ref = ref
    this.anchor = ref
    const { tokens } = doc
    const lexemes = doc.tokenLexemes()
    const n = tokens.count
    this.n = n
    this.norms = new Array<string>(n)
    this.words = new Array<TimeWord | null>(n)
    this.cuts = new Uint8Array(n)
    this.keys = new Array<string>(n)
    this.quoted = new Uint8Array(n)
    let quote = 0 // 1 inside «», 2 inside "" or “”
    for (let i = 0; i < n; i++) {
      const s = lexemes[i]!.text
      this.norms[i] = s
      const kind = tokens.kind[i]
      if (kind === ARABIC) {
        const hit = lexemeTimeWord(lexemes[i]!)
        this.words[i] = hit ? hit.word : null
        this.cuts[i] = hit ? hit.cut : 0
        this.keys[i] = hit ? hit.key : s
      } else {
        this.words[i] = null
        this.keys[i] = s
        if (kind === PUNCT) {
          if (tokens.flags[i]! & PARAGRAPH) quote = 0
          const c = s[0]
          if (c === '«') quote = 1
          else if (c === '»') quote = 0
          else if (c === '“') quote = 2
          else if (c === '”') quote = 0
          else if (c === '"') quote = quote === 2 ? 0 : 2
        }
      }
      this.quoted[i] = quote
    }
  }

  /** The normalized form of token `i` without the proclitics its lexicon lookup cut (`للعام` → `العام`). */
  form(i: number): string {
    return i >= 0 && i < this.n ? this.keys[i]! : ''
  }

  /** The lexicon entry of token `i` (null past the end). */
  word(i: number): TimeWord | null {
    return i >= 0 && i < this.n ? this.words[i]! : null
  }

  /** True for a number token. */
  isNumber(i: number): boolean {
    return i < this.n && this.doc.tokens.kind[i] === NUMBER
  }

  /** True when token `i` follows the previous one with no space (`2015م`, `ال25`). */
  glued(i: number): boolean {
    return i < this.n && (this.doc.tokens.flags[i]! & GLUED) !== 0
  }

  /** True when a line break stands before token `i`. */
  newlineBefore(i: number): boolean {
    return i < this.n && (this.doc.tokens.flags[i]! & NEWLINE) !== 0
  }

  /** The number phrase starting at token `i` (digits, words or both), memoised; `cut` skips a proclitic. */
  number(i: number, cut = 0): NumberReading | null {
    if (i >= this.n) return null
    const key = i * 4 + cut
    let r = this.numbers.get(key)
    if (r === undefined) {
      r = readNumber({ norms: this.norms, tokens: this.doc.tokens }, i, cut)
      this.numbers.set(key, r)
    }
    return r
  }

  /** A plain integer written in digits at token `i` (`2015`, `04`), or null. */
  integer(i: number): number | null {
    if (!this.isNumber(i)) return null
    const s = this.norms[i]!
    return /^\d{1,4}$/.test(s) ? Number(s) : null
  }

  /** True when token `i` is inside quotation marks (reported speech speaks of its own day). */
  inQuote(i: number): boolean {
    return this.quoted[i] !== 0
  }

  /** Days named so far within a week of the reference, by weekday (0 = Sunday). */
  private readonly namedDays = new Map<number, CivilDate>()

  /** Notes a day an expression resolved to, for a later bare weekday naming the same day. */
  rememberDay(day: CivilDate): void {
    if (this.ref && Math.abs(dayNumber(day.y, day.m, day.d) - dayNumber(this.ref.y, this.ref.m, this.ref.d)) <= 6) this.namedDays.set(weekday(day), day)
  }

  /**
   * The day of this weekday named earlier in the article, if any: `غدا الاثنين 27 جوان` then
   * `من يوم الإثنين` is the same Monday, whichever way the later clause's tense points.
   */
  namedDay(day: number): CivilDate | null {
    return this.namedDays.get(day) ?? null
  }

  /** The day a clock time or a quoted `اليوم` refers to: the narrative's day, or the reference. */
  anchorDay(): CivilDate | null {
    return this.anchor ?? this.ref
  }

  /**
   * Which way an unmarked weekday or month points: ahead when the clause before it is in the future
   * (`سيبدأ`, `سوف`, `لن`, `من المقرر`), otherwise back (news report what happened).
   */
  lean(i: number): Direction {
    for (let k = i - 1, steps = 0; k >= 0 && steps < 8; k--, steps++) {
      const s = this.norms[k]!
      if (this.doc.tokens.kind[k] === PUNCT && CLAUSE_END.has(s[0]!)) break
      if (this.newlineBefore(k + 1) && k + 1 !== i) break
      if (isFutureWord(s)) return 1
      if (CLAUSE_OPENERS.has(s)) break
    }
    return -1
  }
}

/** `سيبدأ`, `ستجري`, `سنعمل`, `وسيتم`, `فسيقوم`: the future prefix on an imperfective verb. */
export function isFutureWord(s: string): boolean {
  let w = s
  if ((w[0] === 'و' || w[0] === 'ف') && w[1] === 'س') w = w.slice(1)
  if (FUTURE_WORDS.has(w)) return true
  if (w.length < 4 || w[0] !== 'س') return false
  const c = w[1]
  if (c !== 'ي' && c !== 'ت' && c !== 'ن') return false
  if (NOT_FUTURE.has(w)) return false
  // Nouns and names by shape: `سياسة`, `سيطرة`, `سيدي`, `ستيفن`, `ستوك`; possessed nouns `سيارته`, `سيرتها`.
  if (/^(سيا(?!تي)|سيط|سيد|ستي|ستو|ستا(?!تي))/.test(w) || /(ته|تها|تهم|اتها|اته)$/.test(w)) return false
  return true
}
