import type { ArticleRecord } from '../core/record.js'
import type { ExportKind } from './archive.js'

/** CSV columns of each export kind, in order. JSONL lines carry the same fields (articles: the whole record). */
export const CSV_COLUMNS: Readonly<Record<ExportKind, readonly string[]>> = {
  articles: ['id', 'published', 'outlet', 'title', 'url', 'language', 'text_length', 'entities', 'quotes', 'text'],
  entities: ['id', 'type', 'name', 'latin', 'articles', 'mentions', 'variants'],
  mentions: ['article', 'published', 'entity', 'type', 'name', 'latin', 'start', 'end', 'surface'],
  quotes: ['article', 'published', 'start', 'end', 'direct', 'speaker', 'speakerEntity', 'cue', 'text'],
  stories: ['id', 'size', 'representative', 'title', 'first', 'last', 'outlets', 'members'],
}

/** The flat CSV row of an exported article record. */
function articleRow(r: ArticleRecord): Record<string, unknown> {
  return {
    id: r.id,
    published: r.published,
    outlet: r.outlet,
    title: r.title,
    url: r.url,
    language: r.language,
    text_length: r.text.length,
    entities: r.entities.map((e) => e.name),
    quotes: r.quotes.length,
    text: r.text,
  }
}

/** Quotes one CSV field (RFC 4180): fields holding a comma, quote or line break are quoted, quotes doubled. Lists are joined with `|`. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return ''
  const s = Array.isArray(value) ? value.map(String).join('|') : typeof value === 'object' ? JSON.stringify(value) : String(value)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** The header line of a kind's CSV. */
export function csvHeader(kind: ExportKind): string {
  return CSV_COLUMNS[kind].join(',') + '\r\n'
}

/** One CSV line (CRLF-terminated) of an exported row. */
export function csvLine(kind: ExportKind, row: Record<string, unknown>): string {
  const flat = kind === 'articles' ? articleRow(row as unknown as ArticleRecord) : row
  return CSV_COLUMNS[kind].map((c) => csvField(flat[c])).join(',') + '\r\n'
}
