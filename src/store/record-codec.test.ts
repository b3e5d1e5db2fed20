import assert from 'node:assert/strict'
import { test } from 'node:test'
import { analyze } from '../pipeline/analyze.js'
import { decodeRecord, decodeRecordText, encodeRecord } from './record-codec.js'

test('gives back the record it stored', () => {
  const record = analyze('قال الرئيس الروسي فلاديمير بوتين يوم الاثنين إن "المحادثات كانت مثمرة".', { published: '2025-10-28' })
  assert.deepEqual(decodeRecord(encodeRecord(record)), record)
})

test('reads the text alone, whatever quotes, backslashes and line breaks it holds', () => {
  const text = 'قال: "لا \\\\ تراجع" \u2014 \\"نعم\\"\nوفي السطر الثاني «اقتباس» و\t\u200f علامات.'
  const record = analyze(text, {})
  assert.equal(decodeRecordText(encodeRecord(record)), text)
})
