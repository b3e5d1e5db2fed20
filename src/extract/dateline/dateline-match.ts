import type { Span } from '../../core/span.js'

/** What a dateline rule found, in text offsets; spans may still carry edge spaces, the stage trims them. */
export interface DatelineMatch {
  readonly span: Span
  readonly place: Span | null
  readonly agencies: readonly { readonly span: Span; readonly name: string }[]
}
