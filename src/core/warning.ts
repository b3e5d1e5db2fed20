import type { Span } from './span.js'

/** Warning codes a record can carry; codes are kebab-case and never reused with another meaning. */
export type WarningCode =
  | 'empty'
  | 'not-arabic'
  | 'truncated'
  | 'encoding-guessed'
  | 'encoding-replaced'
  | 'lone-surrogate'
  | 'html-no-article'
  | 'bad-published'
  | 'stage-failed'
  | 'quotes/unclosed-quote'

/** A problem found in the input. Warnings are data on the record, never exceptions. */
export interface Warning {
  readonly code: WarningCode
  readonly message: string
  readonly span?: Span
}

/** Creates a warning, with a span only when one is given. */
export function warning(code: WarningCode, message: string, span?: Span): Warning {
  return span ? { code, message, span } : { code, message }
}
