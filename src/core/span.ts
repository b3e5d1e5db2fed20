/** [start, end) in UTF-16 code units of the record's `text`, exactly as SPEC.md defines. */
export type Span = readonly [start: number, end: number]

/** Builds a span, checking that it is ordered and non-negative. */
export function span(start: number, end: number): Span {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start)) {
    throw new RangeError(`Invalid span [${start}, ${end})`)
  }
  return [start, end]
}

/** Characters never allowed at a span's edge: white space, invisible marks and punctuation. */
const EDGE = /[\s\u00A0\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C.,:;!?()[\]{}«»“”„‟"'‹›‘’،؛؟\-–—_*#/\\|…]/u

/**
 * Shrinks a span so it starts and ends on a visible, non-punctuation character.
 * Returns null when nothing is left (`' ، '` → null).
 */
export function trimSpan(text: string, s: Span): Span | null {
  let [start, end] = s
  while (start < end && EDGE.test(text[start]!)) start++
  while (end > start && EDGE.test(text[end - 1]!)) end--
  return start < end ? [start, end] : null
}

/** Shrinks a span over white space and invisible marks only (punctuation stays). */
export function trimSpaces(text: string, s: Span): Span | null {
  let [start, end] = s
  while (start < end && /[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/u.test(text[start]!)) start++
  while (end > start && /[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C]/u.test(text[end - 1]!)) end--
  return start < end ? [start, end] : null
}

/** Number of code units two spans share. */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]))
}

/** True when `inner` lies wholly inside `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1]
}

/** Orders spans by start, then by end. */
export function compareSpans(a: Span, b: Span): number {
  return a[0] - b[0] || a[1] - b[1]
}
