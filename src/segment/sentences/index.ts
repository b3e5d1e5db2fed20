import type { Span } from '../../core/span.js'
import type { Stage } from '../../core/stage.js'
import { TokenKind } from '../../core/tokens.js'
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
          if (first < 0 && !isLeadingJunk(doc.tokenNorm(t), tokens.kind[t]!)) first = t
        } else if (first >= 0) {
          if (hasWord(tokens.kind, first, t)) sentences.push(doc.tokenSpan(first, t))
          first = -1
        }
      }
    }
    doc.set('sentences', sentences)
  },
}

/** Dashes, bullets and stray commas that open a line (`__ ساهم`, `- تعود`, `• ساجد`) are not part of the sentence; quotes and brackets are. */
function isLeadingJunk(norm: string, kind: number): boolean {
  if (kind === TokenKind.Symbol) return norm === '•' || norm === '·' || norm === '▪'
  return kind === TokenKind.Punct && !OPENING.has(norm[0]!)
}

const OPENING = new Set(['«', '“', '„', '"', "'", '‹', '(', '[', '{'])

/** A sentence needs at least one word or number, not only punctuation. */
function hasWord(kind: Uint8Array, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (kind[t] === TokenKind.Arabic || kind[t] === TokenKind.Latin || kind[t] === TokenKind.Number) return true
  return false
}
