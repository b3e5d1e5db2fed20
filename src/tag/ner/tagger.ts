import { emissionScores, rowStart, viterbi, type LinearModel } from './decode.js'
import {
  boundaryFeature, CONTEXT_OFFSETS, contextFeatures, DocumentTagStats, FeatureBuffer, FeatureExtractor,
  type FeatureSink, type GazetteerMatches, type NerResources, type WordProfile,
} from './features.js'
import { TAG_COUNT, chunksOf, tagId } from './tags.js'
import { normalizeForMatch } from '../../normalize/normalize.js'

/**
 * How many sentences each way count as "the document" when the text has no article breaks
 * (ANERcorp, CoNLL input); an article given whole is one document.
 */
export const DOCUMENT_WINDOW = 15

/** A trained tagger: resources for the features and the two passes' weights. */
export interface NerModel {
  readonly resources: NerResources
  /** Sentence-level model. */
  readonly first: LinearModel
  /** Document-level model (first-pass features plus document features), or null to stop after the first pass. */
  readonly second: LinearModel | null
  /** Decode with IOB2 constraints (an I-X only after B-X or I-X). */
  readonly constrained: boolean
}

/** Adds the weight rows of the first `count` of `feats` to `out[at … at + TAG_COUNT)`. */
function addRows(model: LinearModel, feats: Uint32Array, out: Float32Array, at: number, count = feats.length): void {
  const w = model.weights
  for (let k = 0; k < count; k++) {
    const r = rowStart(model, feats[k]!)
    if (r < 0) continue
    for (let t = 0; t < TAG_COUNT; t++) out[at + t]! += w[r + t]!
  }
}

/** A feature sink that adds each feature's weights to the emission scores of the current token. */
class EmissionSink implements FeatureSink {
  token = 0
  private model: LinearModel | null = null
  private em: Float32Array = new Float32Array(0)

  reset(model: LinearModel, em: Float32Array): void {
    this.model = model
    this.em = em
    this.token = 0
  }

  add(f: number): void {
    const model = this.model!
    const r = rowStart(model, f)
    if (r < 0) return
    const w = model.weights
    const o = this.token * TAG_COUNT
    for (let t = 0; t < TAG_COUNT; t++) this.em[o + t]! += w[r + t]!
  }

  addAll(fs: Uint32Array): void {
    for (let k = 0; k < fs.length; k++) this.add(fs[k]!)
  }

  mark(): void {
    this.token++
  }
}

/** True when the first pass tagged an entity in the sentence or one of its words was an entity elsewhere in the document. */
function needsSecondPass(profiles: readonly WordProfile[], tags: Uint8Array, stats: DocumentTagStats): boolean {
  for (let i = 0; i < tags.length; i++) if (tags[i] !== 0) return true
  for (const p of profiles) if (p.isWord && stats.majority(p.keyHash, 0) >= 0) return true
  return false
}

/**
 * Visits each sentence in order with the tag statistics of its document: the sentences within
 * `window` of it (all of them for Infinity), kept by adding the sentence entering the window
 * and removing the one leaving it.
 */
function forEachInWindow(
  sentences: readonly (readonly WordProfile[])[],
  tags: readonly Uint8Array[],
  window: number,
  visit: (i: number, stats: DocumentTagStats) => void,
): void {
  const stats = new DocumentTagStats()
  const n = sentences.length
  const w = Number.isFinite(window) ? window : n
  let hi = -1 // sentences [lo, hi] are in the stats
  let lo = 0
  for (let i = 0; i < n; i++) {
    while (hi < Math.min(n - 1, i + w)) {
      hi++
      stats.update(sentences[hi]!, tags[hi]!, 1)
    }
    while (lo < i - w) {
      stats.update(sentences[lo]!, tags[lo]!, -1)
      lo++
    }
    visit(i, stats)
  }
}

const B_ORG = tagId('B-ORG')
const I_ORG = tagId('I-ORG')
const B_LOC = tagId('B-LOC')
const I_LOC = tagId('I-LOC')

/**
 * Makes a one-word ORG followed by a one-word LOC one ORG (`دينامو كييف`, `اتحاد الخميسات`,
 * `أولمبيك آسفي`): the tagger knows the city, not the club named after it. In ANERcorp's train
 * split an ORG is directly followed by a LOC 23 times, against 695 two-word ORGs; most of the 23
 * are "X in Y" with the place behind ب or ل (`البوليساريو بتندوف`), which stays as it is.
 */
