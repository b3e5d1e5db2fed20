import type { Span } from '../../core/span.js'

/** The spans of the non-empty lines of `text`, in order (a line break is `\n`). */
export function textLines(text: string): Span[] {
  const out: Span[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    if (end > start) out.push([start, end])
    start = end + 1
  }
  return out
}
