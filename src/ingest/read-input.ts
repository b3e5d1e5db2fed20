/**
 * Reads article inputs: one file (text, HTML or a JSON object) into an
 * `InputArticle`, and JSONL batches line by line with flat memory.
 */
import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { createInterface } from 'node:readline'
import { z } from 'zod'
import { MarsadError } from '../core/errors.js'
import { type Warning, warning } from '../core/warning.js'
import { decodeBytes, type DecodedText } from './decode.js'
import { htmlToArticle } from './html-to-text.js'
import { normalizePublished } from './normalize-published.js'

/** An article as read from input, before analysis; metadata is null when the input does not give it. */
export interface InputArticle {
  id?: string
  text: string
  title?: string | null
  url?: string | null
  outlet?: string | null
  published?: string | null
  warnings: Warning[]
}

/** How a file is read: plain text, an HTML page, or one JSON object shaped like a JSONL line. */
export type InputFormat = 'txt' | 'html' | 'json'

/** Options of `readArticleFile`: a forced encoding label and a forced format. */
export interface ReadArticleOptions {
  encoding?: string
  format?: InputFormat
}

/** One non-blank line of a JSONL stream and its 1-based number in the file (blank lines count). */
export interface JsonlLine {
  line: string
  lineNumber: number
}

const FORMATS_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
}

/**
 * Reads one article file. The format comes from `options.format`, else the
 * extension (.txt/.text/.md, .html/.htm/.xhtml, .json), else the content
 * (`<html…`/`<p>…` is HTML, a JSON object is JSON, anything else is text).
 * Text is kept exactly as decoded. Throws MarsadError: ERR_FILE_NOT_FOUND,
 * ERR_FILE_UNREADABLE (directories included), ERR_EMPTY_INPUT,
 * ERR_BINARY_INPUT, ERR_UNKNOWN_ENCODING, ERR_BAD_JSON.
 */
export async function readArticleFile(path: string, options: ReadArticleOptions = {}): Promise<InputArticle> {
  if (typeof path !== 'string' || path === '') {
    throw new MarsadError('ERR_INVALID_ARGUMENT', 'readArticleFile expects a file path')
  }
  if (options.format !== undefined && !Object.values(FORMATS_BY_EXTENSION).includes(options.format)) {
    throw new MarsadError('ERR_INVALID_ARGUMENT', `Unknown format '${String(options.format)}'; use 'txt', 'html' or 'json'`)
  }
  const bytes = await readBytes(path)
  const named = options.format ?? FORMATS_BY_EXTENSION[extname(path).toLowerCase()]
  let decoded = decodeFile(bytes, path, options.encoding)
  const format = named ?? sniffFormat(decoded.text)
  if (format === 'html' && options.encoding === undefined) decoded = honourDeclaredCharset(bytes, decoded, path)

  switch (format) {
    case 'html': {
      const page = htmlToArticle(decoded.text)
      return {
        text: page.text,
        title: page.title,
        url: null,
        outlet: page.outlet,
        published: page.published,
        warnings: [...decoded.warnings, ...page.warnings],
      }
    }
    case 'json': {
      const article = parseArticleJson(decoded.text, path, false)
      return { ...article, warnings: [...decoded.warnings, ...article.warnings] }
    }
    case 'txt':
      return { text: decoded.text, title: null, url: null, outlet: null, published: null, warnings: decoded.warnings }
  }
}

/**
 * Parses one JSONL line `{"id", "text", "published"?, "date"?, "title"?, "url"?, "outlet"?}`.
 * `id` may be a string or a number (given back as a string); `published`
 * wins over `date`; an unreadable date gives a `bad-published` warning and
 * null. Throws MarsadError ERR_BAD_JSON naming the line and what is wrong.
 */
export function parseJsonlLine(line: string, lineNumber: number): InputArticle {
  return parseArticleJson(line, `line ${lineNumber}`, true)
}

/**
 * Yields the non-blank lines of a JSONL stream with their line numbers, in
 * flat memory (readline reads at most about a thousand lines ahead, then
 * pauses the stream). Bytes are read as UTF-8 (RFC 8259);
 * a BOM on the first line is dropped. The caller owns and closes the stream.
 */
export async function* readJsonlLines(stream: NodeJS.ReadableStream): AsyncIterable<JsonlLine> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity })
  let lineNumber = 0
  for await (const raw of lines) {
    lineNumber++
    const line = lineNumber === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw
    if (BLANK.test(line)) continue
    yield { line, lineNumber }
  }
}

const BLANK = /^\s*$/

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) {
      throw new MarsadError('ERR_FILE_UNREADABLE', `${path} is a directory; pass a file (.txt, .html or .json), or use a JSONL file for many articles`)
    }
    if (!info.isFile()) throw new MarsadError('ERR_FILE_UNREADABLE', `${path} is not a regular file; pass a .txt, .html or .json file`)
    return await readFile(path)
  } catch (error) {
    if (error instanceof MarsadError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new MarsadError('ERR_FILE_NOT_FOUND', `File not found: ${path}. Check the path and the current directory.`, { cause: error })
    }
    const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : error instanceof Error ? error.message : String(error)
    throw new MarsadError('ERR_FILE_UNREADABLE', `Cannot read ${path}: ${reason}`, { cause: error })
  }
}

