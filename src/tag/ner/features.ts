import { LexemeSlot, type Lexeme } from '../../core/lexeme.js'
import { WordCache } from '../../core/word-cache.js'
import { procliticSplits } from '../../segment/clitics.js'
import { hashString, mix } from './hash.js'
import type { HashIndex } from './hash-index.js'
import { nameLikenessScore, type NameLikeness } from './name-likeness.js'
import { TAG_COUNT, chunksOf } from './tags.js'

/**
 * Features of the NER tagger: hashed indicator features of a token, its neighbours and,
 * in the second pass, of what the first pass decided elsewhere in the document.
 *
 * Why these: ANERcorp tokens keep their clitics (`وبوتين`, `للولايات`), so each clitic-stripped
 * reading of a word contributes its own features; unseen names are recognised from word clusters
 * and corpus statistics learnt on unlabelled text (a name is rarely seen with the article ال or
 * a pronoun suffix, and Wikipedia often follows it with its Latin spelling in brackets), from
 * gazetteer matches, and from the rest of the article (`بوتين` alone is a PERS when
 * `فلاديمير بوتين` was one two sentences earlier).
 */

/** Word-cluster granularities kept per word (coarse to fine). */
export const CLUSTER_LEVELS = 3

/** Per-word statistics from unlabelled text, one byte each; see `WordStats`. */
export const Stat = {
  /** round(4·log2(count + 1)), capped at 255. */
  Freq: 0,
  /** Share of this word's uses that carry the article: count(ال+w) / (count(w) + count(ال+w)), in 1/15ths; 0 unknown. */
  Article: 1,
  /** Share with a pronoun suffix (ه، ها، هم…), in 1/15ths. */
  Suffix: 2,
  /** Share followed by `(` and a Latin word, in 1/15ths. */
  LatinParen: 3,
  /** round(log2(count + 1)) of the word as a token of person names (Wikidata labels, name lists), 0 when never seen. */
  PersonName: 4,
} as const
export const STAT_FIELDS = 5

/** Word clusters and statistics from unlabelled text, keyed by the hash of the normalized word. */
export interface WordStats {
  readonly index: HashIndex
  /** `capacity × CLUSTER_LEVELS`; cluster id + 1, 0 when the word has none. */
  readonly clusters: Uint16Array
  /** `capacity × STAT_FIELDS` bytes (`Stat`). */
  readonly stats: Uint8Array
}

/** Gazetteer bits (`Gazetteer.bits`) for a normalized phrase. */
export const GazBit = {
  /** The phrase is a full name of type t: bit t (PERS 0, LOC 1, ORG 2, MISC 3). */
  FullShift: 0,
  /** Some longer name starts with this phrase. */
  Prefix: 1 << 4,
  /** The word is the first token of a multi-word name of type t: bit 5 + t. */
  FirstShift: 5,
  /** The word is the last token of a multi-word name of type t: bit 9 + t. */
  LastShift: 9,
  /**
   * The phrase is a name in the model's secondary lists, which are larger and less sure than
   * `data/gazetteers` (every club, league and cup that ArWikiCats knows): ORG bit 13, MISC bit 14.
   * They are features and gazetteer matches for the tagger, but not names that the entities stage
   * may put in place of the tagger's chunks (that takes a full-name bit).
   */
  SecondaryOrg: 1 << 13,
  SecondaryMisc: 1 << 14,
  /**
   * The word is a masculine nationality adjective with the article (`الإيطالي`): after a city's
   * name it makes the city a club's (`ميلان الإيطالي`), see `WordProfile.nationality`. Not a
   * name and not a feature: `WordProfile.gaz` leaves it out.
   */
  Nationality: 1 << 15,
} as const

/** Bits of a phrase that make it a gazetteer match (a full name of a type, in either list). */
const MATCH_BITS = 0xf | GazBit.SecondaryOrg | GazBit.SecondaryMisc

/** Names (people, places, organisations) as hashed normalized phrases. */
export interface Gazetteer {
  readonly index: HashIndex
  readonly bits: Uint16Array
}

