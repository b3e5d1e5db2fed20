import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ERROR_CODES, MarsadError } from './errors.js'
import { ROOT } from '../../test/shared.js'

test('documents every error code in docs/errors.md', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'errors.md'), 'utf8')
  for (const code of Object.keys(ERROR_CODES)) assert.ok(doc.includes('`' + code + '`'), `${code} is missing from docs/errors.md`)
})

test('documents every warning code in docs/errors.md', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'errors.md'), 'utf8')
  const source = readFileSync(join(ROOT, 'src', 'core', 'warning.ts'), 'utf8')
  const codes = [...source.matchAll(/\| '([a-z/-]+)'/g)].map((m) => m[1]!)
  assert.ok(codes.length >= 8)
  for (const code of codes) assert.ok(doc.includes('`' + code + '`'), `warning ${code} is missing from docs/errors.md`)
})

test('carries its code on the error', () => {
  const e = new MarsadError('ERR_BAD_DATE', 'bad')
  assert.equal(e.code, 'ERR_BAD_DATE')
  assert.ok(e instanceof Error)
})
