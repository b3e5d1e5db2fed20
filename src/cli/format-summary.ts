import type { ArticleRecord } from '../core/record.js'
import { isolate } from './output.js'

/** How the terminal summary is drawn. */
export interface SummaryStyle {
  /** Wrap Arabic values in Unicode first-strong isolates so bidi terminals order mixed lines right. */
  readonly isolate: boolean
  readonly color: boolean
}

/**
 * Renders a record as a readable summary: dateline, credits, entities by type, quotes with
 * speakers, sources, times with values and quantities, each value quoted from the text.
 */
export function formatSummary(r: ArticleRecord, style: SummaryStyle): string {
  const iso = (s: string): string => isolate(s, style.isolate)
  const slice = (s: readonly [number, number] | null | undefined): string => (s ? iso(oneLine(r.text.slice(s[0], s[1]))) : '—')
  const bold = (s: string): string => (style.color ? `\x1b[1m${s}\x1b[0m` : s)
  const dim = (s: string): string => (style.color ? `\x1b[2m${s}\x1b[0m` : s)
  const lines: string[] = []
  const head = (title: string, count?: number): void => {
    lines.push('', bold(count === undefined ? title : `${title} (${count})`))
  }

  lines.push(bold(`${r.id}`) + dim(`  ${r.language}  published ${r.published ?? '—'}  ${r.text.length} chars, ${r.sentences.length} sentences`))
  if (r.title) lines.push(`title:   ${iso(r.title)}`)
  if (r.outlet || r.url) lines.push(`outlet:  ${r.outlet ?? '—'}  ${r.url ?? ''}`.trimEnd())
  for (const w of r.warnings) lines.push(`warning: ${w.code}: ${w.message}`)

  head('Dateline')
  if (r.dateline) {
    const agencies = r.dateline.agencies.map((a) => `${slice(a.span)} = ${a.name}`).join(', ')
    lines.push(`  ${slice(r.dateline.span)}   place: ${slice(r.dateline.place?.span)}   agencies: ${agencies || '—'}`)
  } else lines.push('  —')

  head('Credits', r.credits.length)
  for (const c of r.credits) {
    const names = c.names.map((n) => slice(n.span)).join(', ') || '—'
    lines.push(`  ${c.role}: ${names}${c.agency ? `  (${c.agency})` : ''}   ${dim(slice(c.span))}`)
  }

  head('Entities', r.entities.length)
  for (const type of ['PER', 'LOC', 'ORG'] as const) {
    const of = r.entities.filter((e) => e.type === type)
    if (!of.length) continue
    lines.push(`  ${type}: ` + of.map((e) => `${iso(e.name)}${e.latin ? ` (${e.latin})` : ''} ×${e.mentions.length}`).join(' · '))
  }

  head('Quotes', r.quotes.length)
  for (const q of r.quotes) {
    const speaker = q.speaker?.span ? slice(q.speaker.span) : '?'
    const cue = q.cue ? slice(q.cue.span) : '—'
    const words = r.text.slice(q.span[0], q.span[1])
    const text = words.length > 160 ? words.slice(0, 157) + '…' : words
    lines.push(`  ${speaker} — ${cue} — ${q.direct ? '«' : '‹'}${iso(oneLine(text))}${q.direct ? '»' : '›'}`)
  }

  head('Sources', r.sources.length)
  for (const s of r.sources) lines.push(`  ${slice(s.cue?.span)} ${slice(s.span)}`)

  head('Times', r.times.length)
  for (const t of r.times) lines.push(`  ${slice(t.span)} → ${t.value ?? 'unresolved'}`)

  head('Quantities', r.quantities.length)
  for (const q of r.quantities) lines.push(`  ${slice(q.span)} → ${q.approx ? '≈' : ''}${q.value}${q.unit ? ` ${iso(q.unit)}` : ''}`)

  head('Boilerplate', r.boilerplate.length)
  for (const b of r.boilerplate) lines.push(`  ${b.kind}: ${slice(b.span)}`)
  return lines.join('\n') + '\n'
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ')
}
