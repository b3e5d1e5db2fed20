import type { DocBuilder } from '../../core/doc.js'
import { TokenFlag, TokenKind } from '../../core/tokens.js'
import { lexemeCue, type CueForm } from './cue-lexicon.js'
import { lexemeClass } from './word-class.js'

/**
 * The document's tokens as the quote rules read them: normalized words, their word classes,
 * reporting-verb readings and sentence numbers, computed once per document.
 */
export interface WordView {
  readonly text: string
  readonly count: number
  /** Normalized token strings. */
  readonly norm: readonly string[]
  /** `WordClass` bits of each token (0 for punctuation and open-class words). */
  readonly cls: Uint16Array
  readonly kind: Uint8Array
  readonly flags: Uint8Array
  /** Text offsets of each token. */
  readonly start: Int32Array
  readonly end: Int32Array
  /** Sentence number of each token; tokens outside story sentences get a number of their own. */
  readonly sentence: Int32Array
  /** First token of each token's sentence, and the token after its last. */
  readonly sentenceFirst: Int32Array
  readonly sentenceEnd: Int32Array
  /** How many story sentences there are; higher sentence numbers are text outside them (bylines, boilerplate). */
  readonly storySentences: number
  /** The reporting-verb reading of each token, if any. */
  readonly cue: readonly ({ cue: CueForm; cut: number } | null)[]
  /** 1 for tokens inside quote marks (their words are the speaker's, not the article's). */
  readonly quoted: Uint8Array
  /** `Named` of each token: inside a person's mention, a place's, an organisation's, or none. */
  readonly named: Uint8Array
}

/** What the entities layer says a token is part of (`WordView.named`). */
export const Named = { None: 0, Person: 1, Place: 2, Organisation: 3 } as const

/** Builds the view; `sentences` are the story sentences as text spans, in order. */
export function buildWordView(doc: DocBuilder, sentences: readonly (readonly [number, number])[]): WordView {
  const { tokens, text } = doc
  const lexemes = doc.tokenLexemes()
  const count = tokens.count
  const norm: string[] = new Array<string>(count)
  const cls = new Uint16Array(count)
  const cue: ({ cue: CueForm; cut: number } | null)[] = new Array<{ cue: CueForm; cut: number } | null>(count)
  const sentence = new Int32Array(count)
  let s = 0
  let outside = sentences.length
  let lastOutside = -2
  for (let i = 0; i < count; i++) {
    const lex = lexemes[i]!
    const w = lex.text
    norm[i] = w
    if (tokens.kind[i] === TokenKind.Arabic) {
      cls[i] = lexemeClass(lex)
      // `على` and the name `علي` normalize alike; the written yeh tells the name apart.
      if (w === 'علي' && text.charCodeAt(tokens.end[i]! - 1) === 0x064a) cls[i] = 0
      cue[i] = lexemeCue(lex)
    } else {
      cue[i] = null
    }
    const at = tokens.start[i]!
    while (s < sentences.length && sentences[s]![1] <= at) s++
    if (s < sentences.length && sentences[s]![0] <= at) sentence[i] = s
    else {
      // Text outside the story sentences (a dateline, a byline): each run is a sentence of its own.
      if (lastOutside !== i - 1 || tokens.flags[i]! & TokenFlag.NewlineBefore) outside++
      sentence[i] = outside
      lastOutside = i
    }
  }
  // `وتابع الوزير: …` opening a sentence is the verb, whatever else `تابع` may mean.
  for (let i = 0; i < count; i++) {
    const c = cue[i]
    if (c && c.cue.ambiguous && c.cut === 1 && (i === 0 || sentence[i - 1] !== sentence[i])) cue[i] = { cue: { ...c.cue, ambiguous: false }, cut: 1 }
  }
  const sentenceFirst = new Int32Array(count)
  const sentenceEnd = new Int32Array(count)
  for (let i = 0; i < count; i++) sentenceFirst[i] = i > 0 && sentence[i - 1] === sentence[i] ? sentenceFirst[i - 1]! : i
  for (let i = count - 1; i >= 0; i--) sentenceEnd[i] = i + 1 < count && sentence[i + 1] === sentence[i] ? sentenceEnd[i + 1]! : i + 1
  const named = new Uint8Array(count)
  for (const e of doc.layers.entities ?? []) {
    const kind = e.type === 'PER' ? Named.Person : e.type === 'LOC' ? Named.Place : Named.Organisation
    // From the token that holds the mention's start (`بيارا باور` after its ب is cut).
    for (const [a, b] of e.mentions) for (let i = tokenAtOrAfter(tokens, a + 1) - 1; i < count && tokens.start[i]! < b; i++) if (i >= 0 && tokens.end[i]! > a) named[i] = kind
  }
  return { text, count, norm, cls, sentenceFirst, sentenceEnd, kind: tokens.kind, flags: tokens.flags, start: tokens.start, end: tokens.end, sentence, storySentences: sentences.length, cue, quoted: new Uint8Array(count), named }
}

/** First token at or after text offset `at` (`count` if none). */
export function tokenAtOrAfter(view: Pick<WordView, 'start' | 'count'>, at: number): number {
  let lo = 0
  let hi = view.count
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (view.start[mid]! < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Last token that starts before text offset `at` (-1 if none). */
export function tokenBefore(view: WordView, at: number): number {
  return tokenAtOrAfter(view, at) - 1
}
