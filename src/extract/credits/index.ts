import type { Stage } from '../../core/stage.js'

/** Finds bylines and 'contributed to this report' lines. */
export const creditsStage: Stage = {
  name: 'credits',
  requires: ['dateline'],
  provides: ['credits'],
  run(doc) {
    doc.set('credits', [])
  },
}
