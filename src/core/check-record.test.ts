import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkRecord } from './check-record.js'
import { analyze } from '../pipeline/analyze.js'

const base = analyze('قال الوزير إن الوضع هادئ. وأضاف أنه سيعود.')

test('accepts a record straight from analyze()', () => {
  assert.deepEqual(checkRecord(base), [])
})

test('finds spans outside the text, spans with edge spaces and disordered sentences', () => {
  const bad = { ...base, sentences: [[0, 500], [3, 10], [0, 4]] }
  const problems = checkRecord(bad)
  assert.ok(problems.some((p) => p.includes('outside text')))
  assert.ok(problems.some((p) => p.includes('white space')))
  assert.ok(problems.some((p) => p.includes('starts before')))
})

test('finds wrong field types and unknown entity references', () => {
  assert.ok(checkRecord({ ...base, language: 5 }).length > 0)
  assert.ok(checkRecord({ ...base, schema: 'other' }).length > 0)
  const quote = { span: [0, 3], direct: true, speaker: { entity: 'E9', span: null }, cue: null }
  assert.ok(checkRecord({ ...base, quotes: [quote] }).some((p) => p.includes('E9')))
})
