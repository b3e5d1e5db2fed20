/**
 * Rule 2: a line that opens with a byline cue. `كتب: فلان`, `بقلم: فلان`, `إعداد: فلان` (editor),
 * `تحرير: فلان` (editor), `ترجمة: فلان` (translator), `رصد وتصوير: أحمد حجازي – عين اليوم`, and the
 * opinion notes `هذا المقال بقلم بشار جرار، ...`. The cue must start the line and the line stay short;
 * `وكتب: "..."` (a quotation) starts with `و` and is not taken.
 */
import type { Credit } from '../../../core/record.js'
import { normalizeForMatch } from '../../../normalize/normalize.js'
import { CUE_ROLES, readByline, toCredit } from '../byline-chunk.js'
import { findNames } from '../person-names.js'
import { agencyMentioned } from '../../../language/agencies.js'
import { textLines } from '../text-lines.js'

const CUES = [...new Set(['كتب', 'كتبت', 'بقلم', 'إعداد', 'اعداد', 'إعداد وتقديم', 'تحرير', 'ترجمة', 'ترجمه', 'رصد وتصوير', 'رصد', 'تصوير', 'حوار', 'مراجعة'])]
  .sort((a, b) => b.length - a.length)
const CUE_LINE = new RegExp(`^[\\t \\u00A0*•_\\-–]*(${CUES.join('|')})[\\t \\u00A0]*[:：\\-–][\\t \\u00A0]*([^\\n]{2,90})$`)
/** `هذا المقال بقلم بشار جرار، متحدث ...` and `مقال بقلم د. خالد ...`: the name runs to the first comma. */
const OPINION_NOTE = /^[\t \u00A0]*(?:هذا |هذه )?(?:المقال|التقرير|مقال|المدونة)\s+(?:بقلم|كتبه|كتبته)\s+([^،,\n]{3,60})[^\n]*$/

/** Finds the cue-word bylines anywhere in `text`; a cue line has at most 160 code units, an opinion note 400. */
export function matchCueLines(text: string): Credit[] {
  const out: Credit[] = []
  for (const [ls, le] of textLines(text)) {
    if (le - ls > 400) continue
    const line = text.slice(ls, le)
    const m = le - ls <= 160 ? CUE_LINE.exec(line) : null
    if (m) {
      const cueStart = ls + line.indexOf(m[1]!)
      const restStart = ls + line.length - m[2]!.length
      const b = readByline(text, [restStart, le])
      if (!b.clean || b.names.length === 0) continue
      const role = CUE_ROLES.get(normalizeForMatch(m[1]!)) ?? 'author'
      const c = toCredit(text, [cueStart, le], role, b.names, b.agency)
      if (c) out.push(c)
      continue
    }
    const n = OPINION_NOTE.exec(line)
    if (!n) continue
    const nameStart = ls + line.indexOf(n[1]!)
    const names = findNames(text, [nameStart, nameStart + n[1]!.length])
    if (names.length === 0) continue
    const c = toCredit(text, [ls, le], 'author', names, agencyMentioned(line))
    if (c) out.push(c)
  }
  return out
}
