import { test } from 'node:test'
import assert from 'node:assert/strict'
import { csvField, csvHeader, csvLine } from './export-rows.js'

test('quotes CSV fields that hold commas, quotes or line breaks, and joins lists with |', () => {
  assert.equal(csvField('بسيط'), 'بسيط')
  assert.equal(csvField('قال، "نعم"'), 'قال، ""نعم""'.replace(/^/, '"').replace(/$/, '"'))
  assert.equal(csvField('a,b'), '"a,b"')
  assert.equal(csvField('سطر\nآخر'), '"سطر\nآخر"')
  assert.equal(csvField(['بوتين', 'بوتن']), 'بوتين|بوتن')
  assert.equal(csvField(null), '')
})

test('writes one line per row in the columns of its kind', () => {
  assert.equal(csvHeader('entities'), 'id,type,name,latin,articles,mentions,variants\r\n')
  assert.equal(csvLine('entities', { id: 3, type: 'PER', name: 'بوتين', latin: null, articles: 2, mentions: 5, variants: ['بوتين', 'بوتن'] }), '3,PER,بوتين,,2,5,بوتين|بوتن\r\n')
})
