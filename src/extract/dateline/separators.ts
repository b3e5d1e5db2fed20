/**
 * Character classes for wire-copy openings, as regex source, on the original text.
 * Invisible marks (RLM U+200F, ZWSP U+200B, bidi embeddings U+202A–U+202E, isolates U+2066–U+2069,
 * Arabic letter mark U+061C) count as white space: crawled datelines are full of them.
 */
export const SPACE = '[\\s\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u061C\\uFEFF]'

/**
 * A dash between dateline parts: `-` `–` `—` runs, or a free-standing tatweel (U+0640) used as one
 * (`ماجد هود ـ جدة`), but never the tatweel that stretches a word (`أبهــا`).
 */
export const DASH = '(?:[-–—]+\\u0640*|(?<![\\u0621-\\u063A\\u0641-\\u064A])\\u0640+|\\u0640+(?![\\u0621-\\u063A\\u0641-\\u064A]))'

/** Arabic letters with their marks and tatweel: one word of a place or a name. */
export const WORD = '[\\u0621-\\u063A\\u0640-\\u0652\\u0670\\u06A9\\u06CC]+'

/** Lines of leading debris before a dateline: `Next Previous` widgets, crawled image URLs, bullets. */
export const LEAD = new RegExp(`^(?:${SPACE}|Next${SPACE}+Previous|\\S*\\.(?:jpe?g|png|gif)\\S*|[*•])*`, 'i')