/** What the features draw on besides the tokens themselves. */
export interface NerResources {
  readonly words: WordStats | null
  readonly gazetteer: Gazetteer | null
  readonly nameLikeness: NameLikeness | null
}

/** Longest gazetteer phrase tried, in tokens. */
export const MAX_GAZ_TOKENS = 6

/** What the tagger knows about one distinct word; computed once and cached. */
export interface WordProfile {
  /** The extractor that made it (a lexeme keeps one profile; another extractor makes its own). */
  readonly owner: object
  /** The normalized word with punctuation at its edges removed. */
  readonly form: string
  readonly formHash: number
  /** Hashed features of the word at the position being tagged. */
  readonly self: Uint32Array
  /** Hashed attributes that describe the word when it is a neighbour. */
  readonly context: Uint32Array
  /** The form used to match the word across a document: its most likely clitic-free reading (`وبوتين` → `بوتين`). */
  readonly key: string
  readonly keyHash: number
  /** Code units of the proclitic that `key` drops (0 when none). */
  readonly cut: number
  /** Gazetteer lookup forms of the word as the first token of a phrase: itself and its clitic-free readings. */
  readonly gazForms: readonly string[]
  /** Code units of proclitic each of `gazForms` drops. */
  readonly gazCuts: readonly number[]
  /** Gazetteer bits of each of `gazForms` alone. */
  readonly gazBits: readonly number[]
  /** Gazetteer bits of the word alone (any reading), without `GazBit.Nationality`. */
  readonly gaz: number
  /** The word, or its reading without a proclitic, is a masculine nationality adjective (`GazBit.Nationality`). */
  readonly nationality: boolean
  /** 1 for a word with letters, 0 for numbers and punctuation. */
  readonly isWord: boolean
  /** Weight sums of the word under the first and second model, filled by the tagger on first use. */
  readonly scores: [Float32Array | null, Float32Array | null]
  /** The models `scores` were computed with (training changes weights, so a sum is only reused for the same model). */
  readonly scoredBy: [object | null, object | null]

}

// Feature templates: small integers mixed with the value's hash.
const enum T {
  Bias = 1, Word, Prefix1, Prefix2, Prefix3, Prefix4, Suffix1, Suffix2, Suffix3, Suffix4, CharTrigram, Shape, Stem, StemPrefix, StemAl,
  Cluster0, Cluster1, Cluster2, StemCluster0, StemCluster1, StemCluster2, Freq, Article, Suffix, LatinParen,
  PersonName, GazFull, GazFirst, GazLast, NoStats, NameLike, StemNameLike, GazSecondary,
  CtxWord = 40, CtxKey, CtxCluster0, CtxCluster1, CtxGaz, CtxShape, CtxCluster2, CtxNameLike,
  BigramLeft = 60, BigramRight, GazMatch, GazMatchLeft, GazMatchRight, GazMatchLen,
  Pass1Tag = 80, Pass1Left, Pass1Right, Pass1Left2, Pass1Right2, DocType, DocTypeCount, DocOnlyO, DocFirst, DocLast, DocMajority, DocTypeLeft, DocTypeRight,
}

/** Relative positions of the context window. */
export const CONTEXT_OFFSETS = [-2, -1, 1, 2] as const
const OFFSET_SALT = [0x51ed27, 0x3c6ef3, 0x7f4a7c, 0x1b8735] as const
const BOUNDARY = hashString('<s>')

/**
 * Features a word contributes as the neighbour at `CONTEXT_OFFSETS[k]` of the token being tagged,
 * one per `p.context` attribute, written to `into` when given (it must have room) else a new array.
 */
export function contextFeatures(p: WordProfile, k: number, into?: Uint32Array): Uint32Array {
  const salt = OFFSET_SALT[k]!
  const out = into ?? new Uint32Array(p.context.length)
  for (let a = 0; a < p.context.length; a++) out[a] = (mix(salt, p.context[a]!) & 0x7fffffff) >>> 0
  return out
}

/** The feature of a context position beyond the sentence's edge. */
export function boundaryFeature(k: number): number {
  return (mix(OFFSET_SALT[k]!, BOUNDARY) & 0x7fffffff) >>> 0
}

