/**
 * Highlights and snippets for search results, computed on the original text: the text is cut
 * into search terms with their spans (through the normalizer's offset map), and every word or
 * phrase of the query that matches gives a span of the original text, diacritics and clitics
 * included (`وَالكرملينِ` is highlighted whole when the query is `الكرملين`).
 */
import type { Span } from '../core/span.js'
import type { TokenLayer } from '../core/tokens.js'
import { normalize } from '../normalize/normalize.js'
import { tokenize } from '../segment/tokenize.js'
import { clauseTerms, type SearchQuery } from './search-query.js'
import { foldLetters, termOf, termsOf, type TermList } from './search-terms.js'

/** Spans of `text` that match the query, sorted and not overlapping. */
export function findHighlights(text: string, query: SearchQuery, terms?: TermList): Span[] {
  if (!terms && query.clauses.every((c) => c.kind === 'word' && c.positions[0]!.every((t) => ARABIC_TERM.test(t)))) return findWords(text, query)
  return findTerms(query, terms ?? termsOf(text))
}

/** An index term made of Arabic letters only. */
const ARABIC_TERM = /^[\u0621-\u064A]+$/

/**
 * `findHighlights` for queries of single Arabic words, without stemming the whole text: a token
 * can only stem to a query term if its folded normalized form contains that term (stemming
 * only cuts letters off the ends), so only tokens holding one are stemmed and compared. A search
 * result page highlights ten texts per query; this is most of its time otherwise.
 */
function findWords(text: string, query: SearchQuery): Span[] {
  const words = new Set<string>()
  for (const c of query.clauses) for (const t of clauseTerms(c)) words.add(t)
  // Terms holding a shorter term are found through it (`بكرمل` through `كرمل`).
  const needles = [...words].filter((t) => ![...words].some((u) => u !== t && t.includes(u)))
  const { normalized, map } = normalize(text)
  const folded = foldLetters(normalized)
  const tokens = tokenize(normalized, map)
  const hits: Span[] = []
  const tried = new Set<number>()
  for (const needle of needles) {
    for (let p = folded.indexOf(needle); p >= 0; p = folded.indexOf(needle, p + 1)) {
      const k = tokenHolding(tokens, p)
      if (k < 0 || tried.has(k)) continue
      tried.add(k)
      const t = termOf(normalized.slice(tokens.nstart[k], tokens.nend[k]), tokens.kind[k]!)
      if (t !== null && words.has(t)) hits.push([tokens.start[k]!, tokens.end[k]!])
    }
  }
  return mergeSpans(hits)
}

/** The token whose normalized span holds normalized index `p`, or -1. */
function tokenHolding(tokens: TokenLayer, p: number): number {
  let lo = 0
  let hi = tokens.count
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (tokens.nend[mid]! <= p) lo = mid + 1
    else hi = mid
  }
  return lo < tokens.count && tokens.nstart[lo]! <= p ? lo : -1
}

function findTerms(query: SearchQuery, terms: TermList): Span[] {
  const hits: Span[] = []
  const words = new Set<string>()
  for (const c of query.clauses) if (c.kind === 'word') for (const t of clauseTerms(c)) words.add(t)
  const n = terms.terms.length
  for (let i = 0; i < n; i++) if (words.has(terms.terms[i]!)) hits.push(terms.spans[i]!)
  for (const c of query.clauses) {
    if (c.kind !== 'phrase') continue
    const k = c.positions.length
    const choices = c.positions.map((p) => new Set(p))
    for (let i = 0; i + k <= n; i++) {
      let ok = true
      for (let j = 0; j < k && ok; j++) ok = choices[j]!.has(terms.terms[i + j]!)
      if (ok) hits.push([terms.spans[i]![0], terms.spans[i + k - 1]![1]])
    }
  }
  return mergeSpans(hits)
}

/** Sorts spans and merges those that overlap. */
function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const out: [number, number][] = []
  for (const [s, e] of spans) {
    const last = out[out.length - 1]
    if (last && s <= last[1]) last[1] = Math.max(last[1], e)
    else out.push([s, e])
  }
  return out
}

/** A window of the text around the best cluster of hits. */
export interface Snippet {
  /** `[start, end)` of the snippet in the original text. */
  readonly span: Span
  readonly text: string
  /** The highlights inside the snippet, as spans of the original text. */
  readonly highlights: readonly Span[]
}

/** Code units a snippet aims for. */
export const SNIPPET_LENGTH = 240

/**
 * Picks the window of about `length` code units holding the most highlights, widened to word
 * boundaries, and returns it with the highlights inside it. Without highlights, the start of
 * the text. Never cuts a word or a surrogate pair.
 */
export function makeSnippet(text: string, highlights: readonly Span[], length = SNIPPET_LENGTH): Snippet {
  if (text.length <= length) return { span: [0, text.length], text, highlights: [...highlights] }
  let start = 0
  if (highlights.length > 0) {
    let best = 0
    let bestCount = 0
    let j = 0
    for (let i = 0; i < highlights.length; i++) {
      if (j < i) j = i
      while (j + 1 < highlights.length && highlights[j + 1]![1] - highlights[i]![0] <= length * 0.8) j++
      if (j - i + 1 > bestCount) {
        bestCount = j - i + 1
        best = i
      }
    }
    const first = highlights[best]![0]
    const lastEnd = highlights[best + bestCount - 1]![1]
    const slack = Math.max(0, length - (lastEnd - first))
    start = Math.max(0, first - Math.min(slack >> 1, 60))
  }
  let end = Math.min(text.length, start + length)
  start = wordStart(text, start)
  end = wordEnd(text, end)
  const inside = highlights.filter(([s, e]) => s >= start && e <= end)
  return { span: [start, end], text: text.slice(start, end), highlights: inside }
}

const SPACE = /\s/

function wordStart(text: string, i: number): number {
  if (i === 0) return 0
  let k = i
  while (k > 0 && k > i - 30 && !SPACE.test(text[k - 1]!)) k--
  if (k > 0 && !SPACE.test(text[k - 1]!)) k = i // a 30-letter run: cut it rather than widen further
  while (k < text.length && SPACE.test(text[k]!)) k++
  return avoidSurrogateSplit(text, k)
}

function wordEnd(text: string, i: number): number {
  if (i >= text.length) return text.length
  let k = i
  while (k < text.length && k < i + 30 && !SPACE.test(text[k]!)) k++
  while (k > 0 && SPACE.test(text[k - 1]!)) k--
  return avoidSurrogateSplit(text, k)
}

function avoidSurrogateSplit(text: string, i: number): number {
  const c = text.charCodeAt(i)
  return i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff ? i - 1 : i
}
