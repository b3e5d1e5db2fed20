/**
 * 32-bit hashing for feature hashing and the model's lookup tables.
 * FNV-1a over UTF-16 code units for strings, a murmur3-style finaliser to combine integers.
 * Training and tagging must hash identically, so nothing here may change without retraining.
 */

/** Hashes a string's UTF-16 code units (FNV-1a, 32 bits); `''` hashes to the FNV offset basis. */
export function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** Combines two 32-bit values into a well-mixed unsigned 32-bit hash; order matters (`mix(a, b) !== mix(b, a)`). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35)
  h = Math.imul(h ^ (h >>> 13), 0x27d4eb2f)
  return (h ^ (h >>> 16)) >>> 0
}

/** A non-zero key for open-addressing tables, where 0 marks an empty slot. */
export function tableKey(h: number): number {
  return h === 0 ? 1 : h >>> 0
}
