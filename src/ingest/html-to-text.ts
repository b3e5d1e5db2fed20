/**
 * Extracts an article from an HTML page: Readability (run on linkedom) finds
 * the story, and a walk over its block elements writes plain text, one
 * paragraph per block, separated by a blank line. Metadata is read from the
 * page before Readability strips scripts (JSON-LD) from the tree.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { type Warning, warning } from '../core/warning.js'
import { normalizePublished } from './normalize-published.js'

/** An article extracted from HTML: plain text (paragraphs split by "\n\n") and whatever metadata the page gives; null when absent. */
export interface HtmlArticle {
  text: string
  title: string | null
  byline: string | null
  published: string | null
  outlet: string | null
  lang: string | null
  warnings: Warning[]
}

/** The slice of the DOM this file reads; linkedom's nodes provide it. */
interface DomNode {
  readonly nodeType: number
  readonly childNodes: ArrayLike<DomNode>
  readonly textContent: string | null
}

interface DomElement extends DomNode {
  readonly localName: string
  getAttribute(name: string): string | null
  hasAttribute(name: string): boolean
  querySelector(selectors: string): DomElement | null
  querySelectorAll(selectors: string): ArrayLike<DomElement>
}

interface DomDocument {
  readonly documentElement: DomElement | null
  readonly body: DomElement | null
  querySelector(selectors: string): DomElement | null
  querySelectorAll(selectors: string): ArrayLike<DomElement>
}

/** What Readability returns when its serializer hands back the content element itself. */
interface ReadabilityResult {
  content: DomElement | null | undefined
  title: string | null | undefined
  byline: string | null | undefined
  siteName: string | null | undefined
  publishedTime: string | null | undefined
}

const ELEMENT_NODE = 1
const TEXT_NODE = 3

/**
 * Extracts the article text and metadata from an HTML page; never throws.
 * `options.url`, the page's address, is a last source for the date
 * (`…/2025/10/28/…`). When Readability finds no article, the text is the
 * whole body and a warning `html-no-article` says so.
 */
export function htmlToArticle(html: string, options: { url?: string } = {}): HtmlArticle {
  const source = ensureDocumentShape(String(html))
  const document = parseDocument(source)
  const page = readPageMetadata(document, options.url)
  const warnings: Warning[] = []

  let article: ReadabilityResult | null = null
  let failure = ''
  try {
    // Readability is typed against the DOM lib's Document, which this project does not load; linkedom's document serves at run time.
    article = new Readability<DomElement>(document as never, { serializer: (node) => node as unknown as DomElement }).parse()
  } catch (error) {
    failure = ` (Readability failed: ${error instanceof Error ? error.message : String(error)})`
  }

  let text = article?.content ? blockText(article.content) : ''
  if (!text) {
    // Readability removed nodes from `document`, so the body is read from a fresh parse.
    const body = parseDocument(source).body
    text = body ? blockText(body) : ''
    warnings.push(warning('html-no-article', `No article found in the page${failure}; the text is the whole page body, menus and footers included.`))
  }

  return {
    text,
    title: cleanField(article?.title) ?? page.title,
    byline: cleanByline(article?.byline) ?? page.byline,
    published: pickPublished([article?.publishedTime, ...page.published], page.urlDate, warnings),
    outlet: page.outlet ?? cleanField(article?.siteName),
    lang: page.lang,
    warnings,
  }
}

/**
 * linkedom builds the tree as written and adds no implied `<html>` or
 * `<body>`: `<html><p>x</p></html>` would lose the paragraph, and a bare
 * fragment has no document element. This supplies the missing tags, and
 * drops closing `</body>`/`</html>` so trailing content still lands in the body.
 */
function ensureDocumentShape(html: string): string {
  let source = html.replace(/^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype[^>]*>)?/i, '').replace(/<\/(?:body|html)\s*>/gi, '')
  if (!/<body[\s/>]/i.test(source)) {
    const before = /<\/head\s*>/i.exec(source) ?? /<html(?:\s[^>]*)?>/i.exec(source)
    const at = before ? before.index + before[0].length : 0
    source = `${source.slice(0, at)}<body>${source.slice(at)}`
  }
  if (!/<html[\s>]/i.test(source)) source = `<html>${source}`
  return source
}

function parseDocument(source: string): DomDocument {
  return parseHTML(source).document as unknown as DomDocument
}

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'iframe', 'object', 'embed',
  'svg', 'math', 'canvas', 'audio', 'video', 'button', 'input', 'select', 'textarea',
])

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
])

/** Table cells sit side by side on one line, parted by a space. */
const CELLS = new Set(['td', 'th'])

