import type { Boilerplate } from '../../core/record.js'
import type { Span } from '../../core/span.js'

/** A boilerplate kind, as SPEC names them. */
export type BoilerplateKind = Boilerplate['kind']

/** What a boilerplate rule found, in text offsets; the stage trims the edge spaces. */
export interface BoilerplateMatch {
  readonly span: Span
  readonly kind: BoilerplateKind
}