function joinOrgAndPlace(tags: Uint8Array, profiles: readonly WordProfile[]): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] !== B_ORG || tags[i + 1] !== B_LOC || tags[i + 2] === I_LOC) continue
    const c = profiles[i + 1]!.form.charAt(0)
    if (c !== 'ب' && c !== 'ل') tags[i + 1] = I_ORG
  }
}

/** Longest chunk, in words, that `spreadNames` passes on (a longer one is rarely one name). */
const MAX_SPREAD_WORDS = 12

/** A multi-word chunk of the tagger's output: where it is and its type. */
interface NamePhrase {
  readonly sentence: number
  readonly start: number
  readonly length: number
  readonly type: number
}

/** True when the words of `a` at `i` are those of `b` at `j`, for `length` words. */
function sameWords(a: readonly WordProfile[], i: number, b: readonly WordProfile[], j: number, length: number): boolean {
  if (i + length > a.length) return false
  for (let k = 0; k < length; k++) if (a[i + k]!.form !== b[j + k]!.form) return false
  return true
}

/**
 * Gives an occurrence of a multi-word name the chunk the tagger found for the same words elsewhere
 * in the document (within `window` sentences): a lone PERS `زكريا` inside `طلعت زكريا` grows to
 * the whole name when `طلعت زكريا` was a PERS two sentences earlier. Only occurrences already
 * tagged in part with that type, whose chunks stay inside the words, change; words tagged as
 * names of two types elsewhere are left alone. (Label consistency, as in Krishnan and Manning 2006;
 * on ANERcorp dev it adds 0.2 to 0.5 F1, mostly PERS boundaries.)
 */
function spreadNames(sentences: readonly (readonly WordProfile[])[], tags: Uint8Array[], window: number): void {
  const byFirstWord = new Map<number, NamePhrase[]>()
  tags.forEach((t, s) => {
    for (const c of chunksOf(t)) {
      if (c.tokenEnd - c.tokenStart < 2 || c.tokenEnd - c.tokenStart > MAX_SPREAD_WORDS) continue
      const h = sentences[s]![c.tokenStart]!.formHash
      let list = byFirstWord.get(h)
      if (!list) byFirstWord.set(h, (list = []))
      list.push({ sentence: s, start: c.tokenStart, length: c.tokenEnd - c.tokenStart, type: c.type })
    }
  })
  if (byFirstWord.size === 0) return
  for (let s = 0; s < sentences.length; s++) {
    const words = sentences[s]!
    // Per start and length in this sentence: the type the same words had elsewhere, or -2 for two types.
    const found = new Map<number, number>()
    for (let i = 0; i < words.length; i++) {
      const list = byFirstWord.get(words[i]!.formHash)
      if (!list) continue
      for (const p of list) {
        if (p.sentence === s || Math.abs(p.sentence - s) > window || !sameWords(words, i, sentences[p.sentence]!, p.start, p.length)) continue
        const key = i * 256 + p.length
        const had = found.get(key)
        found.set(key, had === undefined || had === p.type ? p.type : -2)
      }
    }
    // Longest phrases first, so `محمد بن راشد آل مكتوم` wins over `راشد آل مكتوم`.
    const order = [...found.entries()].filter(([, type]) => type >= 0).sort((a, b) => (b[0] % 256) - (a[0] % 256) || a[0] - b[0])
    for (const [key, type] of order) applyPhrase(tags[s]!, Math.floor(key / 256), key % 256, type)
  }
}

/** Tags words [start, start + length) as one chunk of `type` when the chunks there stay inside it and one has that type. */
function applyPhrase(tags: Uint8Array, start: number, length: number, type: number): void {
  const end = start + length
  let sameType = false
  for (const c of chunksOf(tags)) {
    if (c.tokenEnd <= start || c.tokenStart >= end) continue
    if (c.tokenStart < start || c.tokenEnd > end) return
    if (c.type === type) sameType = true
  }
  if (!sameType) return
  tags[start] = 2 * type + 1
  for (let k = start + 1; k < end; k++) tags[k] = 2 * type + 2
}

