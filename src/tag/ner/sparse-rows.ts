import { TAG_COUNT } from './tags.js'

/**
 * A trained weight table kept without its all-zero rows. Hashed features spread over 2^19 rows,
 * but training gives weight to only about one row in six (83k of 524k in the shipped model), so
 * the compacted table is 1.5 MB instead of 9.4 MB per pass and stays in the CPU cache. Tagging
 * is mostly reading rows for words never seen before; out of cache, each read costs a trip to
 * memory, which made the entities stage the slowest in the pipeline.
 *
 * Row r is present when bit r of `present` is set; its place in `weights` is the number of
 * present rows before it: `rank` of its 32-bit word plus the set bits below it in that word.
 */
export class SparseRows {
  /** The present rows' weights, `TAG_COUNT` each, in row order. */
  readonly weights: Int16Array
  // Int32Array, not Uint32Array: V8 reads int32 words as small integers, uint32 ones as doubles.
  private readonly present: Int32Array
  private readonly rank: Int32Array
  private readonly mask: number

  private constructor(weights: Int16Array, present: Int32Array, rank: Int32Array, bits: number) {
    if (bits > 30) throw new RangeError(`a table of 2^${bits} rows is too large`)
    this.weights = weights
    this.present = present
    this.rank = rank
    this.mask = (1 << bits) - 1
  }

  /** Compacts a dense table of `2 ** bits` rows. */
  static fromDense(dense: Int16Array, bits: number): SparseRows {
    const K = TAG_COUNT
    const rows = 2 ** bits
    if (dense.length !== rows * K) throw new RangeError(`a table of 2^${bits} rows has ${rows * K} weights, not ${dense.length}`)
    const present = new Int32Array(Math.ceil(rows / 32))
    let count = 0
    for (let r = 0; r < rows; r++) {
      for (let t = 0; t < K; t++) {
        if (dense[r * K + t] !== 0) {
          present[r >>> 5]! |= 1 << (r & 31)
          count++
          break
        }
      }
    }
    const rank = new Int32Array(present.length)
    const weights = new Int16Array(count * K)
    let next = 0
    for (let word = 0; word < present.length; word++) {
      rank[word] = next
      let bitsLeft = present[word]!
      while (bitsLeft !== 0) {
        const low = bitsLeft & -bitsLeft
        const r = word * 32 + (31 - Math.clz32(low))
        weights.set(dense.subarray(r * K, r * K + K), next * K)
        next++
        bitsLeft ^= low
      }
    }
    return new SparseRows(weights, present, rank, bits)
  }

  /** Number of rows kept. */
  get size(): number {
    return this.weights.length / TAG_COUNT
  }

  /** Where the row of feature hash `f` starts in `weights`, or -1 when that row is all zeros. */
  start(f: number): number {
    const r = f & this.mask
    const word = r >>> 5
    const bits = this.present[word]!
    const bit = 1 << (r & 31)
    if ((bits & bit) === 0) return -1
    return (this.rank[word]! + popcount(bits & (bit - 1))) * TAG_COUNT
  }

  /** The dense table again (for writing a loaded model back to a file). */
  toDense(): Int16Array {
    const K = TAG_COUNT
    const dense = new Int16Array(this.present.length * 32 * K)
    for (let word = 0; word < this.present.length; word++) {
      let bitsLeft = this.present[word]!
      let next = this.rank[word]!
      while (bitsLeft !== 0) {
        const low = bitsLeft & -bitsLeft
        const r = word * 32 + (31 - Math.clz32(low))
        dense.set(this.weights.subarray(next * K, next * K + K), r * K)
        next++
        bitsLeft ^= low
      }
    }
    return dense.subarray(0, (this.mask + 1) * K)
  }
}

/** Set bits of a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  x = (x + (x >>> 4)) & 0x0f0f0f0f
  return Math.imul(x, 0x01010101) >>> 24
}
