import type { Stage } from '../../core/stage.js'
import { scanQuantities } from './scan-quantities.js'

/**
 * Finds counted amounts — digits, number words, magnitudes, money and percentages — with their hedge
 * and counted noun: `حوالي 15 ألف جندي` → 15000, approximate, unit `جندي`. Numbers inside the
 * `times` layer (years, dates, durations) are left to it, and so is boilerplate (related stories,
 * ads, phone numbers to text): it counts nothing of the story.
 */
export const quantitiesStage: Stage = {
  name: 'quantities',
  requires: ['times', 'boilerplate'],
  provides: ['quantities'],
  run(doc) {
    doc.set('quantities', scanQuantities(doc, doc.get('times'), doc.get('boilerplate').map((b) => b.span)))
  },
}

