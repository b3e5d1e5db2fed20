import type { Span } from '../../core/span.js'
import { trimSpan } from '../../core/span.js'
import { normalizeForMatch } from '../../normalize/normalize.js'
import { FIRST_NAMES_TXT } from '../../language/generated/first-names.js'

const FIRST_NAMES = new Set<string>()
for (const line of FIRST_NAMES_TXT.split('\n')) {
  const key = normalizeForMatch(line)
  if (key) FIRST_NAMES.add(key)
}

/** Titles and descriptions that stand before a name and are not part of it (normalized). */
const TITLES = new Set(
  ['الكاتب', 'الكاتبه', 'الصحفي', 'الصحفيه', 'الصحافي', 'الصحافيه', 'الزميل', 'الزميله', 'الدكتور', 'الدكتوره', 'د', 'دكتور',
    'المهندس', 'م', 'الاستاذ', 'الاستاذه', 'ا', 'الشيخ', 'السيد', 'السيده', 'المحرر', 'المحرره', 'المراسل', 'المراسله', 'مراسل', 'مراسله',
    'الباحث', 'الباحثه', 'المصور', 'المصوره', 'المترجم', 'المترجمه', 'بقلم', 'كتب', 'كتبت', 'اعداد', 'تحرير', 'ترجمه', 'رصد', 'تصوير'].map((w) => normalizeForMatch(w)),
)
/** Words that never stand in a person's name: prepositions, verbs of reporting, common nouns of bylines. */
const NOT_NAME = new Set(
  ['في', 'من', 'علي', 'الي', 'عن', 'مع', 'هذا', 'هذه', 'التقرير', 'تقرير', 'وكاله', 'قال', 'قالت', 'اليوم', 'امس', 'متابعات', 'متابعه', 'وكالات',
    'مكتب', 'قسم', 'فريق', 'وحده', 'التحرير', 'موقع', 'صحيفه', 'الشرق', 'جريده', 'خاص', 'ان', 'انه', 'لم', 'لا', 'ما', 'كان', 'الذي', 'التي'].map((w) => normalizeForMatch(w)),
)

const WORD = /[\p{L}\p{M}\u0640.'’-]+/gu
const LIST_SEPARATOR = /\s*(?:[،,؛;]|\s&\s|\sو(?=\S)|\sand\s)\s*/gu

/** True when `word` is a known first name (`عبدالله`, `داليا`), or a compound `عبد…`/`أبو…`. */
export function isFirstName(word: string): boolean {
  const key = normalizeForMatch(word)
  return FIRST_NAMES.has(key) || /^(?:عبد|ابو)\S{2,}$/.test(key)
}

/**
 * Finds the person names in a byline chunk such as `أحمد حجازي، رغد عشميل` or `الكاتب كيم تونغ هيونغ`,
 * as text spans: names are split at commas and at a joining `و` (`ماجد هود ومحمد المرحبي`), titles
 * before a name are dropped (`الدكتور`, `الكاتب`), and a chunk that reads like a phrase (`من قسم ...`)
 * is not a name. At most five words make one name.
 */
export function findNames(text: string, chunk: Span): Span[] {
  const out: Span[] = []
  const body = text.slice(chunk[0], chunk[1])
  let from = 0
  const take = (to: number): void => {
    const s = nameSpan(text, chunk[0] + from, chunk[0] + to)
    if (s) out.push(s)
  }
  LIST_SEPARATOR.lastIndex = 0
  for (let m = LIST_SEPARATOR.exec(body); m; m = LIST_SEPARATOR.exec(body)) {
    take(m.index)
    from = m.index + m[0].length
  }
  take(body.length)
  return out
}

/** One name inside `[start, end)`, titles dropped; null when the words are not a name. */
function nameSpan(text: string, start: number, end: number): Span | null {
  const words: { s: number; e: number; key: string }[] = []
  WORD.lastIndex = 0
  const part = text.slice(start, end)
  for (let m = WORD.exec(part); m; m = WORD.exec(part)) {
    words.push({ s: start + m.index, e: start + m.index + m[0].length, key: normalizeForMatch(m[0].replace(/[.]/g, '')) })
  }
  let i = 0
  while (i < words.length && TITLES.has(words[i]!.key)) i++
  const name = words.slice(i)
  if (name.length === 0 || name.length > 5) return null
  if (name.some((w) => NOT_NAME.has(w.key))) return null
  if (name.length === 1 && !isFirstName(text.slice(name[0]!.s, name[0]!.e))) return null
  return trimSpan(text, [name[0]!.s, name[name.length - 1]!.e])
}
