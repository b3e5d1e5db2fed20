import { seededRandom } from './perceptron.js'

/**
 * Spherical k-means: vectors are unit-normalised and assigned to the centroid of largest cosine.
 * Initial centroids are `k` distinct rows drawn with a seeded generator, so results are repeatable.
 * Returns the cluster of each row and the centroids (`k × dim`).
 */
export function kmeans(vectors: Float32Array, dim: number, k: number, iterations: number, seed: number): { assign: Int32Array; centroids: Float32Array } {
  const n = vectors.length / dim
  const x = new Float32Array(vectors)
  for (let i = 0; i < n; i++) normalizeRow(x, i * dim, dim)
  const random = seededRandom(seed)
  const centroids = new Float32Array(k * dim)
  const picked = new Set<number>()
  for (let c = 0; c < k; c++) {
    let r = Math.floor(random() * n)
    while (picked.has(r)) r = (r + 1) % n
    picked.add(r)
    centroids.set(x.subarray(r * dim, r * dim + dim), c * dim)
  }
  const assign = new Int32Array(n).fill(-1)
  for (let it = 0; it < iterations; it++) {
    let changed = 0
    for (let i = 0; i < n; i++) {
      const o = i * dim
      let best = -Infinity
      let arg = 0
      for (let c = 0; c < k; c++) {
        const co = c * dim
        let s = 0
        for (let d = 0; d < dim; d++) s += x[o + d]! * centroids[co + d]!
        if (s > best) {
          best = s
          arg = c
        }
      }
      if (assign[i] !== arg) changed++
      assign[i] = arg
    }
    centroids.fill(0)
    const size = new Int32Array(k)
    for (let i = 0; i < n; i++) {
      const co = assign[i]! * dim
      size[assign[i]!]!++
      for (let d = 0; d < dim; d++) centroids[co + d]! += x[i * dim + d]!
    }
    for (let c = 0; c < k; c++) {
      if (size[c] === 0) {
        // An empty cluster takes a random row, so k clusters stay in use.
        const r = Math.floor(random() * n)
        centroids.set(x.subarray(r * dim, r * dim + dim), c * dim)
      }
      normalizeRow(centroids, c * dim, dim)
    }
    if (changed === 0) break
  }
  return { assign, centroids }
}

function normalizeRow(a: Float32Array, o: number, dim: number): void {
  let s = 0
  for (let d = 0; d < dim; d++) s += a[o + d]! * a[o + d]!
  const inv = s > 0 ? 1 / Math.sqrt(s) : 0
  for (let d = 0; d < dim; d++) a[o + d]! *= inv
}
