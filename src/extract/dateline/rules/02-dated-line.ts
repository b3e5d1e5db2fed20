/**
 * Rule 2: a first line of place, date and agency, as the Saudi Press Agency opens its copy.
 * `الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس` → place `الرياض`, agencies [SPA];
 * `طوكيو 01- واس` → place `طوكيو`. Between place and agency only date material may stand
 * (digits, month names, `هـ`, `الموافق`, `م`), and the agency must end the line.
 */
import { normalizeForMatch } from '../../../normalize/normalize.js'
import { lookupAgency } from '../../../language/agencies.js'
import type { DatelineMatch } from '../dateline-match.js'
import { DASH, SPACE, WORD } from '../separators.js'

const S = SPACE
const HEAD = new RegExp(`(${WORD}(?:${S}+${WORD}){0,2})${S}*(?=\\d)`, 'y')
/** Words that may stand in the date between place and agency, normalized: months (Gregorian, Levantine, Hijri), `هـ`, `الموافق`, `م`. */
const DATE_WORDS = new Set(
  ('يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر ' +
    'كانون الثاني شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين الاول ' +
    'محرم صفر ربيع الاخر جمادي الاولي الاخره رجب شعبان رمضان شوال القعده الحجه ذو ذي ' +
    'ه م الموافق لموافق هجري هجريه ميلادي').split(' '),
)
const DATE_TOKEN = /^\d{1,4}$/
const TOKEN_SPLIT = new RegExp(`(?:${S}|${DASH}|[/.,،])+`)

/** True when `s` holds only numbers and date words (`26 شوال 1436 هـ الموافق 11 أغسطس 2015 م`). */
function isDateMaterial(s: string): boolean {
  let words = 0
  for (const token of s.split(TOKEN_SPLIT)) {
    if (!token) continue
    if (++words > 12) return false
    if (DATE_TOKEN.test(token)) continue
    const key = normalizeForMatch(token)
    if (!DATE_WORDS.has(key) && !DATE_WORDS.has(key.replace(/^(\d+)/, ''))) return false
  }
  return words > 0
}
const TRAILING = new RegExp(`(?:${S}|${DASH})+$`)

/** Matches rule 2 at `start` of `text`; null when the first line is not place, date, agency. */
export function matchDatedLine(text: string, start: number): DatelineMatch | null {
  HEAD.lastIndex = start
  const head = HEAD.exec(text)
  if (!head) return null
  let lineEnd = text.indexOf('\n', start)
  if (lineEnd < 0) lineEnd = text.length
  if (lineEnd - start > 110) return null
  const line = text.slice(start, lineEnd).replace(TRAILING, '')
  const words = [...line.matchAll(/\S+/g)]
  // The agency is the last one to three words of the line: `واس`, `فرانس برس`, `أ ف ب`.
  for (let k = Math.min(3, words.length - 2); k >= 1; k--) {
    const first = words[words.length - k]!
    const tailStart = start + first.index
    const tail = text.slice(tailStart, start + line.length)
    const entry = lookupAgency(tail)
    if (!entry || entry.kind === 'outlet') continue
    const middle = text.slice(start + head[0].length, tailStart)
    if (!isDateMaterial(middle)) continue
    return {
      span: [start, start + line.length],
      place: [start, start + head[1]!.length],
      agencies: [{ span: [tailStart, tailStart + tail.length], name: entry.latin }],
    }
  }
  return null
}
