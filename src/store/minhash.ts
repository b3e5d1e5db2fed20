/**
 * MinHash signatures of word shingles and their LSH band keys, for grouping reprints and
 * rewrites of one wire story. Two articles whose 5-word shingle sets have a Jaccard
 * similarity of 0.3 share a band key with probability 0.78 (16 bands of 2 rows); a pair
 * found that way is confirmed on the 64-value signature.
 */

/** Words per shingle. */
export const SHINGLE_WORDS = 5
/** Hash functions in a signature. */
export const SIGNATURE_SIZE = 64
/** LSH bands, each made of `BAND_ROWS` consecutive signature values. */
export const BANDS = 16
export const BAND_ROWS = 2
/** Estimated Jaccard similarity from which two articles belong to the same story. */
export const STORY_THRESHOLD = 0.3

/** Murmur3's 32-bit finaliser: a cheap, well-mixed hash of a 32-bit integer. */
function fmix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** FNV-1a over the UTF-16 code units of a string, finalised. */
function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return fmix32(h)
}

const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix32(0x9e3779b9 + i * 0x7f4a7c15))

/** Distinct hashes of the `SHINGLE_WORDS`-word shingles of a word list; a shorter list gives one shingle of all its words. */
export function shingleHashes(words: readonly string[]): Uint32Array {
  const n = words.length
  if (n === 0) return new Uint32Array(0)
  const wh = new Uint32Array(n)
  for (let i = 0; i < n; i++) wh[i] = hashString(words[i]!)
  const set = new Set<number>()
  const last = Math.max(1, n - SHINGLE_WORDS + 1)
  for (let i = 0; i < last; i++) {
    let h = 0x2545f491
    const end = Math.min(n, i + SHINGLE_WORDS)
    for (let j = i; j < end; j++) h = fmix32(h ^ wh[j]!) + j - i
    set.add(fmix32(h))
  }
  return Uint32Array.from(set)
}

/** The MinHash signature of a set of shingle hashes; an empty set gives all 0xffffffff (it matches nothing). */
export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff)
  for (let j = 0; j < shingles.length; j++) {
    const x = shingles[j]!
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = fmix32(x ^ SEEDS[i]!)
      if (h < sig[i]!) sig[i] = h
    }
  }
  return sig
}

/**
 * LSH band keys of a signature: one integer per band, below 2^52 so it is exact as a JS number,
 * a SQLite INTEGER and a PostgreSQL bigint. An empty signature has no keys.
 */
export function bandKeys(sig: Uint32Array): number[] {
  if (sig[0] === 0xffffffff) return []
  const keys: number[] = []
  for (let b = 0; b < BANDS; b++) {
    let hi = fmix32(b + 1)
    let lo = fmix32(~b)
    for (let r = 0; r < BAND_ROWS; r++) {
      const v = sig[b * BAND_ROWS + r]!
      hi = fmix32(hi ^ v)
      lo = fmix32(lo ^ fmix32(v + r))
    }
    keys.push((hi & 0xfffff) * 0x100000000 + lo) // 20 + 32 bits
  }
  return keys
}

/** The share of equal values in two signatures: an estimate of the Jaccard similarity of their shingle sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a[0] === 0xffffffff || b[0] === 0xffffffff) return 0
  let same = 0
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++
  return same / SIGNATURE_SIZE
}

/** A signature as bytes for storage (little-endian). */
export function signatureToBytes(sig: Uint32Array): Uint8Array {
  const out = new Uint8Array(SIGNATURE_SIZE * 4)
  const view = new DataView(out.buffer)
  for (let i = 0; i < SIGNATURE_SIZE; i++) view.setUint32(i * 4, sig[i]!, true)
  return out
}

/** Reads a signature stored by `signatureToBytes`. */
export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const sig = new Uint32Array(SIGNATURE_SIZE)
  for (let i = 0; i < SIGNATURE_SIZE && i * 4 + 4 <= bytes.byteLength; i++) sig[i] = view.getUint32(i * 4, true)
  return sig
}
