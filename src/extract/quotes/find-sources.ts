import type { Span } from '../../core/span.js'
import { TokenKind } from '../../core/tokens.js'
import { normalizeForMatch } from '../../normalize/normalize.js'
import { isWord, phraseSpan, readPhrase, textIndexAfterLetters, type Phrase } from './read-phrase.js'
import type { WordView } from './word-view.js'

/**
 * Attributions by preposition: `بحسب`, `حسب`, `حسبما ذكرت`, `وفقا لـ`, `وفق ما`, `طبقا لـ`,
 * `نقلا عن`, `استنادا إلى`, `على حد تعبيره`. `…، بحسب وسائل الإعلام الروسية.` gives the source
 * `وسائل الإعلام الروسية` with the cue `بحسب`; `بحسب ما أفاد المرصد السوري` gives the cue
 * `بحسب ما أفاد` and the source `المرصد السوري`.
 */

/** A source found by a cue phrase, with the token range of its cue. */
export interface FoundSource {
  readonly span: Span
  readonly cue: Span
  /** Tokens of the source phrase (for a quote attributed to it). */
  readonly phrase: Phrase
  /** First token of the cue. */
  readonly cueToken: number
}

const enum Next {
  /** `بحسب X`, `بحسب ما ذكر X`. */
  PhraseOrVerb = 1,
  /** `حسبما ذكرت X`. */
  Verb = 2,
  /** `وفقا لـX`, `وفقا لما ذكره X`, `وفق ما ذكرت X`, `وفق X`. */
  Lam = 3,
  /** `نقلا عن X`, `استنادا إلى X`. */
  Prep = 4,
  /** `على حد تعبيره`. */
  Hadd = 5,
}

const CUE_WORDS: ReadonlyMap<string, Next> = new Map([
  ['بحسب', Next.PhraseOrVerb], ['حسب', Next.PhraseOrVerb], ['حسبما', Next.Verb], ['بحسبما', Next.Verb],
  ['وفقا', Next.Lam], ['وفق', Next.Lam], ['طبقا', Next.Lam], ['تبعا', Next.Lam],
  ['نقلا', Next.Prep], ['استنادا', Next.Prep], ['اسنادا', Next.Prep],
  ['حد', Next.Hadd],
])

/** What the cue preposition of `نقلا عن`, `استنادا إلى` must be followed by. */
const PREP_AFTER: ReadonlyMap<string, readonly string[]> = new Map([
  ['نقلا', ['عن']], ['استنادا', ['الي', 'لي']], ['اسنادا', ['الي']],
])

/** Nouns after `حسب`/`وفقا لـ` that are rules or circumstances, not sources (`حسب الحاجة`). */
const NOT_SOURCES = new Set(
  'الحاجة الأصول الخطة الخطط الطلب الظروف الترتيب الأولوية الأولويات النظام الأنظمة القانون القوانين المادة الجدول البرنامج الشروط المعايير الضوابط اللوائح التعليمات الاتفاق الاتفاقية العقد الموسم الحالة الإمكانيات الإمكانات التوقيت الفئة الإجراءات التوجيهات الأحوال المكان المنطقة الرغبة النتائج الترتيبات الدستور القواعد قواعد المواعيد الأسعار السعر الأهمية نوع طبيعة حجم عدد الأعمار العمر الجنس الوزن الترتيب التصنيف الحالات الحالة نسبة ظروف حاجة رغبة طلب خطة نظام قانون شروط معايير النقاط الخطوات المراحل الحصة مميزات المميزات الخصائص المواصفات الاحتياجات الإمكانيات المعطيات الأداء المستوى الأوضاع الوضع أوضاع المصالح مصالح المصلحة الطقس المزاج الموقف الأهواء الهوى الجداول المعتقدات معتقدات العادات التقاليد الأصول التهم التهمة التصاميم المقتضيات مقتضيات النموذج النماذج الفصل الأحكام البنود الصيغة الآلية الأسس المقاييس'
    .split(' ').map(normalizeForMatch),
)

/** True for a rule or circumstance (`NOT_SOURCES`), with or without its article (`حاجة`, `لقانون` with its ل). */
function isNotSource(word: string): boolean {
  return NOT_SOURCES.has(word) || NOT_SOURCES.has('ال' + word) || NOT_SOURCES.has('ال' + word.replace(/^ل/, ''))
}

/** Superlatives before a noun (`وفق أعلى المعايير`): the noun after them decides. */
const SUPERLATIVES = new Set(['اعلي', 'افضل', 'احدث', 'اقصي', 'ادني', 'اكثر', 'اهم'])

/** Nouns of speech that cite their owner: `حسب تعبيره`, `وفق قوله`, `بحسب تصريحاته`, `حسب روايته`. */
const SPEECH_NOUNS = /^(ت?عبير|قول|كلام|تصريح|تصريحات|رواي|زعم|وصف|راي|تقدير|تقديرات|معلومات|مصادر|بيان|حديث|تاكيد|اقوال|ادعاء)/

/** Verbs that may follow `بحسب ما`, `حسبما`, `وفقا لما` besides the reporting verbs of the lexicon. */
const REPORT_VERBS = new Set('نشرت نشر نشره نشرته أوردت أورد أورده أوردته بثت بث بثه بثته جاء ورد أظهرت أظهر تظهر يظهر أشارت نقلت نقله نقلته أعلنت أعلن أفادت أفاد أكدت أكد'.split(' ').map(normalizeForMatch))

/**
 * Finds the prepositional source cues of the document (`بحسب`, `وفقا لـ` …) and the phrase each
 * one cites. Tokens inside quote marks are skipped: a speaker's own `حسب` is not the article's.
 */
