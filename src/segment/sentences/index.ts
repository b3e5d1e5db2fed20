import type { Span } from '../../core/span.js'
import type { Stage } from '../../core/stage.js'
import { splitSentences } from './split-sentences.js'

/**
 * Story sentences: the text split into sentences, leaving out the dateline, credits and
 * boilerplate (`موسكو (أ ف ب) – زار ...` gives a first sentence starting at `زار`).
 */
export const sentencesStage: Stage = {
  name: 'sentences',
  requires: ['dateline', 'credits', 'boilerplate'],
  provides: ['sentences'],
  run(doc) {
    const excluded: Span[] = []
    const dateline = doc.get('dateline')
    if (dateline) excluded.push(dateline.span)
    for (const c of doc.get('credits')) excluded.push(c.span)
    for (const b of doc.get('boilerplate')) excluded.push(b.span)
    excluded.sort((a, b) => a[0] - b[0])

    const { tokens } = doc
    const isExcluded = (t: number): boolean => {
      const s = tokens.start[t]!
      for (const e of excluded) if (s >= e[0] && s < e[1]) return true
      return false
    }
    const sentences: Span[] = []
    for (const [a, b] of splitSentences(doc.normalized, tokens)) {
      // Cut the sentence around excluded tokens: what remains on either side are story sentences.
      let first = -1
      for (let t = a; t <= b; t++) {
        if (t < b && !isExcluded(t)) {
          if (first < 0) first = t
        } else if (first >= 0) {
          if (hasWord(tokens.kind, first, t)) sentences.push(doc.tokenSpan(first, t))
          first = -1
        }
      }
    }
    doc.set('sentences', sentences)
  },
}

/** A sentence needs at least one word or number, not only punctuation. */
function hasWord(kind: Uint8Array, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (kind[t]! <= 3) return true
  return false
}
