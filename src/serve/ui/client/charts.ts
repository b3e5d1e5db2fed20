/// <reference lib="dom" />
/** The entity page's two drawings, as SVG built node by node: a timeline of mentions and a co-occurrence graph. */
import type { EntityReport } from '../../../store/archive.js'
import { svg } from './dom.js'

const DAY_MS = 86_400_000

/** Days from `first` to `last` (`YYYY-MM-DD`), inclusive. */
function daysBetween(first: string, last: string): number {
  return Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / DAY_MS) + 1
}

/** One bar of the timeline: a day (`YYYY-MM-DD`) or a month (`YYYY-MM`) and its mentions. */
interface Bucket {
  readonly key: string
  readonly mentions: number
  readonly articles: number
}

/** Longest span of days drawn one bar per day; longer timelines get one bar per month. */
export const MAX_DAILY_SPAN = 120

/** The timeline's bars and their unit: by day when it spans at most `MAX_DAILY_SPAN` days, else by month. */
export function timelineBuckets(timeline: EntityReport['timeline']): { unit: 'day' | 'month'; buckets: Bucket[] } {
  if (timeline.length === 0) return { unit: 'day', buckets: [] }
  const span = daysBetween(timeline[0]!.day, timeline[timeline.length - 1]!.day)
  if (span <= MAX_DAILY_SPAN) return { unit: 'day', buckets: timeline.map((d) => ({ key: d.day, mentions: d.mentions, articles: d.articles })) }
  const months = new Map<string, { mentions: number; articles: number }>()
  for (const d of timeline) {
    const m = months.get(d.day.slice(0, 7)) ?? { mentions: 0, articles: 0 }
    m.mentions += d.mentions
    m.articles += d.articles
    months.set(d.day.slice(0, 7), m)
  }
  return { unit: 'month', buckets: [...months].map(([key, v]) => ({ key, ...v })) }
}

/** Months from `first` to `last` (`YYYY-MM`), inclusive. */
function monthsBetween(first: string, last: string): number {
  const [y1, m1] = first.split('-').map(Number) as [number, number]
  const [y2, m2] = last.split('-').map(Number) as [number, number]
  return (y2 - y1) * 12 + (m2 - m1) + 1
}

/**
 * Mentions as bars on a time axis that runs left to right (as dates are read in Arabic charts
 * too), one bar per day (or per month for long timelines), empty days left empty; the first and
 * last days and the highest bar are labelled.
 */
export function timelineChart(timeline: EntityReport['timeline'], label: string): SVGElement {
  const width = 720
  const height = 210
  const pad = { top: 18, right: 16, bottom: 32, left: 40 }
  const { unit, buckets } = timelineBuckets(timeline)
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline', role: 'img', 'aria-label': label, direction: 'ltr', 'data-unit': unit })
  chart.append(svg('title', {}, label))
  if (buckets.length === 0) return chart
  const first = buckets[0]!.key
  const last = buckets[buckets.length - 1]!.key
  const slots = unit === 'day' ? daysBetween(first, last) : monthsBetween(first, last)
  const indexOf = (key: string): number => (unit === 'day' ? daysBetween(first, key) : monthsBetween(first, key)) - 1
  const max = Math.max(...buckets.map((d) => d.mentions))
  const plotW = width - pad.left - pad.right
  const plotH = height - pad.top - pad.bottom
  const slot = plotW / slots
  const barW = Math.max(3, Math.min(28, slot * 0.8))
  chart.append(svg('line', { x1: pad.left, y1: pad.top + plotH, x2: width - pad.right, y2: pad.top + plotH, class: 'axis' }))
  chart.append(svg('text', { x: pad.left - 8, y: pad.top + 5, 'text-anchor': 'end', class: 'tick' }, String(max)))
  chart.append(svg('text', { x: pad.left - 8, y: pad.top + plotH, 'text-anchor': 'end', class: 'tick' }, '0'))
  const centre = (key: string): number => pad.left + indexOf(key) * slot + slot / 2
  for (const d of buckets) {
    const hgt = Math.max(2, (d.mentions / max) * plotH)
    chart.append(
      svg(
        'rect',
        { x: (centre(d.key) - barW / 2).toFixed(1), y: (pad.top + plotH - hgt).toFixed(1), width: barW.toFixed(1), height: hgt.toFixed(1), class: 'bar', 'data-day': d.key, 'data-mentions': d.mentions },
        svg('title', {}, `${d.key}: ${d.mentions} (${d.articles})`),
      ),
    )
  }
  const tick = (key: string, anchor: string, y = height - 10): void => {
    chart.append(svg('text', { x: Math.min(width - pad.right, Math.max(pad.left, centre(key))).toFixed(1), y, 'text-anchor': anchor, class: 'tick' }, key))
  }
  tick(first, 'start')
  if (last !== first) tick(last, 'end')
  const peak = buckets.reduce((a, b) => (b.mentions > a.mentions ? b : a))
  const px = centre(peak.key)
  const peakAnchor = px > width - pad.right - 50 ? 'end' : px < pad.left + 50 ? 'start' : 'middle'
  chart.append(svg('text', { x: px.toFixed(1), y: pad.top - 5, 'text-anchor': peakAnchor, class: 'tick peak' }, peak.key))
  return chart
}

