/**
 * Parses a search query into clauses of search terms and writes it in the syntax of SQLite
 * FTS5 and of PostgreSQL `tsquery`. Every clause must match (AND). A bare word matches any
 * of its spelling variants: the term itself and the word with the article or a one-letter
 * clitic in front (`بوتين` also finds `لبوتين`, `ببوتين`; `وزير` finds `الوزير`), because the
 * index keeps a clitic it cannot tell from a root letter. Text in quotes ("…", «…», “…”) is a
 * phrase: its words must stand next to each other in that order.
 */
import { TokenKind } from '../core/tokens.js'
import { normalize } from '../normalize/normalize.js'
import { tokenize } from '../segment/tokenize.js'
import { stemArabic, termOf } from './search-terms.js'

/** One position of a clause: the terms any of which may stand there. */
export type TermChoice = readonly string[]

/** A clause: a single word (one position) or a phrase (several positions in a row). */
export interface QueryClause {
  readonly kind: 'word' | 'phrase'
  /** What the user wrote for this clause. */
  readonly source: string
  readonly positions: readonly TermChoice[]
}

/** A parsed query; `clauses` is empty when the query holds no searchable word. */
export interface SearchQuery {
  readonly text: string
  readonly clauses: readonly QueryClause[]
}

/** Most alternative phrases one quoted phrase expands to (each extra word multiplies them). */
export const MAX_PHRASE_ALTERNATIVES = 64

const ARTICLE = /^(?:[وف]?[بك]?ال|[وف]?لل)/
const CLITICS = ['و', 'ف', 'ب', 'ل', 'ك']

/**
 * The spelling variants of one normalized Arabic word, as index terms: the word with and without
 * the article and with each one-letter clitic in front. `الكرملين` → كرمل, بكرمل, لكرمل, ككرمل, فكرمل.
 */
export function arabicVariants(word: string, withClitics: boolean): string[] {
  const article = ARTICLE.exec(word)
  const bare = article && word.length - article[0].length >= 2 ? word.slice(article[0].length) : word
  const forms = new Set<string>([word, bare])
  if (!bare.startsWith('ال')) forms.add('ال' + bare)
  if (withClitics) for (const c of CLITICS) forms.add(c + bare)
  const out = new Set<string>()
  for (const f of forms) {
    const t = stemArabic(f)
    if (t.length >= 3 || t === stemArabic(word)) out.add(t)
  }
  return [...out]
}

/** Quote pairs that mark a phrase. */
const PHRASE = /"([^"]*)"|«([^»]*)»|“([^”]*)”|„([^“”]*)[“”]/g

/** Normalized word tokens of a piece of query text, with their kinds. */
function queryTokens(text: string): { norm: string; kind: number }[] {
  const { normalized, map } = normalize(text)
  const tokens = tokenize(normalized, map)
  const out: { norm: string; kind: number }[] = []
  for (let i = 0; i < tokens.count; i++) {
    const kind = tokens.kind[i]!
    if (kind === TokenKind.Arabic || kind === TokenKind.Latin || kind === TokenKind.Number) {
      out.push({ norm: normalized.slice(tokens.nstart[i], tokens.nend[i]), kind })
    }
  }
  return out
}

function choicesOf(token: { norm: string; kind: number }, withClitics: boolean): TermChoice | null {
  if (token.kind === TokenKind.Arabic) return arabicVariants(token.norm, withClitics)
  const t = termOf(token.norm, token.kind)
  return t ? [t] : null
}

/**
 * Parses a query: quoted phrases, then the remaining words. A hyphenated or otherwise glued
 * run of several words outside quotes is read as a phrase too. Never throws.
 */
export function parseSearchQuery(text: string): SearchQuery {
  const clauses: QueryClause[] = []
  let rest = ''
  let last = 0
  for (const m of text.matchAll(PHRASE)) {
    rest += text.slice(last, m.index) + ' '
    last = m.index + m[0].length
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? ''
    const clause = phraseClause(inner)
    if (clause) clauses.push(clause)
  }
  rest += text.slice(last)
  for (const chunk of rest.split(/\s+/)) {
    if (!chunk) continue
    const tokens = queryTokens(chunk)
    if (tokens.length === 1) {
      const choice = choicesOf(tokens[0]!, true)
      if (choice) clauses.push({ kind: 'word', source: chunk, positions: [choice] })
    } else if (tokens.length > 1) {
      const clause = phraseClause(chunk)
      if (clause) clauses.push(clause)
    }
  }
  return { text, clauses }
}

function phraseClause(inner: string): QueryClause | null {
  const tokens = queryTokens(inner)
  const positions: TermChoice[] = []
  let alternatives = 1
  for (let i = 0; i < tokens.length; i++) {
    let choice = choicesOf(tokens[i]!, i === 0)
    if (!choice) continue
    // Past the cap, later words keep only their own stem: the phrase stays exact, only rarer spellings are lost.
    if (alternatives * choice.length > MAX_PHRASE_ALTERNATIVES) choice = [choice[0]!]
    alternatives *= choice.length
    positions.push(choice)
  }
  if (positions.length === 0) return null
  return { kind: positions.length === 1 ? 'word' : 'phrase', source: inner, positions }
}

/** Every sequence of terms a phrase clause accepts (the product of its positions' choices). */
export function phraseAlternatives(clause: QueryClause): string[][] {
  let out: string[][] = [[]]
  for (const choice of clause.positions) {
    const next: string[][] = []
    for (const prefix of out) for (const t of choice) next.push([...prefix, t])
    out = next
  }
  return out
}

/** Quotes a term for FTS5: inside double quotes, a double quote is doubled. */
function fts5Quote(term: string): string {
  return `"${term.replace(/"/g, '""')}"`
}

/** The FTS5 MATCH expression of a parsed query; null when it has no clause. */
export function toFts5Query(q: SearchQuery): string | null {
  if (q.clauses.length === 0) return null
  return q.clauses
    .map((c) => {
      const alts = c.kind === 'word' ? c.positions[0]!.map((t) => fts5Quote(t)) : phraseAlternatives(c).map((seq) => fts5Quote(seq.join(' ')))
      return alts.length === 1 ? alts[0]! : `(${alts.join(' OR ')})`
    })
    .join(' AND ')
}

/** Quotes a lexeme for a tsquery literal: single quotes, with quotes and backslashes escaped. */
function tsQuote(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`
}

/** The `tsquery` literal of a parsed query (to be cast with `$1::tsquery`); null when it has no clause. */
export function toTsQuery(q: SearchQuery): string | null {
  if (q.clauses.length === 0) return null
  return q.clauses
    .map((c) => {
      const alts = c.kind === 'word' ? c.positions[0]!.map((t) => tsQuote(t)) : phraseAlternatives(c).map((seq) => `(${seq.map((t) => tsQuote(t)).join(' <-> ')})`)
      return alts.length === 1 ? alts[0]! : `(${alts.join(' | ')})`
    })
    .join(' & ')
}

/** All terms a clause can match, for highlighting and for reporting. */
export function clauseTerms(clause: QueryClause): Set<string> {
  const set = new Set<string>()
  for (const choice of clause.positions) for (const t of choice) set.add(t)
  return set
}
