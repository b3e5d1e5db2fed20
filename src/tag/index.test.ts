import { test } from 'node:test'
import assert from 'node:assert/strict'
import * as tag from './index.js'

test('pins the public exports of src/tag', () => {
  assert.deepEqual(Object.keys(tag).sort(), [
    'DEFAULT_MODEL_PATH', 'DOCUMENT_WINDOW', 'NameIndex', 'NerTagger', 'createEntitiesStage', 'decodeModel', 'encodeModel',
    'entitiesStage', 'groupMentions', 'isShortFormOf', 'loadNameIndex', 'loadNerModel', 'nameKey', 'parseGazetteer',
  ])
})