/** Markers pushed on the walk stack to act when an element closes. */
const END_BLOCK = Symbol('end block')
const END_PRE = Symbol('end pre')

/**
 * Writes the text of `root` block by block: every block element ends the
 * paragraph, `<br>` ends a line, and two `<br>` in a row (`سطر<br><br>سطر`)
 * end the paragraph. Iterative, so deeply nested broken markup cannot
 * overflow the stack.
 */
function blockText(root: DomElement): string {
  const out = new TextBuilder()
  const stack: (DomNode | typeof END_BLOCK | typeof END_PRE)[] = [root]
  let preDepth = 0
  while (stack.length > 0) {
    const item = stack.pop()!
    if (item === END_BLOCK) {
      out.endParagraph()
      continue
    }
    if (item === END_PRE) {
      preDepth--
      out.endParagraph()
      continue
    }
    if (item.nodeType === TEXT_NODE) {
      out.addText(item.textContent ?? '', preDepth > 0)
      continue
    }
    if (item.nodeType !== ELEMENT_NODE) continue
    const element = item as DomElement
    const tag = element.localName.toLowerCase()
    if (SKIPPED.has(tag) || isHidden(element)) continue
    if (tag === 'br') {
      out.endLine()
      continue
    }
    if (tag === 'pre') {
      preDepth++
      out.endParagraph()
      stack.push(END_PRE)
    } else if (BLOCKS.has(tag)) {
      out.endParagraph()
      stack.push(END_BLOCK)
    } else if (CELLS.has(tag)) {
      out.addSpace()
    }
    const children = element.childNodes
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
  }
  return out.finish()
}

function isHidden(element: DomElement): boolean {
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(element.getAttribute('style') ?? '')
  )
}

/**
 * Unicode spaces, collapsed to one space inside a line; NBSP included.
 * Zero-width and bidi marks (U+200B–U+200F) are kept: ZWNJ shapes Persian words.
 */
const SPACES = /[ \t\n\r\f\v\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g

/** Accumulates lines and paragraphs with no leading, trailing or doubled spaces. */
class TextBuilder {
  private readonly paragraphs: string[] = []
  private lines: string[] = []
  private line = ''
  private pendingSpace = false

  addText(raw: string, preformatted: boolean): void {
    if (!preformatted) {
      this.appendCollapsed(raw)
      return
    }
    const rows = raw.split(/\r\n?|\n/)
    rows.forEach((row, i) => {
      if (i > 0) this.endLine()
      this.appendCollapsed(row)
    })
  }

  addSpace(): void {
    if (this.line) this.pendingSpace = true
  }

  endLine(): void {
    if (this.line) {
      this.lines.push(this.line)
      this.line = ''
      this.pendingSpace = false
    } else if (this.lines.length > 0) {
      this.endParagraph()
    }
  }

  endParagraph(): void {
    if (this.line) this.lines.push(this.line)
    if (this.lines.length > 0) this.paragraphs.push(this.lines.join('\n'))
    this.lines = []
    this.line = ''
    this.pendingSpace = false
  }

  finish(): string {
    this.endParagraph()
    return this.paragraphs.join('\n\n')
  }

  private appendCollapsed(raw: string): void {
    const collapsed = raw.replace(SPACES, ' ')
    if (collapsed === '') return
    const leading = collapsed.startsWith(' ')
    const trailing = collapsed.length > 1 && collapsed.endsWith(' ')
    const words = collapsed.slice(leading ? 1 : 0, trailing ? -1 : undefined)
    if (words === '') {
      this.addSpace()
      return
    }
    if (this.line && (leading || this.pendingSpace)) this.line += ' '
    this.line += words
    this.pendingSpace = trailing
  }
}

/** Metadata read from the page itself; `published` lists raw date strings, most trusted first. */
interface PageMetadata {
  title: string | null
  byline: string | null
  outlet: string | null
  lang: string | null
  published: string[]
  urlDate: string | null
}

/** Meta tags that carry the publication date, in order of trust. */
const DATE_META_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'published_time', 'datepublished',
  'article.published', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dcterms.created',
  'dc.date', 'dcterms.date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date',
]

