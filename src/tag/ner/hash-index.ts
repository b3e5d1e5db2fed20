import { tableKey } from './hash.js'

/**
 * An open-addressing set of 32-bit keys (linear probing, power-of-two capacity).
 * Callers keep values in their own arrays indexed by the slot `find` returns, so a table
 * is a handful of typed arrays that load straight from the model file.
 */
export class HashIndex {
  readonly keys: Uint32Array
  private readonly mask: number

  constructor(keys: Uint32Array) {
    if (keys.length === 0 || (keys.length & (keys.length - 1)) !== 0) throw new RangeError('HashIndex capacity must be a power of two')
    this.keys = keys
    this.mask = keys.length - 1
  }

  /** An empty index with room for `n` keys at a load factor of at most `maxLoad` (one half by default). */
  static withRoom(n: number, maxLoad = 0.5): HashIndex {
    let cap = 16
    while (cap * maxLoad < n) cap *= 2
    return new HashIndex(new Uint32Array(cap))
  }

  /** Slot of `hash`, or -1 when absent. */
  find(hash: number): number {
    const k = tableKey(hash)
    let i = k & this.mask
    for (;;) {
      const s = this.keys[i]!
      if (s === k) return i
      if (s === 0) return -1
      i = (i + 1) & this.mask
    }
  }

  /** Slot of `hash`, inserting it when absent; throws when the table is full. */
  insert(hash: number): number {
    const k = tableKey(hash)
    let i = k & this.mask
    for (let probes = 0; probes <= this.mask; probes++) {
      const s = this.keys[i]!
      if (s === k) return i
      if (s === 0) {
        this.keys[i] = k
        return i
      }
      i = (i + 1) & this.mask
    }
    throw new RangeError('HashIndex is full')
  }

  /** Number of slots. */
  get capacity(): number {
    return this.keys.length
  }
}
