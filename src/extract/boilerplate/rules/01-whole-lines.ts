/**
 * Rule 1: lines that are boilerplate from end to end, found in one pass over the text.
 * `شاركها.` (share), `اقرأ أيضا: عنوان` and CNN's `قد يهمك.. عنوان` (related), `------` rules,
 * `*نقلاً عن الاتحاد الإماراتية`, `** جميع المقالات المنشورة تمثل رأي كتابها فقط.`, SPA's
 * `// انتهى //` and its `15:22 ت م` stamp (other), BBC's `يمكنكم استلام إشعارات ... تطبيق بي بي سي عربي ...`
 * (ad), `جميع الحقوق محفوظة` (copyright). A line must match whole: `شارك الوزير في ...` is a story line.
 */
import type { BoilerplateKind, BoilerplateMatch } from '../boilerplate-match.js'

const H = '[\\t \\u00A0\\u200B-\\u200F\\u202A-\\u202E]' // horizontal space, with invisible marks
const LINES: readonly [BoilerplateKind, string][] = [
  ['share', `شاركها${H}*\\.?|شارك(?:${H}+(?:المقال|الخبر|هذا الخبر|هذا المقال))?${H}*:?|(?:شارك|شاركها|مشاركة)${H}+(?:عبر|على|من خلال)[^\\n]{0,60}(?:تويتر|فيسبوك|فيس بوك|واتساب|واتس اب)[^\\n]{0,40}`],
  ['related', `(?:اقرأ|إقرأ|اقرا|شاهد|طالع)${H}*(?:أيضا|أيضاً|ايضا|ايضاً|المزيد)?${H}*(?:[:.،/]+|\\.\\.)[^\\n]{0,160}`],
  ['related', `(?:قد يهمك|قد يهمك أيضا|قد يهمك أيضاً|ربما يهمك|المزيد)${H}*(?:[:.،/]+|\\.\\.)[^\\n]{0,160}`],
  ['related', `\\.{2,}${H}*المزيد`],
  ['other', `[-_=*~—–]{5,}(?:${H}+[-_=*~—–]{3,})*`],
  ['other', `\\*{1,3}${H}*نقل(?:اً|ا|ًا)?${H}+عن${H}+[^\\n]{2,60}`],
  ['other', `\\*{0,3}${H}*(?:جميع|كل)${H}+(?:المقالات|الآراء|المواد)${H}+المنشورة${H}+(?:تمثل|تعبر)[^\\n]{0,80}`],
  ['other', `\\*${H}*خدمة${H}*:?${H}*[«"][^\\n]{2,60}`],
  ['other', `\\/\\/${H}*(?:انتهى|يتبع|انتهي)${H}*\\/\\/`],
  ['other', `\\d{1,2}:\\d{2}${H}*(?:ت${H}*م|ت\\.م|GMT|بتوقيت[^\\n]{0,20})`],
  ['other', `(?:[\\w.+-]+@[\\w-]+\\.[\\w.]+|@[A-Za-z0-9_]{3,30})${H}*`],
  ['other', `(?:هذا|هذ|نشر هذا)${H}+المقال${H}+(?:منشور${H}+)?بالتعاون${H}+مع[^\\n]{0,160}`],
  ['ad', `يمكنكم${H}+(?:استلام|تسلم|تسلّم|متابعة)${H}+[^\\n]{0,160}(?:تطبيق|اشتراك)[^\\n]{0,120}`],
  ['ad', `لمتابعة${H}+المباشر[^\\n]{0,120}`],
  ['copyright', `[^\\n]{0,60}(?:جميع الحقوق محفوظة|حقوق النشر محفوظة|حقوق الطبع محفوظة|©)[^\\n]{0,60}`],
]

/** One alternative per row, named by its index, anchored to the whole trimmed line. */
const PATTERN = new RegExp(`^(?:${LINES.map(([, p], i) => `(?<k${i}>${p})`).join('|')})${H}*$`)

/** Finds whole boilerplate lines anywhere in `text`. */
export function matchWholeLines(text: string): BoilerplateMatch[] {
  const out: BoilerplateMatch[] = []
  for (const lineMatch of text.matchAll(/[^\n]+/g)) {
    const line = lineMatch[0]
    if (line.length > 400) continue
    const trimmed = line.trim()
    if (!trimmed) continue
    const lead = line.indexOf(trimmed)
    const m = PATTERN.exec(trimmed)
    if (!m) continue
    const groups = m.groups!
    const i = LINES.findIndex((_, k) => groups[`k${k}`] !== undefined)
    const start = lineMatch.index + lead
    out.push({ span: [start, start + trimmed.length], kind: LINES[i]![0] })
  }
  return out
}
