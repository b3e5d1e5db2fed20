/// <reference lib="dom" />
import { api } from '../api.js'
import { cooccurrenceGraph, timelineBuckets, timelineChart } from '../charts.js'
import { bdi, day, h, navLink } from '../dom.js'
import { t } from '../i18n.js'
import type { PageContext } from '../main.js'
import { navigate } from '../navigate.js'

/** `/entities?q=NAME`: the entities a name denotes; straight to the entity when there is one. */
export async function renderEntityLookup({ main, query }: PageContext): Promise<void> {
  const s = t()
  const q = query.get('q')?.trim() ?? ''
  const form = h('form', { class: 'search', role: 'search' }, h('div', { class: 'search-row' }, h('input', { name: 'q', type: 'search', value: q, 'aria-label': s.entityLookup, placeholder: s.entityLookup }), h('button', { type: 'submit' }, s.searchButton)))
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const v = String(new FormData(form).get('q') ?? '').trim()
    navigate(v ? `/entities?q=${encodeURIComponent(v)}` : '/entities')
  })
  main.append(form)
  if (!q) return
  const { entities } = await api.entities(q)
  if (entities.length === 1) {
    navigate(`/entities/${entities[0]!.id}`, true)
    return
  }
  main.append(h('h1', {}, s.entitiesFor(q)))
  if (entities.length === 0) main.append(h('p', { class: 'empty' }, s.noEntities))
  main.append(
    h(
      'ul',
      { class: 'entity-list' },
      entities.map((e) =>
        h('li', {}, navLink(`/entities/${e.id}`, e.name), ' ', h('span', { class: `badge badge-${e.type}` }, s.types[e.type] ?? e.type), e.latin ? [' ', bdi(e.latin, { dir: 'ltr', class: 'latin' })] : null, h('span', { class: 'n' }, ` ${s.mentions}: ${e.mentions}`)),
      ),
    ),
  )
}

/** `/entities/:id`: names, counts, timeline, co-occurrence graph and quotes of one entity. */
export async function renderEntity({ main }: PageContext, id: string): Promise<void> {
  const s = t()
  const e = await api.entity(id)
  const timelineTitle = timelineBuckets(e.timeline).unit === 'day' ? s.timeline : s.timelineMonth
  main.append(
    h(
      'header',
      { class: 'entity-head' },
      h('h1', {}, e.name, ' ', h('span', { class: `badge badge-${e.type}` }, s.types[e.type] ?? e.type)),
      e.latin ? h('p', { class: 'latin' }, `${s.latinName}: `, bdi(e.latin, { dir: 'ltr' })) : null,
      h('dl', { class: 'counts' }, h('div', {}, h('dt', {}, s.articles), h('dd', {}, String(e.articles))), h('div', {}, h('dt', {}, s.mentions), h('dd', {}, String(e.mentions)))),
      h('p', {}, navLink(`/search?entity=${encodeURIComponent(e.latin ?? e.name)}`, s.searchEntity)),
    ),
    h('section', { class: 'variants' }, h('h2', {}, s.variants), h('ul', { class: 'chips' }, e.variants.map((v) => h('li', {}, v.text, h('span', { class: 'n' }, ` ${v.count}`))))),
    h(
      'div',
      { class: 'entity-charts' },
      h('section', { class: 'chart timeline-box' }, h('h2', {}, timelineTitle), timelineChart(e.timeline, timelineTitle)),
      e.cooccurring.length
        ? h('section', { class: 'chart cograph-box' }, h('h2', {}, s.cooccurring, ' ', h('span', { class: 'hint' }, `(${s.cooccurringHint})`)), cooccurrenceGraph(e, s.cooccurring, (other) => `/entities/${other}`))
        : '',
    ),
    h(
      'section',
      { class: 'entity-quotes' },
      h('h2', {}, s.entityQuotes),
      e.quotes.length
        ? h(
            'ul',
            {},
            e.quotes.map((q) => h('li', {}, h('blockquote', {}, q.text), h('p', { class: 'meta' }, navLink(`/articles/${encodeURIComponent(q.articleId)}`, q.title ?? s.untitled), ' ', day(q.published)))),
          )
        : h('p', { class: 'empty' }, s.noQuotes),
    ),
  )
}
