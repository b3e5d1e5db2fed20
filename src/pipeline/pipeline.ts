import type { DocBuilder } from '../core/doc.js'
import { ConfigError } from '../core/errors.js'
import { EMPTY_LAYERS, type LayerName, type Layers } from '../core/record.js'
import { warning } from '../core/warning.js'
import type { RunContext, Stage } from '../core/stage.js'

/** An ordered, checked, frozen list of stages. */
export interface Pipeline {
  readonly stages: readonly Stage[]
  /** Runs every stage over `doc`. A stage that fails leaves its layers empty and a `stage-failed` warning. */
  run(doc: DocBuilder, ctx: RunContext): void
}

/** Checks that each stage's requirements come from an earlier stage and no layer has two writers; throws ConfigError. */
export function createPipeline(stages: readonly Stage[]): Pipeline {
  const provided = new Set<LayerName>()
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!provided.has(need)) throw new ConfigError(`Stage '${stage.name}' requires '${need}', which no earlier stage provides`)
    }
    for (const layer of stage.provides) {
      if (provided.has(layer)) throw new ConfigError(`Stage '${stage.name}' provides '${layer}', which an earlier stage already provides`)
      provided.add(layer)
    }
  }
  const frozen = Object.freeze([...stages])
  return Object.freeze({
    stages: frozen,
    run(doc: DocBuilder, ctx: RunContext): void {
      for (const stage of frozen) {
        try {
          stage.run(doc, ctx)
        } catch (error) {
          // Damage stays local: one stage's bug costs its layers, not the record.
          const message = error instanceof Error ? error.message : String(error)
          doc.warn(warning('stage-failed', `Stage '${stage.name}' failed: ${message}`))
        }
        for (const layer of stage.provides) {
          if (!(layer in doc.layers)) doc.set(layer, EMPTY_LAYERS[layer] as Layers[typeof layer])
        }
      }
    },
  })
}