const ARTICLE = 'ال'
const PUNCT_EDGE = /^[.,:;!?()[\]{}«»“”„‟"'‹›‘’،؛؟\-–—_*#/\\|…]+|[.,:;!?()[\]{}«»“”„‟"'‹›‘’،؛؟\-–—_*#/\\|…]+$/g

/** Bit 31 of a feature marks it lexical (the word's identity); weight rows use only the low bits. */
export const LEXICAL = 0x80000000

function feature(t: number, valueHash: number): number {
  return (mix(t, valueHash) & 0x7fffffff) >>> 0
}

/** A feature on the word's identity, which training may hide to teach the model unseen words. */
function lexical(t: number, valueHash: number): number {
  return (mix(t, valueHash) | LEXICAL) >>> 0
}

const PROFILE_SLOT = new LexemeSlot<WordProfile>('tag/ner-profile')

/** Word shape: script, length bucket, and a few orthographic cues of names. */
function shapeOf(form: string): string {
  if (form.length === 0) return 'empty'
  let arabic = 0
  let latin = 0
  let digit = 0
  let upper = false
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i)
    if (c >= 0x0600 && c <= 0x06ff) arabic++
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++
    else if (c >= 0x41 && c <= 0x5a) {
      latin++
      upper = true
    } else if (c >= 0x30 && c <= 0x39) digit++
  }
  const len = form.length
  const lenBucket = len <= 2 ? String(len) : len <= 3 ? '3' : len <= 5 ? '4-5' : len <= 8 ? '6-8' : '9+'
  if (arabic === len) return 'A' + lenBucket
  if (latin === len) return (upper ? 'L' : 'l') + lenBucket
  if (digit === len) return 'D' + Math.min(len, 4)
  if (digit > 0 && arabic > 0) return 'AD'
  if (digit > 0) return 'Dx'
  if (arabic + latin + digit === 0) return 'P' + form[0]
  return 'X'
}

/**
 * Builds hashed features from tokens. Profiles of distinct words are cached, so a long text
 * costs one profile per new word and a few integer mixes per token. The cache is a bounded
 * `WordCache`, so memory stays bounded on any stream of articles.
 */
export class FeatureExtractor {
  readonly resources: NerResources
  private readonly cache: WordCache<string, WordProfile>

  constructor(resources: NerResources, cacheLimit = 60_000) {
    this.resources = resources
    this.cache = new WordCache(cacheLimit)
  }

  /** Slot of a normalized word in the word table, or -1. */
  wordSlot(form: string): number {
    const w = this.resources.words
    return w ? w.index.find(hashString(form)) : -1
  }

  /** A statistic of a word (`Stat`), 0 when unknown. */
  stat(form: string, field: number): number {
    const w = this.resources.words
    if (!w) return 0
    const slot = w.index.find(hashString(form))
    return slot < 0 ? 0 : w.stats[slot * STAT_FIELDS + field]!
  }

  /** Gazetteer bits of a normalized phrase (tokens joined by one space), 0 when absent. */
  gazetteerBits(phrase: string): number {
    const g = this.resources.gazetteer
    if (!g) return 0
    const slot = g.index.find(hashString(phrase))
    return slot < 0 ? 0 : g.bits[slot]!
  }

  /** The profile of a lexeme's word, kept on the lexeme. */
  profileOf(lex: Lexeme): WordProfile {
    const p = PROFILE_SLOT.get(lex)
    if (p !== undefined && p.owner === this) return p
    const made = this.profile(lex.text)
    PROFILE_SLOT.set(lex, made)
    return made
  }

  /** The profile of a normalized token, from the cache when seen before. */
  profile(token: string): WordProfile {
    return this.cache.getOrMake(token, (t) => this.buildProfile(t))
  }

