/** What a token is. Stored as a number in `TokenLayer.kind`. */
export const TokenKind = {
  Arabic: 1,
  Latin: 2,
  Number: 3,
  Punct: 4,
  Symbol: 5,
} as const
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind]

/** Bit flags in `TokenLayer.flags`. */
export const TokenFlag = {
  /** A line break stands between this token and the previous one. */
  NewlineBefore: 1,
  /** A blank line (paragraph break) stands between this token and the previous one. */
  ParagraphBefore: 2,
  /** No white space between this token and the previous one (`(أ` or `15%`). */
  Glued: 4,
} as const

/**
 * Tokens, columnar: one entry per token in each typed array.
 * `start`/`end` index the original text; `nstart`/`nend` index the normalized text.
 */
export interface TokenLayer {
  readonly count: number
  readonly start: Int32Array
  readonly end: Int32Array
  readonly nstart: Int32Array
  readonly nend: Int32Array
  readonly kind: Uint8Array
  readonly flags: Uint8Array
}