/** Decodes, putting the path in front of any decoding error. */
function decodeFile(bytes: Uint8Array, path: string, encoding: string | undefined): DecodedText {
  try {
    return decodeBytes(bytes, encoding === undefined ? {} : { encoding })
  } catch (error) {
    if (error instanceof MarsadError) throw new MarsadError(error.code, `${path}: ${error.message}`, { cause: error })
    throw error
  }
}

/** A `<meta charset>` or `http-equiv` Content-Type charset in the first 1024 bytes, as HTML's prescan reads it. */
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i

/**
 * When detection had to guess, the page's declared charset decides:
 * `<meta charset="windows-1256">` on a page with little Arabic. Clear
 * evidence (a BOM, valid UTF-8, plainly Arabic windows-1256) beats the
 * declaration, since old Arabic sites often declare iso-8859-1 wrongly.
 */
function honourDeclaredCharset(bytes: Uint8Array, decoded: DecodedText, path: string): DecodedText {
  if (!decoded.warnings.some((w) => w.code === 'encoding-guessed')) return decoded
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024))
  const label = META_CHARSET.exec(head)?.[1]
  if (!label) return decoded
  let declared: string
  try {
    declared = new TextDecoder(label).encoding
  } catch {
    return decoded
  }
  // A declared UTF-8 or UTF-16 is already disproved: detection would have found it.
  if (declared === 'utf-8' || declared.startsWith('utf-16')) return decoded
  return decodeFile(bytes, path, declared)
}

/** `<` followed by an HTML tag near the start marks HTML: `<!DOCTYPE html>`, `<html dir="rtl">`, `<p>`. */
const HTML_START = /^\s*<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|h[1-6])[\s>/]/i

function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 1024)
  if (HTML_START.test(head) || (/^\s*</.test(head) && /<\/?(?:html|body|p|div|article)[\s>]/i.test(text.slice(0, 4096)))) return 'html'
  if (/^\s*\{/.test(head)) {
    try {
      const value: unknown = JSON.parse(text)
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) return 'json'
    } catch {
      // text that merely starts with `{` stays text
    }
  }
  return 'txt'
}

const optionalString = z.string().nullable().optional()

const articleJsonSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string(),
  published: optionalString,
  date: optionalString,
  title: optionalString,
  url: optionalString,
  outlet: optionalString,
})

/** What each field must hold, for error messages. */
const EXPECTED: Readonly<Record<string, string>> = {
  id: 'a string or a number',
  text: 'a string',
}

/** Parses one JSON article object; `where` (`line 12`, a path) starts every error message. */
function parseArticleJson(json: string, where: string, requireId: boolean): InputArticle {
  let value: unknown
  try {
    value = JSON.parse(json.startsWith('\uFEFF') ? json.slice(1) : json)
  } catch (error) {
    throw new MarsadError('ERR_BAD_JSON', `${where}: not valid JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error })
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new MarsadError('ERR_BAD_JSON', `${where}: expected a JSON object like {"id": "a1", "text": "…"}, got ${describe(value)}`)
  }
  const result = articleJsonSchema.safeParse(value)
  if (!result.success) {
    const field = String(result.error.issues[0]?.path[0] ?? '')
    const actual = (value as Record<string, unknown>)[field]
    const problem = actual === undefined ? 'is missing' : `must be ${EXPECTED[field] ?? 'a string or null'}, not ${describe(actual)}`
    throw new MarsadError('ERR_BAD_JSON', `${where}: "${field}" ${problem}`)
  }
  const data = result.data
  const id = data.id === undefined ? undefined : String(data.id).trim()
  if (requireId && !id) {
    throw new MarsadError('ERR_BAD_JSON', `${where}: "id" ${data.id === undefined ? 'is missing' : 'is empty'}; every JSONL line needs an id`)
  }

  const warnings: Warning[] = []
  const rawDate = presentString(data.published) ?? presentString(data.date)
  const published = rawDate === null ? null : normalizePublished(rawDate)
  if (rawDate !== null && published === null) {
    warnings.push(warning('bad-published', `${where}: the date '${rawDate.slice(0, 80)}' is not an ISO date (YYYY-MM-DD or a date-time); published is null.`))
  }
  return {
    ...(id ? { id } : {}),
    text: data.text,
    title: presentString(data.title),
    url: presentString(data.url),
    outlet: presentString(data.outlet),
    published,
    warnings,
  }
}

/** Trims a metadata string; empty or absent gives null (three corpus titles are ""). */
function presentString(value: string | null | undefined): string | null {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}
