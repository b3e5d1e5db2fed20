/**
 * Rule 4: CNN Arabic's unrelated 'related story' paragraphs after the story.
 * The page crawl appends ledes of other stories, one paragraph each:
 * `... (الاقتصادية) المختلفة من إيران إلى روسيا"، حسب تعبيره.` then `عارضت الحكومة السويسرية العقوبات ...`,
 * `قالت هيئة النزاهة العراقية، إنها ...`. From the end backwards, a paragraph is such an item when it opens
 * a fresh lede (no joining `و`/`ف`, no follow-up opener such as `يذكر أن`, `من جانبه`) and shares almost
 * no content words with the story's first paragraphs and title. The walk stops at the first paragraph
 * that belongs to the story, and the story keeps at least its first two paragraphs.
 */
import { normalizeForMatch } from '../../../normalize/normalize.js'
import type { Span } from '../../../core/span.js'
import type { BoilerplateMatch } from '../boilerplate-match.js'

/** Openers of a paragraph that continues the story (normalized first word or two). */
const FOLLOW_UP = new Set(
  ['من', 'في', 'الي', 'يذكر', 'يشار', 'هذا', 'كما', 'لكن', 'اما', 'بالمقابل', 'بدوره', 'بدورها', 'جاء', 'ويذكر', 'يذكر ان',
    'علما', 'وذلك', 'حيث', 'ثم', 'بينما', 'فيما', 'الا', 'مع', 'وتابع', 'واضاف', 'بعد', 'قبل', 'ولم', 'لم', 'بحسب', 'وفق', 'وفقا', 'على', 'عن',
    'الذي', 'التي', 'ان', 'انه', 'لذلك', 'ولذلك', 'اذ', 'حتي', 'منذ', 'رغم', 'وسط', 'خلال', 'عقب', 'اثر', 'ويشار', 'وكان', 'وكانت'].map((w) => normalizeForMatch(w)),
)
/** Verbs that begin with `و` as a root letter, so `وصل` opens a lede where `وقال` continues one. */
const WAW_VERBS = new Set(['وصل', 'وصلت', 'وقع', 'وقعت', 'وافق', 'وافقت', 'وجه', 'وجهت', 'وصف', 'وصفت', 'وعد', 'وعدت', 'ودع', 'ودعت', 'وضع', 'وضعت', 'وقف', 'وقفت', 'وسع', 'وسعت'].map((w) => normalizeForMatch(w)))
/** Frequent words that say nothing about the topic. */
const STOP = new Set(
  ['التي', 'الذي', 'الذين', 'والتي', 'والذي', 'بعد', 'قبل', 'خلال', 'حيث', 'وذلك', 'ذلك', 'هذه', 'هذا', 'إلى', 'على', 'عن', 'في', 'من', 'مع', 'أن', 'إن',
    'كان', 'كانت', 'يكون', 'تكون', 'وقال', 'قال', 'قالت', 'وقالت', 'أكد', 'وأكد', 'أضاف', 'وأضاف', 'الأحد', 'الإثنين', 'الاثنين', 'الثلاثاء', 'الأربعاء',
    'الخميس', 'الجمعة', 'السبت', 'اليوم', 'أمس', 'العام', 'الماضي', 'الجاري', 'المقبل', 'بين', 'أيضا', 'فيما', 'وفقا', 'حسب', 'بحسب', 'لدى', 'عند',
    'منذ', 'حتى', 'أكثر', 'أقل', 'نحو', 'حوالي', 'وكان', 'وكانت', 'أنه', 'أنها', 'إنه', 'إنها', 'الذى', 'بأن', 'وهو', 'وهي', 'لها', 'له', 'كما', 'لكن',
    'شبكة', 'موقع', 'بالعربية', 'المتحدة', 'العربية', 'الإمارات', 'الأمريكية', 'الولايات', 'دبي'].map((w) => normalizeForMatch(w)),
)
const WORDS = /[\u0621-\u064A]{4,}/g

/** Content words of `s` (also used by tests): normalized Arabic words of four letters or more, stop words and clitics `و`, `ب`, `ل`, `ال` stripped. */
export function contentWords(s: string): Set<string> {
  const out = new Set<string>()
  for (const m of normalizeForMatch(s).matchAll(WORDS)) {
    const w = m[0]
    if (STOP.has(w)) continue
    out.add(stem(w))
  }
  return out
}

/** A crude key: leading `و`/`ف`/`ب`/`ل` and `ال` dropped, trailing `ه`/`ي`/`ون`/`ين`/`ات` dropped. */
function stem(w: string): string {
  let s = w.replace(/^[وفبل](?=ال)/, '').replace(/^ال(?=\S{3})/, '').replace(/^لل(?=\S{3})/, '')
  s = s.replace(/(?:ات|ون|ين|يه|ه|ي)$/, '')
  return s.length >= 3 ? s : w
}

/** True when the paragraph starts like the first sentence of another story. */
export function opensLede(p: string): boolean {
  const words = normalizeForMatch(p).split(/\s+/)
  // `دبي، الإمارات ... (CNN)-` opens another story: its first word carries the comma.
  const first = (words[0] ?? '').replace(/[،,:]$/, '')
  const two = `${first} ${words[1] ?? ''}`
  if (FOLLOW_UP.has(first) || FOLLOW_UP.has(two)) return false
  if (/^[وف]/.test(first) && !WAW_VERBS.has(first)) return false
  // A quotation can open a lede too: `"شراكات جديدة".. بهاتين الكلمتين تحدث ...`.
  return /^[\u0621-\u064A]{3,}$/.test(first) || /^\(?cnn\)?/.test(first) || /^["«“]/.test(first)
}

/** Share of a candidate's content words at most this, it does not belong to the story. */
const MAX_SHARED = 0.15

/** The share of `p`'s content words that also occur in `topic` (1 when it has fewer than five: too short to judge). */
export function sharedShare(p: string, topic: Set<string>): number {
  const words = contentWords(p)
  if (words.size < 5) return 1
  let shared = 0
  for (const w of words) if (topic.has(w)) shared++
  return shared / words.size
}

/**
 * Finds CNN's trailing related-story paragraphs of `text`; `title` (when known) joins the story's
 * opening paragraphs as the topic. Only for CNN pages: the caller decides that.
 */
export function matchRelatedParagraphs(text: string, title: string | null): BoilerplateMatch[] {
  const paragraphs: Span[] = []
  for (const m of text.matchAll(/[^\n]+/g)) if (m[0].trim()) paragraphs.push([m.index, m.index + m[0].length])
  if (paragraphs.length < 3) return []
  const topic = contentWords(`${title ?? ''} ${text.slice(paragraphs[0]![0], paragraphs[1]![1])}`)
  const out: BoilerplateMatch[] = []
  for (let i = paragraphs.length - 1; i >= 2; i--) {
    const [s, e] = paragraphs[i]!
    const p = text.slice(s, e)
    if (p.length < 60 || !opensLede(p)) break
    if (sharedShare(p, topic) > MAX_SHARED) break
    out.push({ span: [s, e], kind: 'related' })
  }
  return out.reverse()
}
