/**
 * Rule 4: a short line naming a correspondent or editor of the outlet.
 * `محررة الصحة لدى بي بي سي: فيليبا روكسبي` → author `فيليبا روكسبي`, agency BBC;
 * `جوناثان هيد مراسل بي بي سي لشؤون شرق آسيا` → author `جوناثان هيد`. The line must stand alone
 * (no full stop, at most 90 code units) and name an outlet or agency: `قال مراسل بي بي سي ...`
 * starts with a verb and is a story sentence.
 */
import type { Credit } from '../../../core/record.js'
import { agencyMentioned } from '../../../language/agencies.js'
import { toCredit } from '../byline-chunk.js'
import { findNames } from '../person-names.js'
import { textLines } from '../text-lines.js'

const STAFF = '(?:مراسل|مراسلة|مراسلو|محرر|محررة|مدير مكتب|مديرة مكتب|محلل|محللة)'
/** `محررة الصحة لدى بي بي سي: فيليبا روكسبي`: title, outlet, colon, names. */
const TITLE_FIRST = new RegExp(`^[\\t \\u00A0*•\\-–]*(${STAFF}[^\\n:.]{2,60}):[\\t \\u00A0]*([^\\n:.]{3,50})$`, '')
/** `جوناثان هيد مراسل بي بي سي لشؤون شرق آسيا`: names, title, outlet. */
const NAME_FIRST = new RegExp(`^[\\t \\u00A0*•\\-–]*([^\\n:.،]{3,40}?)[\\t \\u00A0،,-]+${STAFF}[^\\n:.]{2,60}$`)
/** Lines that may be staff lines hold one of these words. */
const STAFF_WORD = /مراسل|محرر|مدير مكتب|مديرة مكتب|محلل/

/** Finds correspondent and editor lines anywhere in `text`. */
export function matchStaffLines(text: string): Credit[] {
  const out: Credit[] = []
  for (const [ls, le] of textLines(text)) {
    if (le - ls > 110) continue
    const line = text.slice(ls, le)
    if (!STAFF_WORD.test(line)) continue
    const t = TITLE_FIRST.exec(line)
    if (t) {
      const agency = agencyMentioned(t[1]!)
      const nameStart = ls + line.length - t[2]!.length
      const names = agency ? findNames(text, [nameStart, le]) : []
      const c = names.length ? toCredit(text, [ls, le], 'author', names, agency) : null
      if (c) out.push(c)
      continue
    }
    const m = NAME_FIRST.exec(line)
    if (!m) continue
    const agency = agencyMentioned(line)
    const words = m[1]!.trim().split(/\s+/)
    if (!agency || words.length < 2 || words.length > 4) continue
    const nameStart = ls + line.indexOf(m[1]!)
    const names = findNames(text, [nameStart, nameStart + m[1]!.length])
    if (names.length !== 1) continue
    const c = toCredit(text, [ls, le], 'author', names, agency)
    if (c) out.push(c)
  }
  return out
}
