import { createPipeline, type Pipeline } from './pipeline.js'
import { datelineStage } from '../extract/dateline/index.js'
import { creditsStage } from '../extract/credits/index.js'
import { boilerplateStage } from '../extract/boilerplate/index.js'
import { sentencesStage } from '../segment/sentences/index.js'

let cached: Pipeline | undefined

/** The stages `analyze()` runs, in order: wire-copy structure first, then story sentences. */
export function defaultPipeline(): Pipeline {
  cached ??= createPipeline([datelineStage, creditsStage, boilerplateStage, sentencesStage])
  return cached
}
