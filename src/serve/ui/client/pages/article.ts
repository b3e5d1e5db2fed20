/// <reference lib="dom" />
import type { ArticleRecord } from '../../../../core/record.js'
import { api } from '../api.js'
import { bdi, day, externalUrl, h, navLink } from '../dom.js'
import { t } from '../i18n.js'
import type { PageContext } from '../main.js'
import { nestMarks, storyRanges, type Mark, type Piece } from '../nest-marks.js'

/** The layers highlighted in the text, in the order the side panel lists them. */
const LAYERS = ['entity', 'quote', 'source', 'time', 'quantity'] as const
type Layer = (typeof LAYERS)[number]

/** Every highlighted span of the record, keyed so the side panel can point at it. */
export function recordMarks(record: ArticleRecord): Mark[] {
  const marks: Mark[] = []
  for (const e of record.entities) {
    e.mentions.forEach(([start, end], i) => marks.push({ start, end, layer: 'entity', key: `${e.id}-${i}`, kind: e.type, note: e.latin ? `${e.name} · ${e.latin}` : e.name }))
  }
  record.quotes.forEach((q, i) => marks.push({ start: q.span[0], end: q.span[1], layer: 'quote', key: `q${i}` }))
  record.sources.forEach((x, i) => marks.push({ start: x.span[0], end: x.span[1], layer: 'source', key: `s${i}` }))
  record.times.forEach((x, i) => marks.push({ start: x.span[0], end: x.span[1], layer: 'time', key: `t${i}`, ...(x.value ? { note: x.value } : {}) }))
  record.quantities.forEach((x, i) =>
    marks.push({ start: x.span[0], end: x.span[1], layer: 'quantity', key: `n${i}`, note: `${x.approx ? '≈' : ''}${x.value}${x.unit ? ` ${x.unit}` : ''}` }),
  )
  return marks
}

/** DOM for pieces of `text`: text nodes, and `<mark>`s carrying their span and layer. The first piece of a span gets its id. */
function renderPieces(text: string, pieces: readonly Piece[], seen: Set<string>): DocumentFragment {
  const frag = document.createDocumentFragment()
  for (const p of pieces) {
    if (p.kind === 'text') {
      frag.append(text.slice(p.start, p.end))
      continue
    }
    const m = p.mark
    const first = !seen.has(m.key)
    seen.add(m.key)
    const el = h('mark', {
      class: `hl hl-${m.layer}${m.kind ? ` hl-${m.kind}` : ''}`,
      id: first ? `m-${m.key}` : null,
      'data-layer': m.layer,
      'data-key': m.key,
      'data-start': m.start,
      'data-end': m.end,
      'data-part': p.part,
      title: m.note ?? null,
    })
    el.append(renderPieces(text, p.children, seen))
    frag.append(el)
  }
  return frag
}

function scrollToMark(key: string): void {
  const el = document.getElementById(`m-${key}`)
  if (!el) return
  el.scrollIntoView({ behavior: 'smooth', block: 'center' })
  el.classList.remove('flash')
  void el.offsetWidth
  el.classList.add('flash')
}

/** A side-panel entry that scrolls to its span. */
function jump(key: string, ...content: (Node | string | null)[]): HTMLElement {
  const b = h('button', { type: 'button', class: 'jump', 'data-key': key }, ...content)
  b.addEventListener('click', () => scrollToMark(key))
  return b
}

