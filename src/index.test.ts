import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as marsad from './index.js'
import { ROOT } from '../test/shared.js'

test('pins the public exports', () => {
  assert.deepEqual(Object.keys(marsad).sort(), [
    'ConfigError', 'DEFAULT_LIMITS', 'DocBuilder', 'ERROR_CODES', 'LAYER_NAMES', 'LimitError', 'MarsadError', 'OffsetMap',
    'SCHEMA', 'TokenFlag', 'TokenKind', 'VERSION', 'analyze', 'articleRecordSchema', 'checkRecord', 'createPipeline',
    'decodeBytes', 'defaultPipeline', 'detectLanguage', 'encliticSplits', 'hashId', 'htmlToArticle', 'normalize',
    'normalizeForMatch', 'normalizePublished', 'parseJsonlLine', 'parsePublished', 'procliticSplits', 'readArticleFile',
    'readJsonlLines', 'toRecord', 'tokenize',
  ])
})

test('writes the package version into every record', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  assert.equal(marsad.VERSION, pkg.version)
  assert.equal(marsad.analyze('نص').analyzer.version, pkg.version)
})