function readPageMetadata(document: DomDocument, url: string | undefined): PageMetadata {
  const meta = readMetaTags(document)
  const jsonLd = readJsonLd(document)
  const html = document.documentElement
  const author = meta.get('author') ?? meta.get('dc.creator') ?? meta.get('article:author')
  const language = html?.getAttribute('lang') ?? html?.getAttribute('xml:lang') ?? meta.get('content-language') ?? meta.get('og:locale')

  const published = [...jsonLd.dates]
  for (const key of DATE_META_KEYS) {
    const value = meta.get(key)
    if (value) published.push(value)
  }
  for (const element of Array.from(document.querySelectorAll('[itemprop="datePublished"]'))) {
    const value = element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.textContent
    if (value?.trim()) published.push(value)
  }
  // A bare <time> may be the header's "today", so the one marked pubdate or inside <article> comes first.
  for (const selector of ['time[pubdate][datetime]', 'article time[datetime]', 'time[datetime]']) {
    const value = document.querySelector(selector)?.getAttribute('datetime')
    if (value?.trim()) published.push(value)
  }

  const pageUrl = url ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta.get('og:url')
  return {
    title: cleanField(meta.get('og:title')) ?? cleanField(document.querySelector('title')?.textContent) ?? cleanField(document.querySelector('h1')?.textContent),
    byline: cleanByline(author),
    outlet: cleanField(meta.get('og:site_name')) ?? jsonLd.publisher,
    lang: cleanField(language?.replace(/_/g, '-')),
    published,
    urlDate: pageUrl ? dateFromUrl(pageUrl) : null,
  }
}

/** `<meta>` contents keyed by lower-cased `property`, `name`, `itemprop` or `http-equiv`; the first tag wins. */
function readMetaTags(document: DomDocument): Map<string, string> {
  const values = new Map<string, string>()
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const content = element.getAttribute('content')
    if (content === null || content.trim() === '') continue
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase()
      if (key && !values.has(key)) values.set(key, content)
    }
  }
  return values
}

/** How much of a JSON-LD tree is visited: enough for `@graph` pages, bounded for hostile ones. */
const JSON_LD_MAX_NODES = 2000

/** Dates (`datePublished`, article types first) and the publisher's name from the page's JSON-LD blocks. */
function readJsonLd(document: DomDocument): { dates: string[]; publisher: string | null } {
  const articleDates: string[] = []
  const otherDates: string[] = []
  let publisher: string | null = null
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue
    let data: unknown
    try {
      data = JSON.parse(script.textContent ?? '')
    } catch {
      continue
    }
    const queue: unknown[] = [data]
    for (let visited = 0; queue.length > 0 && visited < JSON_LD_MAX_NODES; visited++) {
      const node = queue.shift()
      if (Array.isArray(node)) {
        queue.push(...node)
        continue
      }
      if (!node || typeof node !== 'object') continue
      const record = node as Record<string, unknown>
      const isArticle = /Article|Posting|Report/i.test(String(record['@type'] ?? ''))
      if (typeof record.datePublished === 'string') (isArticle ? articleDates : otherDates).push(record.datePublished)
      const name = (record.publisher as Record<string, unknown> | null | undefined)?.name
      if (publisher === null && isArticle && typeof name === 'string') publisher = cleanField(name)
      for (const value of Object.values(record)) if (value && typeof value === 'object') queue.push(value)
    }
  }
  return { dates: [...articleDates, ...otherDates], publisher }
}

/** A date in a URL path: `/news/2025/10/28/slug` or `/issues/20251028/` give `2025-10-28`. */
function dateFromUrl(url: string): string | null {
  let path = url
  try {
    path = new URL(url).pathname
  } catch {
    // a relative or broken URL is searched as it is
  }
  const m =
    /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/._-]|$)/.exec(path) ??
    /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\/)/.exec(path)
  return m ? normalizePublished(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`) : null
}

/**
 * The first candidate that reads as an ISO date, then the URL's date. When
 * the page names a date that cannot be read and nothing else works, a
 * `bad-published` warning keeps the raw value.
 */
function pickPublished(candidates: (string | null | undefined)[], urlDate: string | null, warnings: Warning[]): string | null {
  let unreadable: string | null = null
  for (const candidate of candidates) {
    if (!candidate?.trim()) continue
    const published = normalizePublished(candidate)
    if (published) return published
    unreadable ??= candidate.trim()
  }
  if (urlDate) return urlDate
  if (unreadable !== null) {
    warnings.push(warning('bad-published', `The page gives the publication date '${unreadable.slice(0, 80)}', which is not an ISO date; published is null.`))
  }
  return null
}

/** A byline, unless it is a profile link (`article:author` is often `https://facebook.com/…`). */
function cleanByline(value: string | null | undefined): string | null {
  const byline = cleanField(value)
  return byline && !/^https?:\/\//i.test(byline) ? byline : null
}

/** Collapses white space and trims; empty becomes null. */
function cleanField(value: string | null | undefined): string | null {
  const cleaned = value?.replace(SPACES, ' ').trim()
  return cleaned ? cleaned : null
}