function sidePanel(record: ArticleRecord, container: HTMLElement): HTMLElement {
  const s = t()
  const text = record.text
  const slice = (span: readonly [number, number]): string => text.slice(span[0], span[1])
  const names = new Map(record.entities.map((e) => [e.id, e.name]))
  const lists: Record<Layer, HTMLElement[]> = {
    entity: record.entities.map((e) =>
      h(
        'li',
        { class: `ent ent-${e.type}` },
        jump(`${e.id}-0`, h('span', { class: `badge badge-${e.type}` }, s.types[e.type] ?? e.type), ' ', e.name),
        e.latin ? h('span', { class: 'latin' }, ' ', bdi(e.latin, { dir: 'ltr' })) : null,
        h('span', { class: 'n' }, ` ×${e.mentions.length}`),
        ' ',
        navLink(`/entities?q=${encodeURIComponent(e.latin ?? e.name)}`, '↗'),
      ),
    ),
    quote: record.quotes.map((q, i) =>
      h(
        'li',
        {},
        jump(`q${i}`, h('q', {}, slice(q.span))),
        h('span', { class: 'who' }, ' — ', q.speaker?.entity ? (names.get(q.speaker.entity) ?? '') : q.speaker?.span ? slice(q.speaker.span) : s.unknownSpeaker, ` (${q.direct ? s.direct : s.indirect})`),
      ),
    ),
    source: record.sources.map((x, i) => h('li', {}, jump(`s${i}`, slice(x.span)))),
    time: record.times.map((x, i) => h('li', {}, jump(`t${i}`, slice(x.span)), x.value ? h('span', { class: 'value' }, ' → ', bdi(x.value, { dir: 'ltr' })) : null)),
    quantity: record.quantities.map((x, i) =>
      h('li', {}, jump(`n${i}`, slice(x.span)), h('span', { class: 'value' }, ' → ', bdi(`${x.approx ? '≈' : ''}${x.value}${x.unit ? ` ${x.unit}` : ''}`, { dir: 'ltr' }))),
    ),
  }
  const title: Record<Layer, string> = { entity: s.entities, quote: s.quotes, source: s.sources, time: s.times, quantity: s.quantities }
  const panel = h('aside', { class: 'layers', 'aria-label': s.layers })
  for (const layer of LAYERS) {
    const toggle = h('input', { type: 'checkbox', checked: true, 'aria-label': `${s.show}: ${title[layer]}` })
    toggle.addEventListener('change', () => container.classList.toggle(`hide-${layer}`, !toggle.checked))
    panel.append(
      h(
        'section',
        { class: `layer layer-${layer}`, 'data-layer': layer },
        h('h3', {}, h('label', {}, toggle, h('span', { class: `swatch sw-${layer}` }), ` ${title[layer]} `, h('span', { class: 'n' }, `(${lists[layer].length})`))),
        lists[layer].length ? h('ul', {}, lists[layer]) : null,
      ),
    )
  }
  return panel
}

/** `[start, end)` without the white space at its ends (the blank lines left where a dateline was cut out); none if blank. */
function trimmed(text: string, start: number, end: number): [number, number][] {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return end > start ? [[start, end]] : []
}

/** The article page (`/articles/:id`): the text with its layers in place, the side panel, and its story. */
export async function renderArticle({ main }: PageContext, id: string): Promise<void> {
  const s = t()
  const [record, story] = await Promise.all([api.article(id), api.stories({ article: id }).catch(() => null)])
  const text = record.text
  const marks = recordMarks(record)
  const seen = new Set<string>()
  const range = (start: number, end: number, cls: string): HTMLElement =>
    h('div', { class: cls, 'data-start': start, 'data-end': end }, renderPieces(text, nestMarks(marks, start, end), seen))

  const apart: [number, number][] = []
  const boxes: HTMLElement[] = []
  if (record.dateline) {
    apart.push([record.dateline.span[0], record.dateline.span[1]])
    boxes.push(h('section', { class: 'apart dateline' }, h('h3', {}, s.dateline), range(record.dateline.span[0], record.dateline.span[1], 'apart-text')))
  }
  if (record.credits.length) {
    for (const c of record.credits) apart.push([c.span[0], c.span[1]])
    boxes.push(h('section', { class: 'apart credits' }, h('h3', {}, s.credits), record.credits.map((c) => range(c.span[0], c.span[1], 'apart-text'))))
  }
  const boiler = record.boilerplate.map((b) => {
    apart.push([b.span[0], b.span[1]])
    return range(b.span[0], b.span[1], `apart-text boiler-${b.kind}`)
  })

  const body = h('div', { class: 'story-text', lang: record.language, dir: record.language === 'ar' ? 'rtl' : 'auto' }, storyRanges(text.length, apart).flatMap(([a, b]) => trimmed(text, a, b)).map(([a, b]) => range(a, b, 'part')))
  const article = h(
    'article',
    { class: 'article', 'data-id': record.id },
    h('header', {}, h('h1', {}, record.title ?? s.untitled), h('p', { class: 'meta' }, record.outlet ? bdi(record.outlet, { class: 'outlet' }) : null, ' ', day(record.published), ' ', externalUrl(record.url, s.original))),
    boxes,
    body,
    boiler.length ? h('details', { class: 'apart boilerplate' }, h('summary', {}, s.boilerplate), boiler) : null,
  )
  const others = story?.stories[0]?.members.filter((m) => m.id !== record.id) ?? []
  const storyBox = h(
    'section',
    { class: 'story-box' },
    h('h2', {}, story?.stories[0] ? navLink(`/stories/${story.stories[0].id}`, s.story) : s.story),
    others.length
      ? h(
          'ul',
          {},
          others.map((m) =>
            h('li', {}, navLink(`/articles/${encodeURIComponent(m.id)}`, m.title ?? s.untitled), ' ', h('span', { class: 'meta' }, m.outlet ? bdi(m.outlet) : null, ' ', day(m.published))),
          ),
        )
      : h('p', { class: 'empty' }, s.noStory),
  )
  main.append(h('div', { class: 'article-layout' }, h('div', { class: 'article-main' }, article, storyBox), sidePanel(record, article)))
}
