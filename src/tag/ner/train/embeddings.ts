/**
 * Word vectors from unlabelled text: skip-gram with negative sampling (Mikolov et al. 2013),
 * single-threaded and seeded so the same corpus always gives the same vectors. The tagger never
 * sees the vectors, only their k-means clusters (see `kmeans.ts`).
 */

export interface EmbeddingOptions {
  readonly dim: number
  /** Largest context distance; each token draws its own window in [1, window]. */
  readonly window: number
  readonly negatives: number
  readonly epochs: number
  /** Frequent-word subsampling threshold (word2vec's `sample`). */
  readonly sample: number
  readonly learningRate: number
  readonly seed: number
  readonly onProgress?: (done: number, total: number) => void
}

/** A 32-bit xorshift generator; `next()` returns an unsigned 32-bit integer. */
class XorShift {
  private s: number
  constructor(seed: number) {
    this.s = seed >>> 0 || 0x9e3779b9
  }
  next(): number {
    let x = this.s
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    this.s = x >>> 0
    return this.s
  }
}

/**
 * Trains vectors for a corpus given as vocabulary ids (-1 breaks a sentence), with `counts[id]`
 * the frequency of each id. Returns `counts.length × dim` input vectors.
 */
export function trainEmbeddings(corpus: Int32Array, counts: ArrayLike<number>, options: EmbeddingOptions): Float32Array {
  const V = counts.length
  const D = options.dim
  const rng = new XorShift(options.seed)
  const syn0 = new Float32Array(V * D)
  const syn1 = new Float32Array(V * D)
  for (let i = 0; i < syn0.length; i++) syn0[i] = ((rng.next() / 4294967296) - 0.5) / D

  // Negative-sampling table: ids drawn in proportion to count^0.75.
  const TABLE = 1 << 22
  const table = new Int32Array(TABLE)
  let norm = 0
  for (let i = 0; i < V; i++) norm += Math.pow(counts[i]!, 0.75)
  let id = 0
  let cum = Math.pow(counts[0]!, 0.75) / norm
  for (let a = 0; a < TABLE; a++) {
    table[a] = id
    if (a / TABLE > cum && id < V - 1) {
      id++
      cum += Math.pow(counts[id]!, 0.75) / norm
    }
  }
  let total = 0
  for (let i = 0; i < V; i++) total += counts[i]!
  const keep = new Float32Array(V)
  for (let i = 0; i < V; i++) {
    const f = counts[i]! / total
    keep[i] = Math.min(1, (Math.sqrt(f / options.sample) + 1) * (options.sample / f))
  }

  const EXP_TABLE = 1000
  const MAX_EXP = 6
  const sig = new Float32Array(EXP_TABLE)
  for (let i = 0; i < EXP_TABLE; i++) {
    const e = Math.exp(((i / EXP_TABLE) * 2 - 1) * MAX_EXP)
    sig[i] = e / (e + 1)
  }

  const work = new Float32Array(D)
  const sentence = new Int32Array(10_000)
  const steps = options.epochs * corpus.length
  let done = 0
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    let pos = 0
    while (pos < corpus.length) {
      // Gather one sentence, dropping frequent words at random.
      let len = 0
      while (pos < corpus.length && corpus[pos] !== -1 && len < sentence.length) {
        const w = corpus[pos]!
        if (keep[w]! >= 1 || rng.next() / 4294967296 < keep[w]!) sentence[len++] = w
        pos++
      }
      if (pos < corpus.length && corpus[pos] === -1) pos++
      done = epoch * corpus.length + pos
      const lr = Math.max(options.learningRate * 0.0001, options.learningRate * (1 - done / (steps + 1)))
      for (let i = 0; i < len; i++) {
        const center = sentence[i]!
        const b = 1 + (rng.next() % options.window)
        for (let j = Math.max(0, i - b); j <= Math.min(len - 1, i + b); j++) {
          if (j === i) continue
          const l1 = sentence[j]! * D
          work.fill(0)
          for (let d = 0; d <= options.negatives; d++) {
            let target: number
            let label: number
            if (d === 0) {
              target = center
              label = 1
            } else {
              target = table[rng.next() & (TABLE - 1)]!
              if (target === center) continue
              label = 0
            }
            const l2 = target * D
            let f = 0
            for (let k = 0; k < D; k++) f += syn0[l1 + k]! * syn1[l2 + k]!
            let g: number
            if (f > MAX_EXP) g = (label - 1) * lr
            else if (f < -MAX_EXP) g = label * lr
            else g = (label - sig[Math.floor(((f + MAX_EXP) * EXP_TABLE) / MAX_EXP / 2)]!) * lr
            for (let k = 0; k < D; k++) {
              work[k]! += g * syn1[l2 + k]!
              syn1[l2 + k]! += g * syn0[l1 + k]!
            }
          }
          for (let k = 0; k < D; k++) syn0[l1 + k]! += work[k]!
        }
      }
      options.onProgress?.(done, steps)
    }
  }
  return syn0
}
