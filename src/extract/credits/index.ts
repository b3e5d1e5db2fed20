import type { Stage } from '../../core/stage.js'
import { findCredits } from './find-credits.js'

/**
 * Finds bylines and 'contributed to this report' lines: `كتب: فلان`, `نافل السبيعي –سبق-`,
 * `ساهم ... في هذا التقرير`, agency sign-offs such as `(أ ف ب)`. Reads the dateline to split an
 * opening line into its byline and its dateline.
 */
export const creditsStage: Stage = {
  name: 'credits',
  requires: ['dateline'],
  provides: ['credits'],
  run(doc) {
    doc.set('credits', findCredits(doc.text, doc.get('dateline')))
  },
}