/** A node of the graph: where it is drawn and where it links. */
interface GraphNode {
  readonly x: number
  readonly y: number
}

/**
 * The entity in the middle and the entities named in the same articles around it, each joined
 * by a line as thick as the articles they share, and each a link to its own page.
 */
export function cooccurrenceGraph(report: EntityReport, label: string, hrefOf: (id: number) => string): SVGElement {
  const width = 640
  const height = 480
  const c: GraphNode = { x: width / 2, y: height / 2 }
  const radius = 170
  const graph = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'cograph', role: 'img', 'aria-label': label, direction: 'ltr' })
  graph.append(svg('title', {}, label))
  const others = report.cooccurring
  const most = Math.max(1, ...others.map((o) => o.articles))
  const edges = svg('g', { class: 'edges' })
  const nodes = svg('g', { class: 'nodes' })
  others.forEach((o, i) => {
    // Start at the top and go round; the order is the API's (most shared first).
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / others.length
    const cos = Math.cos(angle)
    const p: GraphNode = { x: c.x + radius * cos, y: c.y + radius * Math.sin(angle) }
    const r = 8 + (10 * o.articles) / most
    const w = 1 + (7 * o.articles) / most
    edges.append(svg('line', { x1: c.x, y1: c.y, x2: p.x.toFixed(1), y2: p.y.toFixed(1), 'stroke-width': w.toFixed(1), class: 'edge', 'data-articles': o.articles }))
    // Labels sit outside the ring: to the right of nodes on the right, to the left on the left, above or below at the poles.
    const side = Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'start' : 'end'
    const lx = p.x + (side === 'middle' ? 0 : (r + 6) * Math.sign(cos))
    const ly = side === 'middle' ? p.y + (Math.sin(angle) < 0 ? -(r + 8) : r + 20) : p.y + 5
    const link = svg('a', { href: hrefOf(o.id), 'data-nav': '', class: `node node-${o.type}`, 'data-id': o.id })
    link.append(
      svg('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1) }),
      svg('text', { x: lx.toFixed(1), y: ly.toFixed(1), 'text-anchor': side }, o.name),
      svg('title', {}, `${o.name}${o.latin ? ` (${o.latin})` : ''}: ${o.articles}`),
    )
    nodes.append(link)
  })
  const centre = svg('g', { class: `node centre node-${report.type}` })
  centre.append(svg('circle', { cx: c.x, cy: c.y, r: 28 }), svg('text', { x: c.x, y: c.y + 50, 'text-anchor': 'middle' }, report.name))
  graph.append(edges, nodes, centre)
  return graph
}