/**
 * Makes a one-word LOC followed by a masculine nationality adjective an ORG (`فوزا على هامبورغ
 * الألماني`, `ميلان الإيطالي`): a city takes the feminine (`باريس الفرنسية`), its club the masculine.
 * In ANERcorp's train split a one-word chunk before such an adjective is an ORG 37 times, a LOC 14 times
 * (and several of those are clubs too).
 */
function placeAsClub(tags: Uint8Array, profiles: readonly WordProfile[]): void {
  for (let i = 0; i + 1 < tags.length; i++) {
    if (tags[i] === B_LOC && tags[i + 1] === 0 && profiles[i + 1]!.nationality) tags[i] = B_ORG
  }
}

/** The rules applied to the tagger's output, in order: `joinOrgAndPlace`, `spreadNames`, `placeAsClub`. */
export function tidyChunks(sentences: readonly (readonly WordProfile[])[], tags: Uint8Array[], window: number): Uint8Array[] {
  tags.forEach((t, i) => joinOrgAndPlace(t, sentences[i]!))
  spreadNames(sentences, tags, window)
  tags.forEach((t, i) => placeAsClub(t, sentences[i]!))
  return tags
}

/** Features of one sentence, flat, with n + 1 token offsets. */
interface SentenceFeatures {
  readonly feats: Uint32Array
  readonly offsets: ArrayLike<number>
  readonly gold?: Uint8Array
}

/**
 * Tags token sequences with the two-pass model: every sentence by itself, then again with what
 * the first pass found in the rest of the document.
 */
export class NerTagger {
  readonly model: NerModel
  readonly features: FeatureExtractor
  private emissions = new Float32Array(256 * TAG_COUNT)

  constructor(model: NerModel) {
    this.model = model
    this.features = new FeatureExtractor(model.resources)
  }

  private room(n: number): Float32Array {
    if (this.emissions.length < n * TAG_COUNT) this.emissions = new Float32Array(n * TAG_COUNT * 2)
    return this.emissions
  }

  /** First-pass emission scores (n × TAG_COUNT, a fresh array) of a sentence whose features are computed. */
  scoreFirst(s: SentenceFeatures, n = s.offsets.length - 1): Float32Array {
    const em = new Float32Array(n * TAG_COUNT)
    emissionScores(this.model.first, s.feats, s.offsets, n, em)
    return em
  }

  /** First-pass tags of a sentence whose features are computed. */
  decodeFirst(s: SentenceFeatures, n = s.offsets.length - 1): Uint8Array {
    return viterbi(this.scoreFirst(s, n), n, this.model.first.transitions, this.model.constrained)
  }

  /** The profiles of normalized tokens. */
  profiles(tokens: readonly string[]): WordProfile[] {
    return tokens.map((t) => this.features.profile(t))
  }

  /**
   * Tags a document given as sentences of token profiles; returns tag ids per sentence.
   * `window` bounds the document features to sentences within that distance (Infinity: the whole document);
   * `matches` are the sentences' gazetteer matches, when the caller has them already.
   */
  tagSentences(
    sentences: readonly (readonly WordProfile[])[],
    window = Infinity,
    matches: readonly GazetteerMatches[] = sentences.map((p) => this.features.gazetteerMatches(p)),
  ): Uint8Array[] {
    const fx = this.features
    const { first, second, constrained } = this.model
    const firstTags = sentences.map((profiles, i) => {
      const em = this.room(profiles.length)
      this.scoreSentence(0, profiles, matches[i]!, em)
      return viterbi(em, profiles.length, first.transitions, constrained)
    })
    if (!second) return tidyChunks(sentences, firstTags, window)
    const out: Uint8Array[] = []
    forEachInWindow(sentences, firstTags, window, (i, stats) => {
      const profiles = sentences[i]!
      // A sentence with no entity in the first pass and no word that was one elsewhere in the
      // document gives the second pass nothing to go on: its first-pass tags (all O) stand.
      if (!needsSecondPass(profiles, firstTags[i]!, stats)) {
        out.push(firstTags[i]!)
        return
      }
      const em = this.room(profiles.length)
      this.scoreSentence(1, profiles, matches[i]!, em)
      this.sink.reset(second, em)
      fx.documentFeatures(profiles, firstTags[i]!, stats, this.sink)
      out.push(viterbi(em, profiles.length, second.transitions, constrained))
    })
    return tidyChunks(sentences, out, window)
  }