  private buildProfile(token: string): WordProfile {
    const form = token.length > 1 ? token.replace(PUNCT_EDGE, '') || token : token
    const formHash = hashString(form)
    const self: number[] = [feature(T.Bias, 0), lexical(T.Word, formHash)]
    const context: number[] = [feature(T.CtxWord, formHash)]
    const shape = shapeOf(form)
    self.push(feature(T.Shape, hashString(shape)))
    context.push(feature(T.CtxShape, hashString(shape)))
    const isArabic = shape[0] === 'A'
    const isWord = isArabic || shape[0] === 'L' || shape[0] === 'l' || shape === 'X'

    let key = form
    let cut = 0
    const gazForms: string[] = [form]
    const gazCuts: number[] = [0]
    let gaz = this.gazetteerBits(form)
    const gazBits: number[] = [gaz]

    if (isWord) {
      for (let n = 1; n <= 4 && n < form.length; n++) {
        self.push(feature(T.Prefix1 + n - 1, hashString(form.slice(0, n))))
        self.push(feature(T.Suffix1 + n - 1, hashString(form.slice(-n))))
      }
      // Letter trigrams: transliterated names share sequences (`-وف`, `-يتش`, `سكي`).
      const f = '<' + form + '>'
      for (let k = 0; k + 3 <= f.length; k++) self.push(feature(T.CharTrigram, hashString(f.slice(k, k + 3))))
    }

    const words = this.resources.words
    const slot = words ? words.index.find(formHash) : -1
    if (words && slot >= 0) {
      for (let l = 0; l < CLUSTER_LEVELS; l++) {
        const c = words.clusters[slot * CLUSTER_LEVELS + l]!
        if (c) {
          self.push(feature(T.Cluster0 + l, c))
          if (l === 0) context.push(feature(T.CtxCluster0, c))
          if (l === 1) context.push(feature(T.CtxCluster1, c))
          if (l === 2) context.push(feature(T.CtxCluster2, c))
        }
      }
      const s = slot * STAT_FIELDS
      self.push(feature(T.Freq, words.stats[s + Stat.Freq]! >> 2))
      if (isArabic) {
        self.push(feature(T.Article, words.stats[s + Stat.Article]! >> 1))
        self.push(feature(T.Suffix, words.stats[s + Stat.Suffix]! >> 1))
      }
      self.push(feature(T.LatinParen, Math.min(words.stats[s + Stat.LatinParen]!, 8)))
      const pn = words.stats[s + Stat.PersonName]!
      if (pn) self.push(feature(T.PersonName, Math.min(pn, 10)))
    } else if (isWord) {
      self.push(feature(T.NoStats, 1))
    }

    if (isArabic) {
      // Clitic-free readings: `وبموسكو` → `بموسكو` (cut 1), `موسكو` (cut 2).
      let bestScore = words && slot >= 0 ? words.stats[slot * STAT_FIELDS + Stat.Freq]! : 0
      for (const split of procliticSplits(form)) {
        if (split.cut === 0) continue
        const h = hashString(split.form)
        self.push(lexical(T.Stem, h))
        self.push(feature(T.StemPrefix, hashString(split.prefix)))
        if (split.form.startsWith(ARTICLE)) self.push(feature(T.StemAl, hashString(split.prefix)))
        gazForms.push(split.form)
        gazCuts.push(split.cut)
        const g = this.gazetteerBits(split.form)
        gazBits.push(g)
        gaz |= g
        const ss = words ? words.index.find(h) : -1
        let score = 0
        if (words && ss >= 0) {
          score = words.stats[ss * STAT_FIELDS + Stat.Freq]!
          for (let l = 0; l < CLUSTER_LEVELS; l++) {
            const c = words.clusters[ss * CLUSTER_LEVELS + l]!
            if (c) self.push(feature(T.StemCluster0 + l, c))
          }
          const pn = words.stats[ss * STAT_FIELDS + Stat.PersonName]!
          if (pn) self.push(feature(T.PersonName, 0x100 | Math.min(pn, 10)))
        }
        // A reading wins when the stem is clearly more frequent than the whole word (one doubling
        // is 4 points): `وبوتين` → `بوتين`, but `وزير` stays (`زير` is rare).
        if (g & 0xf) score += 12
        if (score > bestScore + 4) {
          bestScore = score
          key = split.form
          cut = split.cut
        }
      }
    }
    const nationality = (gaz & GazBit.Nationality) !== 0
    gaz &= ~GazBit.Nationality
    if (gaz) {
      for (let t = 0; t < 4; t++) {
        if (gaz & (1 << t)) self.push(feature(T.GazFull, t))
        if (gaz & (1 << (GazBit.FirstShift + t))) self.push(feature(T.GazFirst, t))
        if (gaz & (1 << (GazBit.LastShift + t))) self.push(feature(T.GazLast, t))
      }
      if (gaz & GazBit.SecondaryOrg) self.push(feature(T.GazSecondary, 2))
      if (gaz & GazBit.SecondaryMisc) self.push(feature(T.GazSecondary, 3))
      context.push(feature(T.CtxGaz, gaz & 0x1fef))
    }
    const keyHash = hashString(key)
    context.push(feature(T.CtxKey, keyHash))
    const nl = this.resources.nameLikeness
    if (nl && isArabic) {
      const bucket = (s: number): number => Math.max(-8, Math.min(8, Math.round(2 * s)))
      const b = bucket(nameLikenessScore(nl, form))
      self.push(feature(T.NameLike, b))
      context.push(feature(T.CtxNameLike, b))
      if (key !== form) self.push(feature(T.StemNameLike, bucket(nameLikenessScore(nl, key))))
    }

    return {
      owner: this, form, formHash, self: Uint32Array.from(self), context: Uint32Array.from(context),
      key, keyHash, cut, gazForms, gazCuts, gazBits, gaz, nationality, isWord, scores: [null, null], scoredBy: [null, null],
    }
  }

