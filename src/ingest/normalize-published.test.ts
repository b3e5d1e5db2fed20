import assert from 'node:assert/strict'
import { test } from 'node:test'
import { normalizePublished } from './normalize-published.js'

test('keeps ISO dates and date-times, adding seconds and a colon in the offset', () => {
  assert.equal(normalizePublished('2025-10-28'), '2025-10-28')
  assert.equal(normalizePublished(' 2015-07-24T05:41:40 '), '2015-07-24T05:41:40')
  assert.equal(normalizePublished('2018-07-31T10:44:25+00:00'), '2018-07-31T10:44:25+00:00')
  assert.equal(normalizePublished('2025-10-28 09:30'), '2025-10-28T09:30:00')
  assert.equal(normalizePublished('2025-10-28T09:30:00.250+0300'), '2025-10-28T09:30:00.250+03:00')
  assert.equal(normalizePublished('2025-10-28t06:30:00z'), '2025-10-28T06:30:00Z')
})

test('reads year-first slashes and English month names', () => {
  assert.equal(normalizePublished('2025/10/28'), '2025-10-28')
  assert.equal(normalizePublished('Tue, 28 Oct 2025 06:30:00 GMT'), '2025-10-28T06:30:00Z')
  assert.equal(normalizePublished('28 September 2025'), '2025-09-28')
  assert.equal(normalizePublished('Sept. 3, 2025'), '2025-09-03')
})

test('refuses impossible, ambiguous and relative dates', () => {
  for (const value of ['2025-02-29', '2025-13-01', '2025-10-28T24:00', '2025-10-28T10:00+15:00', '10/28/2025', '28/10/2025', 'منذ ساعتين', 'yesterday', '28 Octember 2025', '']) {
    assert.equal(normalizePublished(value), null, value)
  }
})
