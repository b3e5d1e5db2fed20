import type { Stage } from '../../core/stage.js'

/** Finds text that is not the story: share prompts, related links, copyright, ads. */
export const boilerplateStage: Stage = {
  name: 'boilerplate',
  requires: ['dateline', 'credits'],
  provides: ['boilerplate'],
  run(doc) {
    doc.set('boilerplate', [])
  },
}
