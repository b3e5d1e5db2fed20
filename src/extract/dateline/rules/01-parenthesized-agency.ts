/**
 * Rule 1: the agency in parentheses, as AFP, Reuters and CNN write datelines.
 * `موسكو (أ ف ب) –` → place `موسكو`, agencies [AFP]; `دبي، الإمارات العربية المتحدة (CNN)--` → place `دبي`
 * (the country after the comma is not the place); `سان فرانسيسكو 20 يوليو تموز (رويترز) -` → place and
 * date; `(CNN)--` alone → no place. The closing dash or colon is required: `واشنطن (رويترز) قال` is not
 * taken, nor a parenthesis that is not an agency (`الرياض (واس)` is one; `الرياض (تقرير)` is not).
 */
import { lookupAgency } from '../../../language/agencies.js'
import { isKnownPlace } from '../place-gazetteer.js'
import type { DatelineMatch } from '../dateline-match.js'
import { DASH, SPACE, WORD } from '../separators.js'

const S = SPACE
const PLACE = `${WORD}(?:${S}+${WORD}){0,3}`
const COUNTRY = `[^\\n()،,:]{2,50}?`
const DATE = `\\d{1,2}(?:${S}*[/-]?${S}*${WORD}){1,3}(?:${S}+\\d{4})?`
const PATTERN = new RegExp(
  `(?:(${PLACE})(?:${S}*[،,]${S}*(${COUNTRY}))?${S}*(?:${DATE}${S}*)?)?(?:${DASH}${S}*)?\\((${S}*[^()\\n]{1,40}?${S}*)\\)${S}*(?:${DASH}|:)`,
  'y',
)

/** Matches rule 1 at `start` of `text`; null when the opening is not a parenthesized agency. */
export function matchParenthesizedAgency(text: string, start: number): DatelineMatch | null {
  PATTERN.lastIndex = start
  const m = PATTERN.exec(text)
  if (!m) return null
  const [whole, place, , inner] = m
  const innerStart = m.index + whole.indexOf('(') + 1
  const agencies = splitAgencies(inner!, innerStart)
  if (!agencies) return null
  if (place !== undefined) {
    // `دبي، الإمارات` and `موسكو` are places; a three-word phrase that is not known is a sentence.
    const words = place.trim().split(/\s+/).length
    if (words > 2 && !isKnownPlace(place)) return null
  }
  return {
    span: [m.index, m.index + whole.length],
    place: place === undefined ? null : [m.index, m.index + place.length],
    agencies,
  }
}

/** Splits `أ ف ب، رويترز` into agencies with their spans; null when any piece is not an agency. */
function splitAgencies(inner: string, innerStart: number): DatelineMatch['agencies'] | null {
  const out: { span: [number, number]; name: string }[] = []
  const piece = /[^،,/]+/g
  for (let m = piece.exec(inner); m; m = piece.exec(inner)) {
    if (!m[0].trim()) continue
    const entry = lookupAgency(m[0])
    if (!entry || entry.kind === 'outlet') return null
    out.push({ span: [innerStart + m.index, innerStart + m.index + m[0].length], name: entry.latin })
  }
  return out.length ? out : null
}