export function findSources(view: WordView, quoteEnd: Int32Array): FoundSource[] {
  const out: FoundSource[] = []
  for (let i = 0; i < view.count; i++) {
    if (view.kind[i] !== TokenKind.Arabic || view.quoted[i]) continue
    const found = readSourceCue(view, i, quoteEnd)
    if (found) {
      out.push(found)
      i = found.phrase.tokenEnd - 1
    }
  }
  return out
}

/** Reads a source cue starting at token `i`, with the phrase it cites, or null. */
export function readSourceCue(view: WordView, i: number, quoteEnd: Int32Array): FoundSource | null {
  let w = view.norm[i]!
  let cut = 0
  if (!CUE_WORDS.has(w) && (w[0] === 'و' || (w[0] === 'ف' && w !== 'فحسب')) && CUE_WORDS.has(w.slice(1))) {
    w = w.slice(1)
    cut = 1
  }
  const next = CUE_WORDS.get(w)
  if (next === undefined) return null
  const sentence = view.sentence[i]
  let limit = i + 1
  while (limit < view.count && limit - i < 24 && view.sentence[limit] === sentence) limit++
  let j = i + 1
  let cueEnd = i + 1
  let lamCut = 0
  const at = (k: number): string => (k < limit ? view.norm[k]! : '')
  const verbAt = (k: number): boolean => k < limit && (view.cue[k] !== null || REPORT_VERBS.has(view.norm[k]!))
  switch (next) {
    case Next.Hadd:
      // `على حد قوله/تعبيره`: the cue is `على حد`, the source the noun after it.
      if (at(i - 1) !== 'علي' || !/^(قول|تعبير)/.test(at(j))) return null
      return finish(view, i - 1, 0, j + 1, { tokenStart: j, tokenEnd: j + 1 }, 0, quoteEnd)
    case Next.Verb:
      if (!verbAt(j)) return null
      cueEnd = j + 1
      j++
      if (/^(به|بها|عنه|عنها)$/.test(at(j))) j++
      break
    case Next.PhraseOrVerb:
      if (at(j) === 'ما' && verbAt(j + 1)) {
        cueEnd = j + 2
        j += 2
        if (/^(به|بها|عنه|عنها)$/.test(at(j))) j++ // `بحسب ما صرح به مصدر أمني`
      } else if (verbAt(j) && view.cue[j]?.cue.tense !== 'noun') {
        return null
      }
      break
    case Next.Lam: {
      const v = at(j)
      if ((v === 'لما' || v === 'ما') && verbAt(j + 1)) {
        cueEnd = j + 2
        j += 2
        if (/^(به|بها|عنه|عنها)$/.test(at(j))) j++ // `وفق ما صرح به مصدر أمني`
      } else if (v.startsWith('ل') && v.length > 2) {
        lamCut = 1 // `لتصريحاته`, `للتقييمات`: the source starts after the first ل
      } else if (v === 'ل' || v === 'لـ') {
        j++
      } else if (w !== 'وفق') {
        return null
      }
      break
    }
    case Next.Prep: {
      const v = at(j)
      const preps = PREP_AFTER.get(w)!
      if (preps.includes(v)) cueEnd = ++j // the cue is `نقلا عن`, `استنادا إلى`
      else if (v.startsWith('ل') && w !== 'نقلا' && v.length > 2) lamCut = 1
      else return null
      break
    }
  }
  if (j >= limit) return null
  const phrase = readPhrase(view, j, limit, quoteEnd, lamCut, true)
  if (!phrase) return null
  let head = view.norm[phrase.tokenStart]!.slice(lamCut)
  // `حسب تعبيره`, `وفق قوله` cite the speaker; `حسب ظروفه`, `حسب فهمهم` do not.
  if (/(ه|ها|هم|هما)$/.test(head) && !SPEECH_NOUNS.test(head)) {
    if (phrase.tokenEnd - phrase.tokenStart === 1) return null
    // `حسب نوعه للكشف`, `حسب معتقداتهم الباطلة`: the noun without its pronoun is the test.
    if (isNotSource(head.replace(/(ه|ها|هم|هما)$/, ''))) return null
  }
  // `وفق أعلى المعايير`: a superlative before the noun.
  if (SUPERLATIVES.has(head) && phrase.tokenEnd - phrase.tokenStart > 1) head = view.norm[phrase.tokenStart + 1]!
  if (isNotSource(head) || !isWord(view, phrase.tokenStart) && view.kind[phrase.tokenStart] !== TokenKind.Punct) return null
  return finish(view, i, cut, cueEnd, phrase, lamCut, quoteEnd)
}

function finish(view: WordView, cueStart: number, cut: number, cueEnd: number, phrase: Phrase, lamCut: number, quoteEnd: Int32Array): FoundSource {
  const cueFrom = cut ? textIndexAfterLetters(view, cueStart, cut) : view.start[cueStart]!
  const cueTo = view.end[cueEnd - 1]!
  let span = phraseSpan(view, phrase, quoteEnd)
  if (lamCut) span = [textIndexAfterLetters(view, phrase.tokenStart, lamCut), span[1]]
  // `صحيفة "واشنطن بوست" الأميركية`: the quoted name is the source.
  for (let t = phrase.tokenStart; t < phrase.tokenEnd; t++) {
    const e = quoteEnd[t]!
    // The name runs from the token after the opening mark to the token before the closing one (`" سكاي نيوز"` has inner spaces).
    if (e > t + 1 && e < phrase.tokenEnd && t > phrase.tokenStart) {
      span = [view.start[t + 1]!, view.end[e - 1]!]
      break
    }
  }
  return { span, cue: [cueFrom, cueTo], phrase, cueToken: cueStart }
}
