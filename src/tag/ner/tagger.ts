import { emissionScores, rowStart, viterbi, type LinearModel } from './decode.js'
import {
  boundaryFeature, CONTEXT_OFFSETS, contextFeatures, DocumentTagStats, FeatureBuffer, FeatureExtractor,
  type FeatureSink, type GazetteerMatches, type NerResources, type WordProfile,
} from './features.js'
import { TAG_COUNT } from './tags.js'
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
    if (!second) return firstTags
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
    return out
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
