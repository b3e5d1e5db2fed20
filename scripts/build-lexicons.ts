/**
 * `npm run build:lexicons`: compiles the hand-edited lists in data/wire/ into TypeScript modules
 * under src/language/generated/, so stages read no file at run time. Edit the data, then run this;
 * a test fails when a generated module is out of date.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileLexicon, LEXICONS } from './lexicons.js'
import { ROOT } from './shared-path.js'

for (const entry of LEXICONS) {
  writeFileSync(join(ROOT, entry.module), compileLexicon(entry))
  console.log(`${entry.data} → ${entry.module}`)
}
