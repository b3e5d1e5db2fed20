import type { Stage } from '../../core/stage.js'
import { findBoilerplate } from './find-boilerplate.js'

/**
 * Finds text that is not the story: share prompts (`شاركها.`), related links and CNN's appended
 * related stories, ads (`يمكنكم استلام إشعارات ...`), copyright, and outlet debris (`// انتهى //`,
 * `سمات ...` tag lists). Never overlaps the dateline or a credit.
 */
export const boilerplateStage: Stage = {
  name: 'boilerplate',
  requires: ['dateline', 'credits'],
  provides: ['boilerplate'],
  run(doc) {
    doc.set('boilerplate', findBoilerplate(doc.text, {
      dateline: doc.get('dateline'),
      credits: doc.get('credits'),
      title: doc.meta.title,
      outlet: doc.meta.outlet,
    }))
  },
}
