/**
 * Rule 3: 'contributed to this report' lines, at the end of wire copy.
 * `ساهم الكاتب كيم تونغ هيونغ في وكالة أسوشيتد برس من سيول، كوريا الجنوبية.` → contributor
 * `كيم تونغ هيونغ`, agency AP; `ساهم في إعداد هذا التقرير فلان وفلان`; BBC's
 * `شارك في الكتابة محمد الأعسر من قسم المتابعة الإعلامية - بي بي سي`. The line must name the
 * report, the writing or an agency: `ساهم المدافع في فوز فريقه` is a story sentence.
 */
import type { Credit } from '../../../core/record.js'
import type { Span } from '../../../core/span.js'
import { agencyMentioned } from '../../../language/agencies.js'
import { toCredit } from '../byline-chunk.js'
import { findNames } from '../person-names.js'
import { textLines } from '../text-lines.js'

const LINE = /^[\t \u00A0_*•\-–—]*((?:ساهم|ساهمت|ساهموا|شارك|شاركت|شاركه|أسهم|اسهم)[\t \u00A0]+[^\n]{4,260})$/
/** What the contribution was to: without one of these the line is not a credit. */
const TO_REPORT = /(?:هذا التقرير|هذه القصة|التقرير|إعداد|اعداد|الكتابة|التغطية|وكالة|الكاتب|الكاتبة|المراسل|المراسلة|مراسل)/
/** Where the names stop: `في وكالة ...`, `من سيول`, `في هذا التقرير`. */
const NAMES_END = /\s(?:في|من|لـ?|ل)\s|[.(]/
/** Where the names start when the report comes first: `ساهم في إعداد هذا التقرير فلان`. */
const REPORT_FIRST = /^(?:ساهم|ساهمت|ساهموا|شارك|شاركت|أسهم|اسهم)\s+في\s+(?:إعداد\s+|اعداد\s+|كتابة\s+)?(?:هذا\s+التقرير|التقرير|الكتابة|التغطية)\s+/

/** Finds contributor lines anywhere in `text`; only lines of at most 260 code units. */
export function matchContributorLines(text: string): Credit[] {
  const out: Credit[] = []
  for (const [ls, le] of textLines(text)) {
    if (le - ls > 280) continue
    const m = LINE.exec(text.slice(ls, le))
    if (!m) continue
    const line = m[1]!
    if (!TO_REPORT.test(line)) continue
    const lineStart = le - line.length
    const first = REPORT_FIRST.exec(line)
    let chunk: Span
    if (first) {
      const rest = line.slice(first[0].length)
      const stop = rest.search(NAMES_END)
      chunk = [lineStart + first[0].length, lineStart + first[0].length + (stop < 0 ? rest.length : stop)]
    } else {
      const verb = line.indexOf(' ')
      const rest = line.slice(verb)
      const stop = rest.search(NAMES_END)
      if (stop < 0) continue
      chunk = [lineStart + verb, lineStart + verb + stop]
    }
    const names = findNames(text, chunk)
    if (names.length === 0) continue
    const c = toCredit(text, [lineStart, lineStart + line.length], 'contributor', names, agencyMentioned(line))
    if (c) out.push(c)
  }
  return out
}
