/**
 * Writes Marsad's own search terms as a PostgreSQL `tsvector` literal, positions included, so
 * PostgreSQL's index holds exactly what SQLite's FTS5 index holds. Title terms carry weight A
 * (counted twice in BM25, as in SQLite), body terms the default D.
 */

/** Highest position a tsvector stores; words after it are not indexed (articles are far shorter). */
export const MAX_POSITION = 16383
/** Most positions a tsvector keeps per lexeme. */
const MAX_POSITIONS_PER_LEXEME = 256

function quoteLexeme(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`
}

/** The tsvector literal of a title and a body (space-separated terms), and the number of terms indexed. */
export function toTsvectorLiteral(titleTerms: string, bodyTerms: string): { literal: string; length: number } {
  const positions = new Map<string, string[]>()
  let pos = 0
  const add = (terms: string, weight: string): void => {
    for (const t of terms.split(' ')) {
      if (!t) continue
      if (++pos > MAX_POSITION) return
      let list = positions.get(t)
      if (!list) positions.set(t, (list = []))
      if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(String(pos) + weight)
    }
  }
  add(titleTerms, 'A')
  pos++ // a gap: a phrase never runs from the title into the text
  add(bodyTerms, '')
  const parts: string[] = []
  for (const [t, list] of positions) parts.push(`${quoteLexeme(t)}:${list.join(',')}`)
  return { literal: parts.join(' '), length: Math.min(pos, MAX_POSITION) }
}
