import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { MarsadError } from '../../core/errors.js'
import { decodeBytes, parseJsonlLine, readArticleFile, type InputArticle } from '../../ingest/index.js'
import { analyze } from '../../pipeline/analyze.js'
import type { PreparedArticle } from '../archive.js'
import { identifyArticle, type ArticleIdentity } from '../article-key.js'
import { prepareArticle } from '../prepare-article.js'
import { looksLikeFeed, parseFeed } from './read-feed.js'

/** One article read from input, identified, before analysis. Plain data: it crosses to worker threads. */
export interface InputItem extends ArticleIdentity {
  /** Where it was read: `path`, `path:LINE` (JSONL), `path#N` (feed item N, from 1). */
  readonly source: string
  readonly input: InputArticle
  /** The author a feed names for the item (records keep bylines only as spans of the text). */
  readonly author?: string | null
}

/** An input that could not be read or analysed, and why. */
export interface IngestFailure {
  readonly source: string
  readonly code: string
  readonly message: string
}

/** File extensions ingest reads when it walks a folder. */
export const INGEST_EXTENSIONS = new Set(['.txt', '.text', '.md', '.html', '.htm', '.xhtml', '.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom'])

/** True for files read line by line as JSONL. */
export function isJsonlPath(path: string): boolean {
  const ext = extname(path).toLowerCase()
  return ext === '.jsonl' || ext === '.ndjson'
}

const FEED_EXTENSIONS = new Set(['.xml', '.rss', '.atom'])

/** An InputItem for one parsed article; `place` keys it when it carries neither id nor URL. */
export function toInputItem(input: InputArticle, source: string, place: string | null, author: string | null = null): InputItem {
  return { ...identifyArticle(input, place), source, input, author }
}

/** Reads one JSONL line into an item; throws MarsadError ERR_BAD_JSON as `parseJsonlLine` does. */
export function readJsonlItem(path: string, line: string, lineNumber: number): InputItem {
  const input = parseJsonlLine(line, lineNumber)
  return toInputItem(input, `${path}:${lineNumber}`, `${path}:${lineNumber}`)
}

/**
 * Reads one non-JSONL input file: a feed (by extension .xml/.rss/.atom, or by its root element)
 * gives one item per entry; any other file is one article (`readArticleFile`: text, HTML, JSON).
 * Throws MarsadError when the file cannot be read or holds nothing usable.
 */
export async function readFileItems(path: string, options: { encoding?: string } = {}): Promise<InputItem[]> {
  const ext = extname(path).toLowerCase()
  if (FEED_EXTENSIONS.has(ext) || ext === '') {
    let bytes: Uint8Array
    try {
      bytes = await readFile(path)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new MarsadError(code === 'ENOENT' ? 'ERR_FILE_NOT_FOUND' : 'ERR_FILE_UNREADABLE', `Cannot read ${path}: ${(error as Error).message}`, { cause: error })
    }
    const decoded = decodeBytes(bytes, options.encoding ? { encoding: options.encoding } : {})
    if (looksLikeFeed(decoded.text)) {
      return parseFeed(decoded.text).map((it, i) => {
        const input: InputArticle = {
          ...(it.guid ? { id: it.guid } : {}),
          text: it.text,
          title: it.title,
          url: it.url,
          outlet: it.outlet,
          published: it.published,
          warnings: decoded.warnings,
        }
        return toInputItem(input, `${path}#${i + 1}`, `${path}#${i + 1}`, it.author)
      })
    }
    if (FEED_EXTENSIONS.has(ext)) throw new MarsadError('ERR_INVALID_ARGUMENT', `${path}: not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)`)
  }
  const input = await readArticleFile(path, options.encoding ? { encoding: options.encoding } : {})
  return [toInputItem(input, path, path)]
}

/** Analyses items and prepares them for storage; an item that throws becomes a failure, the rest go on. */
export function analyzeItems(items: readonly InputItem[]): { prepared: PreparedArticle[]; failures: IngestFailure[] } {
  const prepared: PreparedArticle[] = []
  const failures: IngestFailure[] = []
  for (const item of items) {
    try {
      const a = item.input
      const record = analyze(a.text, { id: a.id, published: a.published, title: a.title, url: a.url, outlet: a.outlet, warnings: a.warnings })
      prepared.push(prepareArticle(record, item))
    } catch (error) {
      failures.push(toFailure(item.source, error))
    }
  }
  return { prepared, failures }
}

/** A failure record from anything thrown. */
export function toFailure(source: string, error: unknown): IngestFailure {
  const code = error instanceof MarsadError ? error.code : 'ERR_UNEXPECTED'
  const message = error instanceof Error ? error.message : String(error)
  return { source, code, message }
}
