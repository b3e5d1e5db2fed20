import type { Span } from '../../core/span.js'
import { lookupAgency } from '../../language/agencies.js'
import { isKnownPlace } from './place-gazetteer.js'
import { DASH, SPACE } from './separators.js'
import { normalizeForMatch } from '../../normalize/normalize.js'

/** What one dash-separated part of an opening line is. */
export type PartKind = 'place' | 'agency' | 'outlet' | 'source' | 'cue' | 'other'

/** One part of an opening line such as `نافل السبيعي –سبق- المجمعة:`, with its text span. */
export interface HeaderPart {
  readonly span: Span
  /** The part's name without a parenthesized country: `بنغازي (ليبيا)` → the span of `بنغازي`. */
  readonly core: Span
  kind: PartKind
  /** The Latin name when the part is an agency or an outlet (`واس` → `SPA`). */
  readonly latin: string | null
  readonly words: number
}

/** Parts that name where the copy came from rather than a place: `سبق- متابعة:`, `عين اليوم – متابعات`. */
const SOURCE_WORDS = new Set(['متابعات', 'متابعه', 'وكالات', 'خاص', 'عواصم', 'عواصم العالم', 'الوكالات', 'وكالات الانباء'].map((w) => normalizeForMatch(w)))
/** Byline cue words that may stand as a part: `كتب - عمر عبدالعزيز:`, `بريدة، تقرير - منصور الجفن`. */
const CUE_WORDS = new Set(['كتب', 'كتبت', 'تقرير', 'رصد', 'تصوير', 'رصد وتصوير', 'حوار', 'اعداد', 'تحرير', 'ترجمة', 'بقلم', 'تغطية'].map((w) => normalizeForMatch(w)))

const SEPARATOR = new RegExp(`${SPACE}*(?:${DASH}|[،,/])${SPACE}*`, 'g')
const ARABIC_WORDS = /^[\u0621-\u063A\u0640-\u0652\u0670\s]+$/

/**
 * Splits an opening line (without its closing colon) into parts at dashes, commas and slashes, and
 * classifies each: `هادي العصيمي- سبق- مكة المكرمة` → other, outlet, place. Returns null when a
 * part is too long or not made of words: the line is a sentence, not a dateline.
 */
export function splitHeader(text: string, start: number, end: number): HeaderPart[] | null {
  const parts: HeaderPart[] = []
  let from = start
  const push = (to: number): boolean => {
    const raw = text.slice(from, to)
    const lead = raw.length - raw.trimStart().length
    const body = raw.trim()
    if (!body) return true
    const s = from + lead
    const paren = body.search(/\s*\(/)
    const coreText = paren > 0 ? body.slice(0, paren) : body
    const entry = lookupAgency(body) ?? lookupAgency(coreText)
    const kind: PartKind = entry ? (entry.kind === 'outlet' ? 'outlet' : 'agency') : classify(coreText)
    const words = coreText.split(/\s+/).length
    const part: HeaderPart = { span: [s, s + body.length], core: [s, s + coreText.length], kind, latin: entry?.latin ?? null, words }
    if (part.kind === 'other' && (part.words > 4 || !ARABIC_WORDS.test(coreText))) return false
    parts.push(part)
    return true
  }
  SEPARATOR.lastIndex = 0
  const slice = text.slice(start, end)
  for (let m = SEPARATOR.exec(slice); m; m = SEPARATOR.exec(slice)) {
    if (m[0].length === 0) { SEPARATOR.lastIndex++; continue }
    if (!push(start + m.index)) return null
    from = start + m.index + m[0].length
  }
  if (!push(end)) return null
  return parts
}

/** Kinds of a part that is not an agency or outlet of the table. */
function classify(core: string): PartKind {
  const key = normalizeForMatch(core.replace(/["«»“”*•]/g, ' '))
  if (/^\s*[«"“]/.test(core) || key.startsWith('خاص ')) return 'source'
  if (SOURCE_WORDS.has(key)) return 'source'
  if (CUE_WORDS.has(key)) return 'cue'
  if (isKnownPlace(core)) return 'place'
  return 'other'
}