  /**
   * Gazetteer matches over a sentence, longest first, left to right: for each token the IOB code
   * (tag id) of the phrase covering it, 0 where none; and at each phrase's first token its length,
   * its gazetteer bits and the proclitic its first word drops (`للولايات المتحدة` → cut 1).
   */
  gazetteerMatches(profiles: readonly WordProfile[]): GazetteerMatches {
    const n = profiles.length
    const codes = new Uint8Array(n)
    const lengths = new Uint8Array(n)
    const bits = new Uint16Array(n)
    const cuts = new Uint8Array(n)
    if (!this.resources.gazetteer) return { codes, lengths, bits, cuts }
    let i = 0
    while (i < n) {
      let bestLen = 0
      let bestBits = 0
      let bestCut = 0
      const first = profiles[i]!
      if (first.isWord && first.gaz !== 0) {
        for (let v = 0; v < first.gazForms.length; v++) {
          let phrase = first.gazForms[v]!
          for (let len = 1; len <= MAX_GAZ_TOKENS && i + len <= n; len++) {
            if (len > 1) {
              const next = profiles[i + len - 1]!
              if (!next.isWord) break
              phrase += ' ' + next.form
            }
            const b = len === 1 ? first.gazBits[v]! : this.gazetteerBits(phrase)
            if (b & MATCH_BITS && len > bestLen) {
              bestLen = len
              bestBits = b
              bestCut = first.gazCuts[v]!
            }
            if (!(b & GazBit.Prefix) && len > 1) break
            if (len === 1 && !(b & (GazBit.Prefix | MATCH_BITS))) break
          }
        }
      }
      if (bestLen > 0) {
        const type = typeOfBits(bestBits)
        codes[i] = 2 * type + 1
        for (let k = 1; k < bestLen; k++) codes[i + k] = 2 * type + 2
        lengths[i] = bestLen
        bits[i] = bestBits
        cuts[i] = bestCut
        i += bestLen
      } else i++
    }
    return { codes, lengths, bits, cuts }
  }

  /**
   * Appends the first-pass features of every token of a sentence to `out`.
   * `profiles` are the sentence's tokens; features of token i go to `out.add` between `out.mark` calls.
   */
  sentenceFeatures(profiles: readonly WordProfile[], out: FeatureSink): void {
    const n = profiles.length
    const gm = this.gazetteerMatches(profiles)
    for (let i = 0; i < n; i++) {
      out.addAll(profiles[i]!.self)
      for (let k = 0; k < CONTEXT_OFFSETS.length; k++) {
        const j = i + CONTEXT_OFFSETS[k]!
        if (j < 0 || j >= n) out.add(boundaryFeature(k))
        else out.addAll(contextFeatures(profiles[j]!, k))
      }
      this.pairFeatures(profiles, gm, i, out)
      out.mark()
    }
  }

