/// <reference lib="dom" />
import type { Span } from '../../../core/span.js'
import { h } from './dom.js'

/**
 * `text` with the `spans` (relative to `offset` in the text they were found in) wrapped in
 * `<mark class="match">`; spans outside the text are clipped or left out.
 */
export function highlightText(text: string, spans: readonly Span[], offset = 0): DocumentFragment {
  const frag = document.createDocumentFragment()
  let pos = 0
  const sorted = [...spans].map(([s, e]) => [Math.max(0, s - offset), Math.min(text.length, e - offset)] as const).filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0])
  for (const [s, e] of sorted) {
    if (s < pos) continue
    if (s > pos) frag.append(text.slice(pos, s))
    frag.append(h('mark', { class: 'match' }, text.slice(s, e)))
    pos = e
  }
  if (pos < text.length) frag.append(text.slice(pos))
  return frag
}
