/**
 * Rule 1: bylines in the opening line, around the dateline or in its place.
 * `نافل السبيعي –سبق- المجمعة:` → credit `نافل السبيعي` (the dateline is `سبق- المجمعة:`);
 * `جدة ـ عبدالغني الشريف` → credit `عبدالغني الشريف`; with no dateline, `لجين الأحمدي – عين اليوم`
 * and `سبق- متابعة:` are whole-line credits (an outlet's own opening with no place is a credit);
 * `فوزية الحربي` alone over a long paragraph is a columnist's byline.
 */
import type { Credit, Dateline } from '../../../core/record.js'
import type { Span } from '../../../core/span.js'
import { readByline, toCredit } from '../byline-chunk.js'
import { agencyMentioned } from '../../../language/agencies.js'
import { isFirstName } from '../person-names.js'

/** Longest opening line read as a byline, in code units. */
const MAX_LINE = 80
/** A name, a dash and an outlet, then the story: `داليا أبو العيش – عين اليوم أعلنت ...`. */
const INLINE_OUTLET = /^[^\n\-–—:]{3,40}?\s*[-–—]\s*(?:عين اليوم|عبن اليوم|سبق)(?=\s)/
const LEAD = /^(?:[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]|Next\s+Previous|[*•])*/i

/** Finds the bylines of the opening lines of `text`, given the dateline the dateline stage found. */
export function matchOpening(text: string, dateline: Dateline | null): Credit[] {
  if (dateline) return aroundDateline(text, dateline)
  let start = skipLead(text, 0)
  for (let line = 0; line < 2; line++) {
    const lineEnd = endOfLine(text, start)
    const found = wholeLine(text, start, lineEnd)
    if (found) return [found]
    const first = text.slice(start, lineEnd)
    if (lineEnd >= text.length || /[.!؟?:]\s*$/.test(first) || first.trim().split(/\s+/).length > 12) break
    start = skipLead(text, lineEnd)
  }
  return []
}

function skipLead(text: string, from: number): number {
  return from + (LEAD.exec(text.slice(from, from + 200))?.[0].length ?? 0)
}

function endOfLine(text: string, from: number): number {
  const n = text.indexOf('\n', from)
  return n < 0 ? text.length : n
}

/** The bylines before and after the dateline on its line. */
function aroundDateline(text: string, dateline: Dateline): Credit[] {
  const out: Credit[] = []
  const [ds, de] = dateline.span
  const lineStart = Math.max(text.lastIndexOf('\n', ds - 1) + 1, skipLead(text, 0))
  const outlet = agencyMentioned(text.slice(ds, de), true)
  if (ds > lineStart) {
    const c = bylineCredit(text, [lineStart, ds], outlet)
    if (c) out.push(c)
  }
  const lineEnd = endOfLine(text, de)
  if (!/[:：]$/.test(text.slice(ds, de)) && lineEnd - de <= 40 && lineEnd > de) {
    const c = bylineCredit(text, [de, lineEnd], outlet)
    if (c) out.push(c)
  }
  return out
}

function bylineCredit(text: string, chunk: Span, outlet: string | null): Credit | null {
  const b = readByline(text, chunk)
  if (!b.clean || b.names.length === 0) return null
  return toCredit(text, trimDashes(text, chunk), b.role, b.names, b.agency ?? outlet)
}

/**
 * True when the family name occurs again later in the text: `عبدالله سيسيه\nتلقى اللاعب ... عبدالله سيسيه`
 * is a photo caption naming the story's subject, not the writer's byline.
 */
export function namedAgain(text: string, name: Span): boolean {
  const words = text.slice(name[0], name[1]).split(/\s+/)
  const family = words[words.length - 1]!
  return family.length >= 3 && text.indexOf(family, name[1]) >= 0
}

/** Drops the dashes and commas that join a byline to the dateline (`نافل السبيعي –`). */
function trimDashes(text: string, s: Span): Span {
  let [a, b] = s
  while (a < b && /[\s\-–—\u0640،,:]/.test(text[a]!)) a++
  while (b > a && /[\s\-–—\u0640،,]/.test(text[b - 1]!)) b--
  return [a, b]
}

/** A whole opening line that is a byline: names and an outlet, an outlet and a source word, or a lone name. */
function wholeLine(text: string, start: number, lineEnd: number): Credit | null {
  const colon = text.slice(start, Math.min(lineEnd, start + MAX_LINE)).search(/:\s/)
  let end = colon >= 0 ? start + colon + 1 : lineEnd
  if (colon < 0 && (lineEnd - start > MAX_LINE || lineEnd >= text.length)) {
    // `داليا أبو العيش – عين اليوم أعلنت شركة ...`: the byline runs into the story on one line.
    const inline = INLINE_OUTLET.exec(text.slice(start, start + MAX_LINE))
    if (!inline) return null
    end = start + inline[0].length
    const b = readByline(text, [start, end])
    return b.clean && b.hasOutlet ? toCredit(text, [start, end], b.role, b.names, b.agency) : null
  }
  const chunk: Span = [start, colon >= 0 ? start + colon : end]
  const dash = /[-–—\u0640]/.test(text.slice(chunk[0], chunk[1]))
  const b = readByline(text, chunk)
  if (!b.clean) return null
  if (dash && (b.hasOutlet || b.names.length > 0) && (b.hasOutlet || /متابع|وكالات/.test(text.slice(chunk[0], chunk[1])))) {
    return toCredit(text, [start, end], b.role, b.names, b.agency)
  }
  // A name alone on the first line, over a paragraph: `فوزية الحربي\nوالدنا خادم الحرمين ...`.
  if (!dash && colon < 0 && b.names.length === 1) {
    const words = text.slice(start, lineEnd).trim().split(/\s+/)
    const next = text.slice(lineEnd + 1, endOfLine(text, lineEnd + 1))
    if (words.length >= 2 && words.length <= 4 && isFirstName(words[0]!) && next.trim().length > 80 && !namedAgain(text, b.names[0]!)) {
      end = lineEnd
      return toCredit(text, [start, end], 'author', b.names, null)
    }
  }
  return null
}