  /**
   * The features of token i that depend on more than one word: word bigrams and gazetteer
   * matches. Everything else is a function of one word and its offset (`self`, `contextFeatures`),
   * which lets the tagger cache its weights per word.
   */
  pairFeatures(profiles: readonly WordProfile[], gm: GazetteerMatches, i: number, out: FeatureSink): void {
    const n = profiles.length
    const p = profiles[i]!
    const left = i > 0 ? profiles[i - 1]! : null
    const right = i + 1 < n ? profiles[i + 1]! : null
    out.add(lexical(T.BigramLeft, mix(left ? left.formHash : BOUNDARY, p.formHash)))
    out.add(lexical(T.BigramRight, mix(p.formHash, right ? right.formHash : BOUNDARY)))
    out.add(feature(T.GazMatch, gm.codes[i]!))
    out.add(feature(T.GazMatchLeft, i > 0 ? gm.codes[i - 1]! : 99))
    out.add(feature(T.GazMatchRight, i + 1 < n ? gm.codes[i + 1]! : 99))
    if (gm.lengths[i]) out.add(feature(T.GazMatchLen, gm.lengths[i]!))
  }


  /**
   * Appends the second-pass features of a sentence: the first pass's tags around each token
   * and how the same word (by `key`) was tagged elsewhere in the document.
   */
  documentFeatures(profiles: readonly WordProfile[], firstTags: ArrayLike<number>, doc: DocumentTagStats, out: FeatureSink): void {
    const n = profiles.length
    const own = DocumentTagStats.roles(firstTags)
    const docTypeOf = new Int8Array(n)
    for (let i = 0; i < n; i++) docTypeOf[i] = doc.majority(profiles[i]!.keyHash, own[i]!)
    for (let i = 0; i < n; i++) {
      const p = profiles[i]!
      out.add(feature(T.Pass1Tag, firstTags[i]!))
      out.add(feature(T.Pass1Left, i > 0 ? firstTags[i - 1]! : 99))
      out.add(feature(T.Pass1Right, i + 1 < n ? firstTags[i + 1]! : 99))
      out.add(feature(T.Pass1Left2, i > 1 ? firstTags[i - 2]! : 99))
      out.add(feature(T.Pass1Right2, i + 2 < n ? firstTags[i + 2]! : 99))
      if (p.isWord) {
        const counts = doc.counts(p.keyHash, own[i]!)
        if (counts) {
          let entity = 0
          for (let t = 0; t < 4; t++) {
            const c = counts[t * 3]! + counts[t * 3 + 1]! + counts[t * 3 + 2]!
            entity += c
            if (c > 0) {
              out.add(feature(T.DocType, t))
              out.add(feature(T.DocTypeCount, t * 4 + Math.min(c, 3)))
            }
            if (counts[t * 3 + 1]! > 0) out.add(feature(T.DocFirst, t))
            if (counts[t * 3 + 2]! > 0) out.add(feature(T.DocLast, t))
          }
          if (entity === 0 && counts[12]! > 0) out.add(feature(T.DocOnlyO, Math.min(counts[12]!, 3)))
        }
        out.add(feature(T.DocMajority, docTypeOf[i]! + 1))
      }
      out.add(feature(T.DocTypeLeft, i > 0 ? docTypeOf[i - 1]! + 1 : 99))
      out.add(feature(T.DocTypeRight, i + 1 < n ? docTypeOf[i + 1]! + 1 : 99))
      out.mark()
    }
  }
}

/** Type id of the first full-name type in gazetteer bits, by priority PERS, LOC, ORG, MISC, then secondary ORG, MISC. */
function typeOfBits(bits: number): number {
  for (let t = 0; t < 4; t++) if (bits & (1 << t)) return t
  return bits & GazBit.SecondaryOrg ? 2 : 3
}

