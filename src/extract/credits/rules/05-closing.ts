/**
 * Rule 5: credits at the end of the article.
 * An agency sign-off: `... لتحديد مسؤولياتها. (أ ف ب)`, `-أ ف ب-`, `فرانس24/ أ ف ب`, or a last line
 * that is only `واس` → a credit with the agency and no names. A columnist's name alone on the last
 * line (`رامي عبدالرحمن خياط`, `- نوف عبد الله العصيمي`) after a finished sentence → an author; an
 * ordinary last sentence is not taken: the line must be two to four words, the first a known first
 * name, with no punctuation. Contact lines after the name (e-mail, `للتواصل ...`) are skipped.
 */
import type { Credit } from '../../../core/record.js'
import type { Span } from '../../../core/span.js'
import { agencyOf } from '../../../language/agencies.js'
import { toCredit } from '../byline-chunk.js'
import { findNames, isFirstName } from '../person-names.js'

/** How far back from the end the closing credits are looked for, in code units. */
const TAIL = 1500
/** Closing lines that are contact details or outlet trailers, never the byline itself. */
const CONTACT = /@|https?:|www\.|للتواصل|تبدأ بالرمز|ثم الرسالة|^\d[\d\s-]*(?:Stc|Mobily|Zain|زين|موبايلي|الاتصالات)?$|Stc|Mobily|Zain|رابط الخبر|انتهى|يتبع|^\d{1,2}:\d{2}|^[\s\p{P}\p{S}]*$|نقلا? ?ً?عن|جميع المقالات|حقوق|بتوقيت/iu
const SIGN_OFF = /(?:^|[\s.،])(?:[-–(]\s*)?((?:فرانس\s?24|فرانس 24)\s*\/\s*)?([^\s()\-–/][^()\-–/\n]{0,24}?)\s*[-–)]?\s*$/
const NAME_LINE = /^[\t \u00A0\-–*•]*([\u0621-\u063A\u0640-\u0652\s]{5,50}?)[\t \u00A0]*$/

/** Finds the closing sign-off and author line of `text`. */
export function matchClosing(text: string): Credit[] {
  const out: Credit[] = []
  const from = Math.max(0, text.length - TAIL)
  const lines: Span[] = []
  for (let end = text.length; end > from && lines.length < 8;) {
    const start = Math.max(from, text.lastIndexOf('\n', end - 1) + 1)
    if (text.slice(start, end).trim()) lines.push([start, end])
    end = start - 1
  }
  let i = 0
  while (i < lines.length && CONTACT.test(text.slice(lines[i]![0], lines[i]![1]).trim())) i++
  const last = lines[i]
  if (!last) return out
  const signOff = matchSignOff(text, last)
  if (signOff) return [signOff]
  const name = matchNameLine(text, last, lines[i + 1])
  if (name) out.push(name)
  return out
}

function matchSignOff(text: string, line: Span): Credit | null {
  // Only the end of the line can be a sign-off: at most 40 code units are read.
  const from = Math.max(line[0], line[1] - 40)
  const body = text.slice(from, line[1])
  const m = SIGN_OFF.exec(body)
  if (!m) return null
  const agency = agencyOf(m[2]!)
  if (!agency || agency === 'Sabq') return null
  const whole = m[0].replace(/^[\s.،]/, '')
  // A bare alias must be the whole line (`واس`) or set off by a dash or parenthesis (`(أ ف ب)`).
  const setOff = m[1] !== undefined || /^[-–(]/.test(whole) || whole.trim() === text.slice(line[0], line[1]).trim()
  if (!setOff) return null
  const start = from + body.length - whole.length
  return toCredit(text, [start, line[1]], 'author', [], agency)
}

function matchNameLine(text: string, line: Span, before: Span | undefined): Credit | null {
  if (!before || !/[.!؟?»”"…)]\s*$/.test(text.slice(before[0], before[1]))) return null
  const body = text.slice(line[0], line[1])
  const m = NAME_LINE.exec(body)
  if (!m) return null
  const words = m[1]!.trim().split(/\s+/)
  if (words.length < 2 || words.length > 4 || !isFirstName(words[0]!)) return null
  const nameStart = line[0] + body.indexOf(m[1]!)
  const names = findNames(text, [nameStart, nameStart + m[1]!.length])
  if (names.length !== 1 || text.slice(0, names[0]![0]).includes(text.slice(names[0]![0], names[0]![1]).split(/\s+/).pop()!)) return null
  return toCredit(text, [nameStart, nameStart + m[1]!.length], 'author', names, null)
}
