/** Named limits and defaults shared by the stages. Callers override them through `AnalyzeOptions.limits`. */
export interface Limits {
  /** Longest text analysed, in UTF-16 code units; longer input is truncated with a `truncated` warning. */
  readonly maxTextLength: number
  /** Longest direct quote, in code units; an unclosed mark is dropped at its paragraph end before this. */
  readonly maxQuoteLength: number
  /** How far from the start of the text a dateline may end, in code units. */
  readonly datelineWindow: number
}

/** 5 MB of text is a very large page; news articles are 1–20 kB. */
export const DEFAULT_LIMITS: Limits = Object.freeze({
  maxTextLength: 5_000_000,
  maxQuoteLength: 20_000,
  datelineWindow: 160,
})

/** Share of letters that must be Arabic-script for a text to count as Arabic. */
export const ARABIC_LETTER_SHARE = 0.3
