import type { DocBuilder } from './doc.js'
import type { Limits } from './limits.js'
import type { LayerName } from './record.js'

/** What every stage gets besides the document. Stages read the reference date from here, never the clock. */
export interface RunContext {
  /** The date times resolve against (`YYYY-MM-DD`, from `published`), or null when unknown. */
  readonly reference: string | null
  readonly limits: Limits
}

/** One step of the pipeline: reads the layers it requires, writes the layers it provides. */
export interface Stage {
  readonly name: string
  readonly requires: readonly LayerName[]
  readonly provides: readonly LayerName[]
  run(doc: DocBuilder, ctx: RunContext): void
}
