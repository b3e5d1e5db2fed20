import { test } from 'node:test'
import assert from 'node:assert/strict'
import { nestMarks, storyRanges, type Mark, type Piece } from './nest-marks.js'

/** The text the leaves of `pieces` cover, in order. */
function leaves(text: string, pieces: readonly Piece[]): string {
  return pieces.map((p) => (p.kind === 'text' ? text.slice(p.start, p.end) : leaves(text, p.children))).join('')
}

function marksOf(pieces: readonly Piece[], out: { key: string; text: [number, number]; part: boolean }[] = []): typeof out {
  for (const p of pieces) if (p.kind === 'mark') {
    out.push({ key: p.mark.key, text: [p.start, p.end], part: p.part })
    marksOf(p.children, out)
  }
  return out
}

const TEXT = 'قال الرئيس الروسي فلاديمير بوتين إن «موسكو مستعدة للحوار» يوم الاثنين.'
const span = (word: string): [number, number] => {
  const i = TEXT.indexOf(word)
  return [i, i + word.length]
}

test('nests an entity inside the quote that holds it and keeps every character once', () => {
  const quote: Mark = { start: span('«موسكو مستعدة للحوار»')[0], end: span('«موسكو مستعدة للحوار»')[1], layer: 'quote', key: 'q0' }
  const moscow: Mark = { start: span('موسكو')[0], end: span('موسكو')[1], layer: 'entity', key: 'e1' }
  const putin: Mark = { start: span('فلاديمير بوتين')[0], end: span('فلاديمير بوتين')[1], layer: 'entity', key: 'e0' }
  const pieces = nestMarks([moscow, quote, putin], 0, TEXT.length)
  assert.equal(leaves(TEXT, pieces), TEXT)
  const q = pieces.find((p) => p.kind === 'mark' && p.mark.key === 'q0')
  assert.ok(q && q.kind === 'mark')
  assert.deepEqual(q.children.filter((c) => c.kind === 'mark').map((c) => c.kind === 'mark' && TEXT.slice(c.start, c.end)), ['موسكو'])
  for (const m of marksOf(pieces)) assert.equal(m.part, false)
})

test('cuts a span that crosses the end of another into two marked parts', () => {
  // A source «الرئيس الروسي» and an entity «الروسي فلاديمير بوتين» that overlap on «الروسي».
  const source: Mark = { start: span('الرئيس الروسي')[0], end: span('الرئيس الروسي')[1], layer: 'source', key: 's0' }
  const entity: Mark = { start: span('الروسي فلاديمير بوتين')[0], end: span('الروسي فلاديمير بوتين')[1], layer: 'entity', key: 'e0' }
  const pieces = nestMarks([entity, source], 0, TEXT.length)
  assert.equal(leaves(TEXT, pieces), TEXT)
  const parts = marksOf(pieces).filter((m) => m.key === 'e0')
  assert.deepEqual(parts.map((p) => TEXT.slice(...p.text)), ['الروسي', ' فلاديمير بوتين'])
  assert.ok(parts.every((p) => p.part))
  assert.deepEqual(marksOf(pieces).filter((m) => m.key === 's0').map((m) => m.part), [false])
})

test('clips marks to the range asked for and leaves out those outside it', () => {
  const putin: Mark = { start: span('بوتين')[0], end: span('بوتين')[1], layer: 'entity', key: 'e0' }
  const monday: Mark = { start: span('يوم الاثنين')[0], end: span('يوم الاثنين')[1], layer: 'time', key: 't0' }
  const [from, to] = [span('فلاديمير')[0], span('بوتين')[0] + 3]
  const pieces = nestMarks([putin, monday], from, to)
  assert.equal(leaves(TEXT, pieces), TEXT.slice(from, to))
  assert.deepEqual(marksOf(pieces), [{ key: 'e0', text: [span('بوتين')[0], to], part: true }])
})

test('gives the story text between the dateline, credits and boilerplate', () => {
  assert.deepEqual(storyRanges(100, [[0, 10], [90, 100], [40, 50], [45, 55]]), [[10, 40], [55, 90]])
  assert.deepEqual(storyRanges(20, []), [[0, 20]])
})
