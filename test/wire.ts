import type { DocBuilder } from '../src/core/doc.js'
import { boilerplateStage } from '../src/extract/boilerplate/index.js'
import { creditsStage } from '../src/extract/credits/index.js'
import { datelineStage } from '../src/extract/dateline/index.js'
import { prepareDoc } from '../src/pipeline/analyze.js'

/**
 * A document with its text layer and wire-copy layers (dateline, credits, boilerplate), ready for
 * the stages that need them, as the pipeline runs them: for tests of one stage at a time.
 */
export function prepareWithWire(text: string, published: string | null): DocBuilder {
  const { doc, limits } = prepareDoc(text, { published }, {})
  const ctx = { reference: published ? published.slice(0, 10) : null, limits }
  for (const stage of [datelineStage, creditsStage, boilerplateStage]) stage.run(doc, ctx)
  return doc
}
