import { createPipeline, type Pipeline } from './pipeline.js'
import { datelineStage } from '../extract/dateline/index.js'
import { creditsStage } from '../extract/credits/index.js'
import { boilerplateStage } from '../extract/boilerplate/index.js'
import { sentencesStage } from '../segment/sentences/index.js'
import { timesStage } from '../extract/times/index.js'
import { quantitiesStage } from '../extract/quantities/index.js'
import { quotesStage } from '../extract/quotes/index.js'
import { entitiesStage } from '../tag/index.js'

let cached: Pipeline | undefined

/** The stages `analyze()` runs, in order: wire-copy structure, story sentences, named entities, then the facts (quotes link speakers to entities). */
export function defaultPipeline(): Pipeline {
  cached ??= createPipeline([datelineStage, creditsStage, boilerplateStage, sentencesStage, entitiesStage, timesStage, quantitiesStage, quotesStage])
  return cached
}
