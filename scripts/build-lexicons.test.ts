import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileLexicon, LEXICONS } from './lexicons.js'
import { ROOT } from './shared-path.js'

test('generated lexicon modules match their data files (run npm run build:lexicons after editing data/wire)', () => {
  for (const entry of LEXICONS) assert.equal(readFileSync(join(ROOT, entry.module), 'utf8'), compileLexicon(entry), entry.module)
})
