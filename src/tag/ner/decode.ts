import type { SparseRows } from './sparse-rows.js'
import { TAG_COUNT, allowedAfter } from './tags.js'

/**
 * A linear sequence model: hashed feature weights per tag plus tag-to-tag transition weights.
 * Tagging is first-order Viterbi over the nine IOB2 tags.
 */
export interface LinearModel {
  /** The weight table has `2 ** bits` rows; a feature hash picks its row by its low bits. */
  readonly bits: number
  /**
   * `2 ** bits × TAG_COUNT` weights while training (float32); in a loaded model, int16 and only
   * the rows `sparse` keeps.
   */
  readonly weights: Float32Array | Int16Array
  /** A loaded model's row map (see `SparseRows`); absent for a dense table. */
  readonly sparse?: SparseRows
  /**
   * `(TAG_COUNT + 1) × TAG_COUNT`: row p is the previous tag, the last row the sentence start;
   * in the same units as `weights` (decoding only compares sums, so the units do not matter).
   */
  readonly transitions: Float32Array
}

/** Where the weight row of feature hash `f` starts in `model.weights`, or -1 for a row known to be all zeros. */
export function rowStart(model: LinearModel, f: number): number {
  const sparse = model.sparse
  return sparse === undefined ? (f & (2 ** model.bits - 1)) * TAG_COUNT : sparse.start(f)
}

/** Row count of the transition table (tags plus the start row). */
export const TRANSITION_ROWS = TAG_COUNT + 1

/**
 * Scores every tag of every token: `out[i × TAG_COUNT + t]` is the summed weight of token i's
 * features for tag t. `offsets` has n + 1 entries into `feats`. With `accumulate`, adds to `out`.
 */
export function emissionScores(model: LinearModel, feats: Uint32Array, offsets: ArrayLike<number>, n: number, out: Float32Array, accumulate = false): void {
  const w = model.weights
  for (let i = 0; i < n; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0
    const end = offsets[i + 1]!
    for (let k = offsets[i]!; k < end; k++) {
      const r = rowStart(model, feats[k]!)
      if (r < 0) continue
      s0 += w[r]!; s1 += w[r + 1]!; s2 += w[r + 2]!; s3 += w[r + 3]!; s4 += w[r + 4]!
      s5 += w[r + 5]!; s6 += w[r + 6]!; s7 += w[r + 7]!; s8 += w[r + 8]!
    }
    const o = i * 9
    if (accumulate) {
      s0 += out[o]!; s1 += out[o + 1]!; s2 += out[o + 2]!; s3 += out[o + 3]!; s4 += out[o + 4]!
      s5 += out[o + 5]!; s6 += out[o + 6]!; s7 += out[o + 7]!; s8 += out[o + 8]!
    }
    out[o] = s0; out[o + 1] = s1; out[o + 2] = s2; out[o + 3] = s3; out[o + 4] = s4
    out[o + 5] = s5; out[o + 6] = s6; out[o + 7] = s7; out[o + 8] = s8
  }
}

const NEG = -1e30

/** The transitions with the IOB2 constraint folded in (NEG where `allowedAfter` says no), so decoding needs no test. */
const constrainedScratch = new Float64Array(TRANSITION_ROWS * TAG_COUNT)

function foldConstraint(transitions: Float32Array): Float64Array {
  // Remade per call: 90 numbers, and training changes the transitions between calls.
  const c = constrainedScratch
  c.set(transitions)
  for (let t = 0; t < TAG_COUNT; t++) if (!allowedAfter(-1, t)) c[TAG_COUNT * TAG_COUNT + t] = NEG
  for (let k = 0; k < ALLOWED.length; k++) if (!ALLOWED[k]) c[k] = NEG
  return c
}

/**
 * The best tag sequence under emission and transition scores (Viterbi). With `constrained`,
 * an I-X tag may only follow B-X or I-X, so every chunk starts with B-.
 */
export function viterbi(emissions: Float32Array, n: number, transitions: Float32Array, constrained: boolean, out: Uint8Array = new Uint8Array(n)): Uint8Array {
  if (n === 0) return out
  const K = TAG_COUNT
  if (scratchScore.length < n * K) {
    scratchScore = new Float64Array(n * K * 2)
    scratchBack = new Uint8Array(n * K * 2)
  }
  const score = scratchScore
  const back = scratchBack
  const start = TAG_COUNT * K
  const trans = constrained ? foldConstraint(transitions) : transitions
  // With the constraint, I-X has two possible predecessors (B-X, I-X), not nine: a third fewer sums.
  const from = constrained ? ALLOWED_FROM : ANY_FROM
  const fromStart = constrained ? ALLOWED_START : ANY_START
  for (let t = 0; t < K; t++) score[t] = trans[start + t]! + emissions[t]!
  for (let i = 1; i < n; i++) {
    const base = i * K
    const prevBase = base - K
    for (let t = 0; t < K; t++) {
      let best = -Infinity
      let arg = 0
      for (let k = fromStart[t]!, end = fromStart[t + 1]!; k < end; k++) {
        const p = from[k]!
        const s = score[prevBase + p]! + trans[p * K + t]!
        if (s > best) {
          best = s
          arg = p
        }
      }
      score[base + t] = best + emissions[base + t]!
      back[base + t] = arg
    }
  }
  let best = NEG
  let arg = 0
  const last = (n - 1) * K
  for (let t = 0; t < K; t++) {
    if (score[last + t]! > best) {
      best = score[last + t]!
      arg = t
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg
    arg = back[i * K + arg]!
  }
  return out
}

// Reused between calls (decoding is synchronous), so tagging allocates nothing per sentence here.
let scratchScore = new Float64Array(1024)
let scratchBack = new Uint8Array(1024)

const ALLOWED = new Uint8Array(TAG_COUNT * TAG_COUNT)
for (let p = 0; p < TAG_COUNT; p++) for (let t = 0; t < TAG_COUNT; t++) ALLOWED[p * TAG_COUNT + t] = allowedAfter(p, t) ? 1 : 0

/**
 * Predecessors of each tag, in order: `from[start[t] … start[t + 1])`. Under the IOB2 constraint
 * only the allowed ones (a disallowed one adds NEG and never wins: B-X, a finite path, is always
 * allowed); without it, all nine.
 */
const ALLOWED_START = new Int32Array(TAG_COUNT + 1)
const ALLOWED_FROM = new Uint8Array(TAG_COUNT * TAG_COUNT)
const ANY_START = Int32Array.from({ length: TAG_COUNT + 1 }, (_, t) => t * TAG_COUNT)
const ANY_FROM = Uint8Array.from({ length: TAG_COUNT * TAG_COUNT }, (_, k) => k % TAG_COUNT)
{
  let k = 0
  for (let t = 0; t < TAG_COUNT; t++) {
    ALLOWED_START[t] = k
    for (let p = 0; p < TAG_COUNT; p++) if (ALLOWED[p * TAG_COUNT + t]) ALLOWED_FROM[k++] = p
  }
  ALLOWED_START[TAG_COUNT] = k
}
