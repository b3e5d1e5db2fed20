/**
 * Rule 3: an opening line of dash-separated parts, as Saudi papers write their datelines.
 * `سبق- أبها:` → place `أبها`, no agency (Sabq is the outlet); `رويترز - بنغازي (ليبيا):` → place
 * `بنغازي`, agencies [Reuters]; `عين اليوم – جدة` → place `جدة`; `نافل السبيعي –سبق- المجمعة:` → the
 * dateline is `سبق- المجمعة:` and the name before it is left to the credits; `جدة ـ عبدالغني الشريف`
 * → the dateline is `جدة ـ`. A line with no place (`سبق- متابعة:`, `لجين الأحمدي – عين اليوم`) is
 * no dateline: it is a credit. The line must end at a colon or a line break right after its parts.
 */
import type { DatelineMatch } from '../dateline-match.js'
import { splitHeader, type HeaderPart } from '../header-parts.js'
import { normalizeForMatch } from '../../../normalize/normalize.js'
import { isKnownPlace } from '../place-gazetteer.js'
import { DASH, SPACE, WORD } from '../separators.js'

/** Longest opening line taken as parts, in code units. */
const MAX_HEADER = 70
const S = SPACE
/** A nisba or feminine ending (`سوري`, `رياضية`): a description, not a town. */
const NISBA = /(?:ي|ية|يه|ى)$/
/** One-word parts that are never a town: times and days (`أمس`, `اليوم`), normalized. */
const NOT_PLACE = new Set(
  ['امس', 'اليوم', 'غدا', 'الان', 'السبت', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'صحفي', 'صحفيه', 'تصوير', 'خاص'],
)
/**
 * `أكابر الأحمدي – جدة تبدت ...`: a name of two or three words, a dash with spaces around it and a known
 * place, with the story on the same line (`لم تهدأ الأزمة الكندية -السعودية` is a sentence).
 */
const INLINE = new RegExp(`(${WORD}(?:${S}+${WORD}){1,2})${S}+${DASH}${S}+((?:${WORD}(?:${S}+|$)){1,3})`, 'y')

/** Matches rule 3 at `start` of `text`; null when the opening line is not a dateline. */
export function matchHeaderLine(text: string, start: number): DatelineMatch | null {
  let lineEnd = text.indexOf('\n', start)
  if (lineEnd < 0) lineEnd = text.length
  const head = text.slice(start, Math.min(lineEnd, start + MAX_HEADER + 1))
  const colon = head.search(/[:：]/)
  const paren = head.indexOf('(')
  let headerEnd: number
  let spanEnd: number
  if (colon >= 0 && paren >= 0 && paren < colon && head.indexOf(')', paren) > colon) {
    // `عين اليوم – الرياض (تصوير: علي الزهراني)`: the colon is the photo credit's, the dateline ends before it.
    headerEnd = spanEnd = start + paren
  } else if (colon >= 0) {
    headerEnd = start + colon
    spanEnd = headerEnd + 1
  } else if (lineEnd - start <= MAX_HEADER && lineEnd < text.length) {
    headerEnd = spanEnd = lineEnd
  } else {
    return matchInline(text, start)
  }
  const parts = splitHeader(text, start, headerEnd)
  if (!parts || parts.length < 2) return null
  return fromParts(parts, spanEnd, text)
}

/** `أكابر الأحمدي – جدة تبدت سوق عكاظ`: only when the words after the dash begin with a known place. */
function matchInline(text: string, start: number): DatelineMatch | null {
  INLINE.lastIndex = start
  const m = INLINE.exec(text)
  if (!m) return null
  const after = m.index + m[0].length - m[2]!.length
  const words = [...m[2]!.matchAll(/\S+/g)]
  for (let k = words.length; k >= 1; k--) {
    const last = words[k - 1]!
    const end = after + last.index + last[0].length
    if (isKnownPlace(text.slice(after, end))) {
      const parts = splitHeader(text, start, end)
      return parts && parts.length === 2 ? fromParts(parts, end, text) : null
    }
  }
  return null
}

/** Finds the place among the parts and the run of parts around it that forms the dateline. */
function fromParts(parts: HeaderPart[], spanEnd: number, text: string): DatelineMatch | null {
  let placeAt = parts.findIndex((p) => p.kind === 'place')
  if (placeAt < 0) placeAt = guessPlace(parts, text)
  if (placeAt < 0) return null
  parts[placeAt]!.kind = 'place'
  // The dateline runs over the place and the agencies, outlets and sources next to it;
  // names and cue words on either side are bylines.
  const inRun = (p: HeaderPart): boolean => p.kind !== 'other' && p.kind !== 'cue'
  let first = placeAt
  while (first > 0 && inRun(parts[first - 1]!)) first--
  let last = placeAt
  while (last < parts.length - 1 && inRun(parts[last + 1]!)) last++
  const start = parts[first]!.span[0]
  const end = last === parts.length - 1 ? spanEnd : dashEnd(text, parts[last]!.span[1], parts[last + 1]!.span[0])
  const agencies = []
  for (let i = first; i <= last; i++) {
    const p = parts[i]!
    if (p.kind === 'agency' && p.latin) agencies.push({ span: p.core, name: p.latin })
  }
  return { span: [start, end], place: parts[placeAt]!.core, agencies }
}

/** The end of the separator after a part, keeping its dash (`جدة ـ`) but not the spaces. */
function dashEnd(text: string, from: number, to: number): number {
  const gap = text.slice(from, to)
  const m = new RegExp(`^${SPACE}*${DASH}`).exec(gap)
  return m ? from + m[0].length : from
}

/**
 * When no part is a known place: a one-word part after an agency or outlet is the place
 * (`عين اليوم – بلجرشي`), and of a name and one word, the one word (`نايف السعدي – تربة`).
 * A word with a nisba ending (`سوري`) describes a person and is never taken.
 */
function guessPlace(parts: readonly HeaderPart[], text: string): number {
  const candidate = (p: HeaderPart): boolean => p.kind === 'other' && p.words <= 2
  for (let i = 1; i < parts.length; i++) {
    const before = parts[i - 1]!
    if ((before.kind === 'agency' || before.kind === 'outlet') && candidate(parts[i]!)) return i
  }
  if (parts.length === 2) {
    const [a, b] = parts as [HeaderPart, HeaderPart]
    // Only across a dash: `قال مسؤول في تايلاند، أمس:` is a sentence cut at a comma.
    const dash = new RegExp(DASH).test(text.slice(a.span[1], b.span[0]))
    if (dash && a.kind === 'other' && b.kind === 'other' && !NOT_PLACE.has(normalizeForMatch(text.slice(b.core[0], b.core[1])))) {
      if (b.words === 1 && a.words >= 2 && !NISBA.test(text.slice(b.core[0], b.core[1]))) return 1
    }
  }
  return -1
}
