import assert from 'node:assert/strict'
import { test } from 'node:test'
import { SparseRows } from './sparse-rows.js'
import { TAG_COUNT } from './tags.js'

/** A dense table of 2^bits rows with weights in the given rows (row r gets r + t + 1 at tag t). */
function denseWith(bits: number, rows: readonly number[]): Int16Array {
  const dense = new Int16Array(2 ** bits * TAG_COUNT)
  for (const r of rows) for (let t = 0; t < TAG_COUNT; t++) dense[r * TAG_COUNT + t] = ((r + t + 1) % 30000) * (t % 2 ? -1 : 1)
  return dense
}

test('finds every non-zero row, including the first and last bit of a 32-row word, and skips the rest', () => {
  const bits = 10
  const rows = [0, 1, 31, 32, 63, 64, 500, 1023]
  const dense = denseWith(bits, rows)
  const sparse = SparseRows.fromDense(dense, bits)
  assert.equal(sparse.size, rows.length)
  for (let r = 0; r < 2 ** bits; r++) {
    // Feature hashes carry more bits than the table has rows: only the low bits pick the row.
    const start = sparse.start(r | (7 << bits))
    if (!rows.includes(r)) {
      assert.equal(start, -1, `row ${r}`)
      continue
    }
    assert.deepEqual([...sparse.weights.subarray(start, start + TAG_COUNT)], [...dense.subarray(r * TAG_COUNT, (r + 1) * TAG_COUNT)], `row ${r}`)
  }
})

test('gives back the dense table it was made from', () => {
  const dense = denseWith(12, [3, 77, 2048, 4095])
  assert.deepEqual(SparseRows.fromDense(dense, 12).toDense(), dense)
})

test('refuses a table of the wrong size', () => {
  assert.throws(() => SparseRows.fromDense(new Int16Array(10), 4), /2\^4 rows/)
})
