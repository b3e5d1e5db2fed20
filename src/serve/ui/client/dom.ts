/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Building DOM nodes from data. Every string goes in as a text node or an attribute value, never
 * as HTML: article text and API strings are untrusted.
 */

type Child = Node | string | null | undefined | false
type Attrs = Record<string, string | number | boolean | null | undefined>

/** An element with attributes (null/false left out, true as an empty attribute) and children (strings as text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue
    el.setAttribute(name, value === true ? '' : String(value))
  }
  append(el, children)
  return el
}

const SVG_NS = 'http://www.w3.org/2000/svg'

/** An SVG element with attributes and children. */
export function svg(tag: string, attrs: Attrs = {}, ...children: (Child | Child[])[]): SVGElement {
  const el = document.createElementNS(SVG_NS, tag) as SVGElement
  for (const [name, value] of Object.entries(attrs)) if (value !== null && value !== undefined && value !== false) el.setAttribute(name, String(value))
  append(el, children)
  return el
}

/** Appends children: nodes as they are, strings as text nodes, empty values skipped. */
export function append(parent: Node, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c)
  }
}

/** A `<bdi>` isolate, so a Latin name or a date inside Arabic keeps its own direction. */
export function bdi(text: string, attrs: Attrs = {}): HTMLElement {
  return h('bdi', attrs, text)
}

/** A link inside the app (navigated without a page load by the router). */
export function navLink(href: string, ...children: (Child | Child[])[]): HTMLAnchorElement {
  return h('a', { href, 'data-nav': true }, ...children)
}

/**
 * A URL from a record: a link out only when it is http(s) (opened without referrer or opener,
 * and marked nofollow); anything else (`javascript:`, `data:`, garbage) is shown as text.
 */
export function externalUrl(url: string | null, label?: string): HTMLElement | null {
  if (!url) return null
  let parsed: URL | null = null
  try {
    parsed = new URL(url)
  } catch {
    parsed = null
  }
  if (parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:')) {
    return h('a', { href: parsed.href, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'external', dir: 'ltr' }, label ?? url)
  }
  return h('bdi', { class: 'url-text', dir: 'ltr' }, url)
}

/** Empties an element. */
export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild)
}

/** A date of a record (`2025-10-28T09:30:00+03:00`) as its day, isolated. */
export function day(published: string | null): HTMLElement | null {
  return published ? h('time', { datetime: published, dir: 'ltr' }, published.slice(0, 10)) : null
}