/** Gazetteer phrases found in a sentence (see `FeatureExtractor.gazetteerMatches`). */
export interface GazetteerMatches {
  readonly codes: Uint8Array
  readonly lengths: Uint8Array
  readonly bits: Uint16Array
  readonly cuts: Uint8Array
}

/** Receives features token by token. */
export interface FeatureSink {
  add(f: number): void
  addAll(fs: Uint32Array): void
  /** Ends the current token. */
  mark(): void
}

/** A growable flat list of feature hashes with token offsets. */
export class FeatureBuffer implements FeatureSink {
  feats: Uint32Array
  offsets: number[] = [0]
  length = 0

  constructor(capacity = 4096) {
    this.feats = new Uint32Array(capacity)
  }

  add(f: number): void {
    if (this.length === this.feats.length) this.grow(1)
    this.feats[this.length++] = f
  }

  addAll(fs: Uint32Array): void {
    if (this.length + fs.length > this.feats.length) this.grow(fs.length)
    this.feats.set(fs, this.length)
    this.length += fs.length
  }

  mark(): void {
    this.offsets.push(this.length)
  }

  /** Forgets the content, keeping the memory. */
  reset(): void {
    this.length = 0
    this.offsets = [0]
  }

  private grow(need: number): void {
    const next = new Uint32Array(Math.max(this.feats.length * 2, this.length + need))
    next.set(this.feats.subarray(0, this.length))
    this.feats = next
  }
}

/**
 * How each word (by `key` hash) was tagged across a document by the first pass:
 * per type, counts as a single-token entity, as a first token, as a later token; and a count of O.
 */
export class DocumentTagStats {
  private readonly table = new Map<number, Int32Array>()

  /** Role of each token in the first-pass chunks: 1 + 3·type + (0 single, 1 first, 2 later), or 0 for O. */
  static roles(tags: ArrayLike<number>): Uint8Array {
    const roles = new Uint8Array(tags.length)
    for (const c of chunksOf(tags)) {
      if (c.tokenEnd - c.tokenStart === 1) roles[c.tokenStart] = 1 + 3 * c.type
      else {
        roles[c.tokenStart] = 2 + 3 * c.type
        for (let k = c.tokenStart + 1; k < c.tokenEnd; k++) roles[k] = 3 + 3 * c.type
      }
    }
    return roles
  }

  /** Adds (sign 1) or removes (sign -1) a tagged sentence. */
  update(profiles: readonly WordProfile[], tags: ArrayLike<number>, sign: 1 | -1): void {
    const roles = DocumentTagStats.roles(tags)
    for (let i = 0; i < profiles.length; i++) {
      const p = profiles[i]!
      if (!p.isWord) continue
      let c = this.table.get(p.keyHash)
      if (!c) {
        c = new Int32Array(13)
        this.table.set(p.keyHash, c)
      }
      const r = roles[i]!
      c[r === 0 ? 12 : r - 1]! += sign
    }
  }

  private readonly scratch = new Int32Array(13)

  /**
   * Counts of a word's other occurrences (its own role removed), or null when it has none.
   * The array returned is reused by the next call.
   */
  counts(keyHash: number, ownRole: number): Int32Array | null {
    const c = this.table.get(keyHash)
    if (!c) return null
    const out = this.scratch
    out.set(c)
    out[ownRole === 0 ? 12 : ownRole - 1]! -= 1
    let total = 0
    for (let k = 0; k < 13; k++) total += out[k]!
    return total > 0 ? out : null
  }

  /** The type the word most often had elsewhere as an entity (ties to the lower id), or -1. */
  majority(keyHash: number, ownRole: number): number {
    const c = this.counts(keyHash, ownRole)
    if (!c) return -1
    let best = -1
    let bestCount = 0
    for (let t = 0; t < 4; t++) {
      const k = c[t * 3]! + c[t * 3 + 1]! + c[t * 3 + 2]!
      if (k > bestCount) {
        best = t
        bestCount = k
      }
    }
    return best
  }
}

/** Number of tags the weight rows hold. */
export const ROW = TAG_COUNT
