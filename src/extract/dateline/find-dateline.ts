import type { Dateline } from '../../core/record.js'
import { trimSpan, trimSpaces, type Span } from '../../core/span.js'
import type { DatelineMatch } from './dateline-match.js'
import { matchParenthesizedAgency } from './rules/01-parenthesized-agency.js'
import { matchDatedLine } from './rules/02-dated-line.js'
import { matchHeaderLine } from './rules/03-header-line.js'
import { LEAD } from './separators.js'

const RULES = [matchParenthesizedAgency, matchDatedLine, matchHeaderLine] as const

/** A first line this short, without a full stop, may be a headline with the dateline under it. */
const MAX_HEADLINE_WORDS = 12

/**
 * Finds the dateline at the start of `text`, or null. Tries the rules on the first line, then on the
 * second when the first is a short headline (`أصوات تنادي ...\nماجد هود ومحمد المرحبي ـ جدة`). A
 * dateline must end within `window` code units of the start. Most articles have none, and a sentence
 * that merely begins with a city (`الرياض تستضيف ...`) is not one: every rule needs an agency, an
 * outlet, a dash or a date in its fixed place.
 */
export function findDateline(text: string, window: number): Dateline | null {
  let start = skipLead(text, 0)
  for (let line = 0; line < 2 && start < text.length; line++) {
    for (const rule of RULES) {
      const m = rule(text, start)
      if (m && m.span[1] <= window) return toDateline(text, m)
    }
    const lineEnd = text.indexOf('\n', start)
    if (lineEnd < 0) return null
    const first = text.slice(start, lineEnd)
    if (/[.!؟?]\s*$/.test(first) || first.trim().split(/\s+/).length > MAX_HEADLINE_WORDS) return null
    start = skipLead(text, lineEnd)
  }
  return null
}

function skipLead(text: string, from: number): number {
  return from + (LEAD.exec(text.slice(from, from + 200))?.[0].length ?? 0)
}

/**
 * The place is the city alone: a qualifier after it is dropped, `القدس المحتلة` → `القدس`, as the
 * country after a comma is (`دبي، الإمارات`); `مكة المكرمة` is a name and stays whole. The qualifier stays part of the dateline span.
 */
const QUALIFIER = /\s+(?:المحتلة|المحتله|الشريف)$/

function trimQualifier(text: string, place: Span | null): Span | null {
  if (!place) return null
  const m = QUALIFIER.exec(text.slice(place[0], place[1]))
  if (!m) return place
  return [place[0], place[1] - m[0].length]
}

/** Trims the rule's spans to the SPEC shape: no edge spaces, no punctuation around names. */
function toDateline(text: string, m: DatelineMatch): Dateline | null {
  const span = trimSpaces(text, m.span)
  if (!span) return null
  const place = m.place ? trimQualifier(text, trimSpan(text, m.place)) : null
  const agencies: { span: Span; name: string }[] = []
  for (const a of m.agencies) {
    const s = trimSpan(text, a.span)
    if (s) agencies.push({ span: s, name: a.name })
  }
  return { span, place: place ? { span: place } : null, agencies } as Dateline
}
