import { createHash } from 'node:crypto'
import { DocBuilder, type Meta } from '../core/doc.js'
import { LimitError } from '../core/errors.js'
import { DEFAULT_LIMITS, type Limits } from '../core/limits.js'
import type { ArticleRecord } from '../core/record.js'
import { warning, type Warning } from '../core/warning.js'
import { detectLanguage } from '../language/detect-language.js'
import { normalize } from '../normalize/normalize.js'
import { tokenize } from '../segment/tokenize.js'
import { defaultPipeline } from './default-pipeline.js'
import type { Pipeline } from './pipeline.js'
import { toRecord } from './to-record.js'

/** What a caller may know about an article besides its text. Every field is optional. */
export interface ArticleMeta {
  id?: string | number | null
  /** Publication date, `YYYY-MM-DD` or an ISO date-time; times resolve against it. */
  published?: string | null
  title?: string | null
  url?: string | null
  outlet?: string | null
  /** Problems found while reading the input (a guessed encoding, an HTML page with no article); carried into the record. */
  warnings?: readonly Warning[]
}

/** Options of `analyze()`. */
export interface AnalyzeOptions {
  limits?: Partial<Limits>
  /** What to do with text over `limits.maxTextLength`: truncate with a warning (default) or throw LimitError. */
  onLimit?: 'truncate' | 'throw'
  /** The stages to run; the default pipeline when absent. */
  pipeline?: Pipeline
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/** Reads a publication date; returns the ISO string as given (`T` for a space) or null when it is not a real date. */
export function parsePublished(value: string): string | null {
  const m = ISO_DATE.exec(value.trim())
  if (!m) return null
  const [, y, mo, d] = m
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)))
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null
  return value.trim().replace(' ', 'T')
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Builds the document and its context: truncation, id, language, published date. Never throws on text. */
export function prepareDoc(input: string, meta: ArticleMeta, options: AnalyzeOptions): { doc: DocBuilder; limits: Limits; arabic: boolean } {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits }
  const warnings: Warning[] = (meta.warnings ?? []).map((w) => ({ code: w.code, message: w.message }))
  let text = input
  if (text.length > limits.maxTextLength) {
    if (options.onLimit === 'throw') {
      throw new LimitError(`Text is ${text.length} characters, over the limit of ${limits.maxTextLength}; raise limits.maxTextLength or let it truncate`)
    }
    let cut = limits.maxTextLength
    const c = text.charCodeAt(cut - 1)
    if (c >= 0xd800 && c <= 0xdbff) cut-- // never split a surrogate pair
    warnings.push(warning('truncated', `Text was ${text.length} characters; analysed and kept the first ${cut}`))
    text = text.slice(0, cut)
  }
  if (LONE_SURROGATE.test(text)) warnings.push(warning('lone-surrogate', 'Text holds unpaired UTF-16 surrogates (damaged encoding); they were kept as they are'))

  let published: string | null = null
  if (meta.published != null && meta.published !== '') {
    published = typeof meta.published === 'string' ? parsePublished(meta.published) : null
    if (!published) warnings.push(warning('bad-published', `Publication date '${String(meta.published)}' is not an ISO date (YYYY-MM-DD); ignored`))
  }

  const lang = detectLanguage(text)
  const arabic = lang.language === 'ar'
  if (!text.trim()) warnings.push(warning('empty', 'Text is empty'))
  else if (!arabic) {
    warnings.push(warning('not-arabic', `Text is not Arabic (detected '${lang.language}', ${Math.round(lang.arabicShare * 100)}% Arabic letters); nothing was extracted`))
  }

  const { normalized, map } = normalize(text)
  const tokens = tokenize(normalized, map)
  const docMeta: Meta = {
    id: meta.id != null && String(meta.id) !== '' ? String(meta.id) : hashId(text),
    language: lang.language,
    published,
    title: meta.title ?? null,
    url: meta.url ?? null,
    outlet: meta.outlet ?? null,
  }
  return { doc: new DocBuilder({ text, normalized, map, tokens, meta: docMeta, warnings }), limits, arabic }
}

/** A stable id from the text: 16 hex digits of its SHA-1. */
export function hashId(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16)
}

/**
 * Analyses one article and returns its `marsad.article/1` record.
 * Never throws on a string: empty, non-Arabic, damaged or huge text gives a record with warnings.
 * Throws TypeError when `text` is not a string, LimitError only with `onLimit: 'throw'`.
 *
 * @example
 * const record = analyze('موسكو (أ ف ب) – زار ...', { published: '2025-10-28' })
 * record.dateline?.agencies[0]?.name // 'AFP'
 */
export function analyze(text: string, meta: ArticleMeta = {}, options: AnalyzeOptions = {}): ArticleRecord {
  if (typeof text !== 'string') throw new TypeError(`analyze() expects a string, got ${text === null ? 'null' : typeof text}`)
  const { doc, limits, arabic } = prepareDoc(text, meta ?? {}, options)
  if (arabic) {
    const reference = doc.meta.published ? doc.meta.published.slice(0, 10) : null
    ;(options.pipeline ?? defaultPipeline()).run(doc, { reference, limits })
  }
  return toRecord(doc)
}
