import { emissionScores, viterbi, TRANSITION_ROWS, type LinearModel } from '../decode.js'
import { TAG_COUNT } from '../tags.js'

/** One training sentence: its tokens' hashed features and gold tag ids. */
export interface TrainingSentence {
  readonly feats: Uint32Array
  /** n + 1 offsets into `feats`. */
  readonly offsets: Int32Array
  readonly gold: Uint8Array
}

export interface PerceptronOptions {
  /** The weight table gets `2 ** bits` rows. */
  readonly bits: number
  readonly epochs: number
  /** Seed of the sentence shuffling; same seed, same model. */
  readonly seed: number
  /** Forbid I-X after anything but B-X/I-X while decoding. */
  readonly constrained: boolean
  /**
   * Share of tokens whose lexical features (bit 31 set: the word itself, its stems, word bigrams)
   * are hidden for one training step, so the model learns to tag words it has never seen from
   * their clusters, letters and context. 0 turns it off.
   */
  readonly lexicalDropout?: number
  /**
   * Loss-augmented decoding while training: every wrong tag of a token gets this bonus, so the
   * weights keep moving until the gold tags win by a margin, not just by a hair (a structured
   * hinge loss; Taskar et al. 2003, Crammer et al. 2006). 0 is the plain perceptron.
   */
  readonly margin?: number
  /**
   * Multiplies `margin` for tagging O where the gold tag is an entity's, so missing an entity costs
   * more than a wrong or spurious tag: the tagger's errors are mostly misses (recall well below
   * precision), and this trades a little precision for recall. 1 treats every error alike.
   */
  readonly missCost?: number
  /** Called after each epoch with the number of sentences that had errors. */
  readonly onEpoch?: (epoch: number, mistakes: number) => void
}

/** A copy of the sentence's features with each token's lexical features dropped at rate `p`. */
function dropLexical(s: TrainingSentence, p: number, random: () => number): { feats: Uint32Array; offsets: Int32Array } {
  const n = s.gold.length
  const feats = new Uint32Array(s.feats.length)
  const offsets = new Int32Array(n + 1)
  let k = 0
  for (let i = 0; i < n; i++) {
    const drop = random() < p
    for (let j = s.offsets[i]!; j < s.offsets[i + 1]!; j++) {
      const f = s.feats[j]!
      if (drop && f >= 0x80000000) continue
      feats[k++] = f
    }
    offsets[i + 1] = k
  }
  return { feats: feats.subarray(0, k), offsets }
}

/** A small deterministic PRNG (mulberry32); returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Trains a structured averaged perceptron (Collins 2002): decode each sentence with the current
 * weights, move weights toward the gold tags where the decoding was wrong, and return the average
 * of the weights over all steps, which generalises much better than the last weights.
 */
export function trainPerceptron(sentences: readonly TrainingSentence[], options: PerceptronOptions): LinearModel {
  const K = TAG_COUNT
  const rows = 2 ** options.bits
  const mask = rows - 1
  const w = new Float32Array(rows * K)
  const u = new Float32Array(rows * K)
  const tw = new Float32Array(TRANSITION_ROWS * K)
  const tu = new Float32Array(TRANSITION_ROWS * K)
  const model: LinearModel = { bits: options.bits, weights: w, transitions: tw }
  const random = seededRandom(options.seed)
  const order = sentences.map((_, i) => i)
  let maxLen = 1
  for (const s of sentences) maxLen = Math.max(maxLen, s.gold.length)
  const em = new Float32Array(maxLen * K)
  const pred = new Uint8Array(maxLen)
  let c = 1

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      const t = order[i]!
      order[i] = order[j]!
      order[j] = t
    }
    let mistakes = 0
    for (const idx of order) {
      const s = sentences[idx]!
      const n = s.gold.length
      if (n === 0) continue
      const dropout = options.lexicalDropout ?? 0
      let feats = s.feats
      let offsets: ArrayLike<number> = s.offsets
      if (dropout > 0) {
        ;({ feats, offsets } = dropLexical(s, dropout, random))
      }
      emissionScores(model, feats, offsets, n, em)
      const margin = options.margin ?? 0
      if (margin > 0) {
        for (let i = 0; i < n; i++) {
          const g = s.gold[i]!
          for (let t = 0; t < K; t++) if (t !== g) em[i * K + t]! += t === 0 ? margin * (options.missCost ?? 1) : margin
        }
      }
      const p = viterbi(em, n, tw, options.constrained, pred)
      let wrong = false
      for (let i = 0; i < n; i++) {
        const g = s.gold[i]!
        const q = p[i]!
        const pg = i === 0 ? TAG_COUNT : s.gold[i - 1]!
        const pq = i === 0 ? TAG_COUNT : p[i - 1]!
        if (g !== q) {
          wrong = true
          for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
            const r = (feats[k]! & mask) * K
            w[r + g]! += 1
            u[r + g]! += c
            w[r + q]! -= 1
            u[r + q]! -= c
          }
        }
        if (g !== q || pg !== pq) {
          tw[pg * K + g]! += 1
          tu[pg * K + g]! += c
          tw[pq * K + q]! -= 1
          tu[pq * K + q]! -= c
        }
      }
      if (wrong) mistakes++
      c++
    }
    options.onEpoch?.(epoch, mistakes)
  }
  for (let k = 0; k < w.length; k++) w[k] = w[k]! - u[k]! / c
  for (let k = 0; k < tw.length; k++) tw[k] = tw[k]! - tu[k]! / c
  return model
}

/**
 * The mean of models of the same size: for a linear model, averaging the weights is averaging the
 * scores, so an ensemble of differently seeded perceptrons costs nothing more to run than one.
 */
export function averageModels(models: readonly LinearModel[]): LinearModel {
  const first = models[0]!
  const weights = new Float32Array(first.weights.length)
  const transitions = new Float32Array(first.transitions.length)
  for (const m of models) {
    if (m.bits !== first.bits) throw new Error('averageModels: models of different sizes')
    for (let k = 0; k < weights.length; k++) weights[k]! += m.weights[k]! / models.length
    for (let k = 0; k < transitions.length; k++) transitions[k]! += m.transitions[k]! / models.length
  }
  return { bits: first.bits, weights, transitions }
}
