import type { Stage } from '../../core/stage.js'
import { findDateline } from './find-dateline.js'

/**
 * Finds the opening `CITY (AGENCY) –` of wire copy and its Saudi-paper forms (`سبق- أبها:`,
 * `الرياض 26 شوال 1436 هـ ... واس`, `عين اليوم – جدة`); null when the article has none.
 */
export const datelineStage: Stage = {
  name: 'dateline',
  requires: [],
  provides: ['dateline'],
  run(doc, ctx) {
    doc.set('dateline', findDateline(doc.text, ctx.limits.datelineWindow))
  },
}