  /**
   * Emission scores of a sentence's sentence-level features under the first (0) or second (1)
   * model, from weight sums cached per word: a word's own features and its features as each
   * neighbour are added as nine-number vectors; only bigram and gazetteer features are looked up
   * per token.
   */
  private scoreSentence(which: 0 | 1, profiles: readonly WordProfile[], gm: GazetteerMatches, em: Float32Array): void {
    const model = which === 0 ? this.model.first : this.model.second!
    const K = TAG_COUNT
    const n = profiles.length
    const boundary = this.boundaryScores(which, model)
    const scores = profiles.map((p) => this.wordScores(which, model, p))
    const sink = this.sink
    sink.reset(model, em)
    // The four neighbours' sums (CONTEXT_OFFSETS -2, -1, +1, +2), or the boundary's beyond the sentence.
    const at = (k: number, i: number): Float32Array => {
      const j = i + CONTEXT_OFFSETS[k]!
      return j < 0 || j >= n ? boundary : scores[j]!
    }
    const from = (k: number, i: number): number => {
      const j = i + CONTEXT_OFFSETS[k]!
      return j < 0 || j >= n ? k * K : (k + 1) * K
    }
    for (let i = 0; i < n; i++) {
      const o = i * K
      const own = scores[i]!
      const a = at(0, i), b = at(1, i), c = at(2, i), d = at(3, i)
      const ao = from(0, i), bo = from(1, i), co = from(2, i), dO = from(3, i)
      for (let t = 0; t < K; t++) em[o + t] = own[t]! + a[ao + t]! + b[bo + t]! + c[co + t]! + d[dO + t]!
      sink.token = i
      this.features.pairFeatures(profiles, gm, i, sink)
    }
  }

  private readonly sink = new EmissionSink()
  private contextScratch = new Uint32Array(64)
  private readonly boundaryCache: (Float32Array | null)[] = [null, null]

  /** A word's weight sums: its own features, then its features as the neighbour at each context offset. */
  private wordScores(which: 0 | 1, model: LinearModel, p: WordProfile): Float32Array {
    let v = p.scores[which]
    if (v && p.scoredBy[which] === model) return v
    const K = TAG_COUNT
    v = new Float32Array(K * (1 + CONTEXT_OFFSETS.length))
    addRows(model, p.self, v, 0)
    const ctx = this.contextScratch
    for (let k = 0; k < CONTEXT_OFFSETS.length; k++) addRows(model, contextFeatures(p, k, ctx), v, (k + 1) * K, p.context.length)
    p.scores[which] = v
    p.scoredBy[which] = model
    return v
  }

  private boundaryScores(which: 0 | 1, model: LinearModel): Float32Array {
    let v = this.boundaryCache[which]
    if (!v) {
      v = new Float32Array(TAG_COUNT * CONTEXT_OFFSETS.length)
      for (let k = 0; k < CONTEXT_OFFSETS.length; k++) addRows(model, Uint32Array.of(boundaryFeature(k)), v, k * TAG_COUNT)
      this.boundaryCache[which] = v
    }
    return v
  }

  /** Tags CoNLL sentences (raw tokens); the document features look `window` sentences each way. */
  tagConll(sentences: readonly (readonly string[])[], window: number): Uint8Array[] {
    return this.tagSentences(sentences.map((s) => this.profiles(s.map((t) => normalizeForMatch(t)))), window)
  }

  /**
   * Second-pass document features of each sentence, with the document being the sentences within
   * `window` of it (all of them for Infinity), tagged by the first pass.
   */
  static windowedDocumentFeatures(
    fx: FeatureExtractor,
    sentences: readonly (readonly WordProfile[])[],
    tags: readonly Uint8Array[],
    window: number,
  ): { feats: Uint32Array; offsets: Int32Array }[] {
    const out: { feats: Uint32Array; offsets: Int32Array }[] = []
    const buf = new FeatureBuffer()
    forEachInWindow(sentences, tags, window, (i, stats) => {
      buf.reset()
      fx.documentFeatures(sentences[i]!, tags[i]!, stats, buf)
      out.push({ feats: buf.feats.slice(0, buf.length), offsets: Int32Array.from(buf.offsets) })
    })
    return out
  }
}
