/// <reference lib="dom" />
import { api } from '../api.js'
import { bdi, day, h, navLink } from '../dom.js'
import { highlightText } from '../highlight-text.js'
import { t } from '../i18n.js'
import type { PageContext } from '../main.js'
import { navigate } from '../navigate.js'

/** The fields of the search form, as they appear in the page's URL. */
const FIELDS = ['q', 'from', 'to', 'outlet', 'entity'] as const

/** The search page (`/search?q=&from=&to=&outlet=&entity=&cursor=`); with no words, the latest articles. */
export async function renderSearch({ main, query }: PageContext): Promise<void> {
  const s = t()
  const value = (k: string): string => query.get(k) ?? ''
  const input = (name: string, attrs: Record<string, string> = {}) => h('input', { name, value: value(name), ...attrs })
  const hasFilters = ['from', 'to', 'outlet', 'entity'].some((k) => value(k))
  const form = h(
    'form',
    { class: 'search', role: 'search', action: '/search' },
    h('div', { class: 'search-row' }, input('q', { type: 'search', placeholder: s.searchPlaceholder, 'aria-label': s.searchButton, autocomplete: 'off' }), h('button', { type: 'submit' }, s.searchButton)),
    h(
      'details',
      { class: 'filters', open: hasFilters },
      h('summary', {}, s.filters),
      h(
        'div',
        { class: 'filter-grid' },
        h('label', {}, s.from, input('from', { type: 'date' })),
        h('label', {}, s.to, input('to', { type: 'date' })),
        h('label', {}, s.outlet, input('outlet', { type: 'text' })),
        h('label', {}, s.entity, input('entity', { type: 'text' })),
      ),
    ),
  )
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const data = new FormData(form)
    const next = new URLSearchParams()
    for (const k of FIELDS) {
      const v = String(data.get(k) ?? '').trim()
      if (v) next.set(k, v)
    }
    navigate(`/search${next.size ? `?${next}` : ''}`)
  })
  main.append(form)

  const params: Record<string, string | undefined> = { limit: '10' }
  for (const k of [...FIELDS, 'cursor']) params[k] = value(k) || undefined
  const page = await api.search(params)
  const heading = value('q') || hasFilters ? s.results(page.total) : s.latest
  main.append(h('p', { class: 'count', 'data-total': page.total }, heading))
  if (page.results.length === 0) main.append(h('p', { class: 'empty' }, s.noResults))
  const list = h('ol', { class: 'results' })
  for (const hit of page.results) {
    const title = hit.title ? highlightText(hit.title, hit.titleHighlights) : s.untitled
    list.append(
      h(
        'li',
        { class: 'hit', 'data-id': hit.id },
        h('h2', {}, navLink(`/articles/${encodeURIComponent(hit.id)}`, title)),
        h('p', { class: 'meta' }, hit.outlet ? bdi(hit.outlet, { class: 'outlet' }) : null, ' ', day(hit.published)),
        h('p', { class: 'snippet', 'data-start': hit.snippetSpan[0] }, highlightText(hit.snippet, hit.highlights, hit.snippetSpan[0])),
      ),
    )
  }
  main.append(list)
  const more = h('nav', { class: 'pager' })
  if (value('cursor')) {
    const first = new URLSearchParams(query)
    first.delete('cursor')
    more.append(navLink(`/search?${first}`, s.firstPage))
  }
  if (page.next_cursor) {
    const next = new URLSearchParams(query)
    next.set('cursor', page.next_cursor)
    more.append(h('a', { href: `/search?${next}`, 'data-nav': true, rel: 'next', class: 'next' }, s.nextPage))
  }
  main.append(more)
}
