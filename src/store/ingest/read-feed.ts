/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom feed files: each item becomes an article with the
 * title, link, date and author the feed gives, the feed's own title as the outlet, and the
 * item's full content (`content:encoded`, Atom `content`) or else its summary as the text.
 * `<item><title>زيارة</title><link>https://x/1</link><pubDate>Tue, 28 Oct 2025 09:30:00 GMT</pubDate>…`
 * → `{ title: 'زيارة', url: 'https://x/1', published: '2025-10-28T09:30:00Z', … }`.
 */
import { DOMParser, parseHTML } from 'linkedom'
import { MarsadError } from '../../core/errors.js'
import { normalizePublished } from '../../ingest/index.js'

/** One feed item, ready for analysis; null fields were absent. */
export interface FeedItem {
  /** The item's guid (RSS) or id (Atom). */
  readonly guid: string | null
  readonly title: string | null
  readonly url: string | null
  readonly published: string | null
  readonly author: string | null
  readonly outlet: string | null
  readonly text: string
}

interface XmlElement {
  readonly localName: string
  readonly textContent: string | null
  readonly children: ArrayLike<XmlElement>
  getAttribute(name: string): string | null
}

/** True when text looks like an RSS, RDF or Atom document. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048).replace(/<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '')
  return /^\s*<(?:rss|feed|rdf:RDF)[\s>]/i.test(head)
}

function children(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = []
  for (let i = 0; i < el.children.length; i++) {
    const c = el.children[i]!
    if (c.localName.toLowerCase() === name) out.push(c)
  }
  return out
}

function childText(el: XmlElement, ...names: string[]): string | null {
  for (const name of names) {
    for (const c of children(el, name)) {
      const t = c.textContent?.trim()
      if (t) return t
    }
  }
  return null
}

/** Items of the feed (RSS items may sit in the channel or, in RSS 1.0, beside it). */
function itemElements(root: XmlElement): XmlElement[] {
  const name = root.localName.toLowerCase()
  if (name === 'feed') return children(root, 'entry')
  const channel = children(root, 'channel')[0]
  return [...(channel ? children(channel, 'item') : []), ...children(root, 'item')]
}

const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'tr', 'table', 'figure', 'figcaption'])

interface HtmlNode {
  readonly nodeType: number
  readonly localName?: string
  readonly textContent: string | null
  readonly childNodes: ArrayLike<HtmlNode>
}

/**
 * Plain text of an HTML fragment: block elements become paragraphs (separated by a blank line),
 * `<br>` a line break, scripts and styles are dropped, entities decoded. Text without tags is kept.
 */
export function htmlFragmentToText(html: string): string {
  if (!/<[a-z!/]/i.test(html)) return html.replace(/[ \t]+/g, ' ').trim()
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`)
  const parts: string[] = []
  const walk = (node: HtmlNode): void => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? '').replace(/\s+/g, ' '))
      return
    }
    if (node.nodeType !== 1) return
    const name = node.localName ?? ''
    if (name === 'script' || name === 'style') return
    if (name === 'br') {
      parts.push('\n')
      return
    }
    const block = BLOCK.has(name)
    if (block) parts.push('\n\n')
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!)
    if (block) parts.push('\n\n')
  }
  walk(document.body as unknown as HtmlNode)
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/ +/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/**
 * Parses a feed document into its items; an item with no text (neither content nor summary) is
 * left out. Throws MarsadError ERR_INVALID_ARGUMENT when the document is not a feed.
 */
export function parseFeed(xml: string): FeedItem[] {
  if (!looksLikeFeed(xml)) throw new MarsadError('ERR_INVALID_ARGUMENT', 'not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)')
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: XmlElement | null }
  const root = doc.documentElement
  if (!root) throw new MarsadError('ERR_INVALID_ARGUMENT', 'the feed could not be parsed as XML')
  const atom = root.localName.toLowerCase() === 'feed'
  const channel = atom ? root : (children(root, 'channel')[0] ?? root)
  const outlet = childText(channel, 'title')
  const items: FeedItem[] = []
  for (const item of itemElements(root)) {
    const html = atom ? childText(item, 'content', 'summary') : childText(item, 'content:encoded', 'encoded', 'description')
    const text = html ? htmlFragmentToText(html) : ''
    if (!text) continue
    const title = childText(item, 'title')
    let url: string | null
    if (atom) {
      const links = children(item, 'link')
      const link = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0]
      url = link?.getAttribute('href')?.trim() || null
    } else {
      url = childText(item, 'link')
    }
    const date = atom ? childText(item, 'published', 'updated') : childText(item, 'pubdate', 'dc:date', 'date')
    let author: string | null
    if (atom) {
      const a = children(item, 'author')[0]
      author = a ? (childText(a, 'name') ?? a.textContent?.trim() ?? null) : null
    } else {
      author = childText(item, 'dc:creator', 'creator', 'author')
      // RSS 2.0 <author> is an e-mail address, often followed by the name: `news@x.org (سارة)`.
      const named = author && /^\S+@\S+\s*\((.+)\)$/.exec(author)
      if (named) author = named[1]!.trim()
    }
    items.push({
      guid: childText(item, atom ? 'id' : 'guid'),
      title: title ? htmlFragmentToText(title) : null,
      url,
      published: date ? normalizePublished(date) : null,
      author,
      outlet,
      text,
    })
  }
  return items
}
