import type { Entity, Quote, Source } from '../../core/record.js'
import { overlap, type Span } from '../../core/span.js'
import { normalizeForMatch } from '../../normalize/normalize.js'
import { WordClass, wordClass } from './word-class.js'

/** A speaker or source phrase tied to an entity. */
export interface LinkedMention {
  readonly entity: string | null
  readonly span: Span | null
}

/**
 * Links a speaker (or source) phrase to the entity it names: the entity mention that overlaps the
 * phrase most, the later one on a tie (the name after its title, `وزير الخارجية الروسي سيرجي لافروف`
 * → the mention `سيرجي لافروف`). The span narrows to that mention. A phrase naming no entity
 * (`مصدر أمني`) keeps its span and gets `entity: null`; a null span stays null. Given the `text`, a
 * phrase that opens with a person's title names a person: a place or an organisation in it is where
 * that person works (`المتحدث باسم وزارة الخارجية`, `مدير برنامج الأغذية العالمي`, `مصادر أمنية في
 * بغداد`), so the phrase stays whole and unlinked; other phrases link as before (`صحيفة واشنطن بوست`,
 * `تقرير جديد للأمم المتحدة`).
 */
export function linkSpeaker(entities: readonly Entity[], span: Span | null, text?: string): LinkedMention {
  if (!span) return { entity: null, span: null }
  let best: { id: string; mention: Span; shared: number; type: Entity['type'] } | null = null
  for (const e of entities) {
    for (const m of e.mentions) {
      const shared = overlap(m, span)
      if (shared === 0) continue
      if (!best || shared > best.shared || (shared === best.shared && m[0] > best.mention[0])) best = { id: e.id, mention: m, shared, type: e.type }
    }
  }
  if (!best) return { entity: null, span }
  if (text !== undefined && best.type !== 'PER' && best.mention[0] > span[0]) {
    const head = normalizeForMatch(text.slice(span[0], best.mention[0]).trim().split(/\s+/)[0] ?? '')
    if (wordClass(head) & WordClass.Title) return { entity: null, span }
  }
  // Keep the phrase when the mention only grazes it (an entity that runs past the phrase).
  const inside = best.mention[0] >= span[0] && best.mention[1] <= span[1]
  return { entity: best.id, span: inside ? [best.mention[0], best.mention[1]] : span }
}

/**
 * Fills `speaker.entity` of quotes and `entity` of sources from an entities layer, by `linkSpeaker`
 * (with the document `text`, when given).
 * Returns new arrays; the inputs are not changed.
 */
export function linkQuotes(quotes: readonly Quote[], sources: readonly Source[], entities: readonly Entity[], text?: string): { quotes: Quote[]; sources: Source[] } {
  return {
    quotes: quotes.map((q) => {
      if (!q.speaker) return q
      const linked = linkSpeaker(entities, q.speaker.span as Span | null, text)
      return { ...q, speaker: { entity: linked.entity, span: linked.span ? [linked.span[0], linked.span[1]] : null } }
    }),
    sources: sources.map((s) => {
      const linked = linkSpeaker(entities, s.span as Span, text)
      return { ...s, entity: linked.entity }
    }),
  }
}
