import type { Span } from '../../core/span.js'
import { TokenFlag, TokenKind } from '../../core/tokens.js'
import { isTitleHead } from './title-heads.js'
import { WordClass, wordClass } from './word-class.js'
import { Named, type WordView } from './word-view.js'

/** A run of tokens `[tokenStart, tokenEnd)`. */
export interface Phrase {
  readonly tokenStart: number
  readonly tokenEnd: number
}

/** Longest speaker or source phrase, in tokens (`وزير الخارجية الكوري الشمالي تشوي سون هوي` is 7). */
const MAX_PHRASE = 9

/** Classes that never stand inside a speaker or source phrase. */
const STOP = WordClass.Complementizer | WordClass.Prep | WordClass.Time | WordClass.Relative | WordClass.Particle | WordClass.ClauseStart | WordClass.Addressee

/** Words beginning with `و` that are not `و` + word (`وزير` is a minister, not "and Zir"). */
const WAW_WORDS = new Set(['وزير', 'وزيره', 'وزاره', 'وكاله', 'وكالات', 'وسائل', 'ولي', 'وليد', 'وائل', 'وفد', 'وحدات', 'وحده', 'وضع', 'وقت', 'ورقه', 'وثيقه', 'وثائق', 'واشنطن', 'وكيل', 'والي', 'وسط', 'وجه', 'وزراء', 'ولايه', 'وول', 'وليام', 'ويليام', 'وانغ', 'وادي', 'وطني', 'وطنيه', 'وفاء', 'وجدي', 'واصل',
  // Nouns that open a phrase after a verb (`رأى وصول سفينة`).
  'وصول', 'وجود', 'وقف', 'وقوع', 'وفاه', 'وراء', 'واقع', 'وصف', 'وعود', 'وظائف', 'وقود', 'واجب', 'ورشه', 'وتيره'])

/** Nouns of quantity that take their group after `من` (normalized): `عدد من`, `الكثير من`. */
const QUANTITY_HEADS = new Set(['عدد', 'العديد', 'بعض', 'كثير', 'الكثير', 'مجموعه', 'عشرات', 'مئات', 'الاف', 'الالاف', 'غالبيه', 'معظم', 'اغلب', 'اكثر', 'جمله'])

/** True for a token that is a word (Arabic or Latin letters). */
export function isWord(view: WordView, i: number): boolean {
  const k = view.kind[i]
  return k === TokenKind.Arabic || k === TokenKind.Latin
}

/** True when `word` starts with the article (`الوزير`, `والوزير`, `بالوزير`, `للوزير`). */
export function hasArticle(word: string): boolean {
  return (word.length > 3 && word.startsWith('ال')) || (word.length > 4 && /^[وفبك]ال|^لل/.test(word))
}

/** Nisba adjectives (`الروسي`, `حقوقية`, `الأمريكيين`) agree with the noun before them. */
function isNisba(word: string): boolean {
  return /(ي|يه|يون|يين|ين|ون)$/.test(word) && word.length > 3
}

/** Leading `و`/`ف` of a word that is a conjunction, not part of the word. */
export function conjunctionCut(word: string): number {
  if (word.length < 4) return 0
  // `ف` begins many names and nouns (`فصائل`, `فيصل`): cut it only before the article (`فالحكومة`).
  if (word[0] === 'ف') return word.startsWith('فال') ? 1 : 0
  if (word[0] !== 'و' || WAW_WORDS.has(word)) return 0
  return 1
}

/**
 * True for an opening quote mark token whose quote is short enough to be a name inside a phrase:
 * `صحيفة "واشنطن بوست"`. Returns the index of the closing mark, or -1.
 */
function quotedNameEnd(view: WordView, i: number, quoteEnd: Int32Array): number {
  const e = quoteEnd[i]!
  if (e < 0 || e - i - 1 > 5) return -1
  return e
}

/**
 * True for a normalized word with the shape of a verbal noun that no verb has: تفعيل (`تعزيز`),
 * إفعال (`إعلان`), افتعال/انفعال (`اتفاق`, `انسحاب`), استفعال (`استمرار`), مفاعلة (`مواصلة`).
 */
export function isVerbalNoun(w: string): boolean {
  return /^ت..ي.$/.test(w) || /^[اأإ]..ا.$/.test(w) || /^ا[نت]..ا.$|^ا.ت.ا.$/.test(w) || /^است..ا.$/.test(w) || /^م.ا..ه$/.test(w)
}

/**
 * Reads a noun phrase forward from token `i`: a head and what agrees with it, up to a preposition,
 * a day name, a complementizer, a comma or any other punctuation. `قال وزير الخارجية الروسي
 * سيرجي لافروف في بيان …` → `وزير الخارجية الروسي سيرجي لافروف`. Returns null when `i` does not
 * start a phrase. `limit` is the first token not to read; `firstCut` letters of the first word are
 * a preposition to look past (`لتصريحاته` after `وفقا`); `quotedHead` lets the phrase be a quoted
 * name (`بحسب ما ذكرت "ذي دايلي مايل"`), which a speaker phrase never is (`قال "نعم"`).
 */
export function readPhrase(view: WordView, i: number, limit: number, quoteEnd: Int32Array, firstCut = 0, quotedHead = false): Phrase | null {
  let j = i
  let headIndefinite = false
  while (j < limit && j - i < MAX_PHRASE) {
    if (j > i && view.flags[j]! & TokenFlag.NewlineBefore) break
    if (view.kind[j] === TokenKind.Punct) {
      // `م. فهد العوفي`, `د. محمد`: the stop after a one-letter title.
      if (view.norm[j] === '.' && j > i && view.norm[j - 1]!.length === 1 && view.kind[j - 1] === TokenKind.Arabic && j + 1 < limit && isWord(view, j + 1)) {
        j++
        continue
      }
      // A short quoted name after a head noun: `صحيفة "واشنطن بوست"`, `مركز "أبحاث التسليح"`.
      // Only a head that names things takes a quoted name: `وكالة "…"`, `مركز "…"`, not `مراقبون غيابا "…"`.
      const namer = j > i && (view.cls[j - 1]! & (WordClass.Title | WordClass.Media | WordClass.Institution) || isTitleHead(view.norm[j - 1]!) || view.norm[j - 1] === 'و')
      const e = namer || (j === i && quotedHead) ? quotedNameEnd(view, j, quoteEnd) : -1
      if (e > 0 && e < limit) {
        j = e + 1
        continue
      }
      break
    }
    if (!isWord(view, j)) break
    // `أفادت السلطات بـ"انتحار"`: a lone proclitic (`بـ`, `لـ`) starts a new phrase; `و"…"` joins names.
    if (j > i && view.norm[j]!.length === 1 && !(view.norm[j] === 'و' && quoteEnd[j + 1]! >= 0)) break
    const w = j === i && firstCut ? view.norm[j]!.slice(firstCut) : view.norm[j]!
    const c = j === i && firstCut ? wordClass(w) : view.cls[j]!
    if (c & STOP) {
      // `مصادر في الرئاسة التركية`, `مسؤول في الوزارة`: an indefinite role noun takes a place after في/من.
      // `عدد من شهود العيان`, `العديد من الخبراء`: a quantity noun takes its group after من.
      const quantity = w === 'من' && j === i + 1 && QUANTITY_HEADS.has(view.norm[i]!.slice(conjunctionCut(view.norm[i]!)))
      const via = (((w === 'في' || w === 'من') && headIndefinite && j - i <= 3) || quantity) && j + 1 < limit && isWord(view, j + 1) && !(view.cls[j + 1]! & STOP)
      if (!via) break
      headIndefinite = false
      j++
      continue
    }
    const cue = view.cue[j]
    if (cue && !cue.cue.ambiguous && j > i) break
    // `نفى الرويس علمه أن`, `وأبدى الوزير استعداد بلاده`, `وأكد عباس ضرورة …`: after a definite word or
    // a name, a noun with a pronoun, a verbal noun, an indefinite accusative (`نجاحا`) or a noun that
    // takes a clause (`ضرورة`, `وجود`) begins
    // the verb's object, unless the entities layer found a name there. After a construct head it is
    // part of the subject (`مدير برنامج الأغذية`, `رئيس وزرائها`).
    // `أفاد الدفاع المدني بوقوع حادث`: ب + an event noun is what the verb reports.
    if (j > i && EVENT_COMPLEMENT.test(w)) break
    if (j > i && !view.named[j] && !hasArticle(w) && (hasArticle(view.norm[j - 1]!) || view.named[j - 1]) &&
      (c & WordClass.ObjectNoun || hasPronounSuffix(view, j) || isVerbalNoun(w) || (isIndefiniteAccusative(w) && !conjunctionCut(w)))) break
    if (j > i && (w[0] === 'و' || w[0] === 'ف') && conjunctionCut(w)) {
      // `وسائل الإعلام الروسية والكورية`: a conjunct adjective stays; `وأضاف` and a new clause do not.
      // An institution's name takes a conjunct noun with its complement: `الشركة الوطنية لاستغلال وتوزيع المياه`.
      const rest = w.slice(1)
      const inName = view.cls[i]! & WordClass.Institution && j + 1 < limit && isWord(view, j + 1) && hasArticle(view.norm[j + 1]!) && !(view.cls[j + 1]! & STOP)
      if (!(rest.startsWith('ال') || isNisba(rest) || inName) || cue) break
    }
    if (j === i) headIndefinite = (c & (WordClass.Title | WordClass.Media)) !== 0 && !hasArticle(w)
    else if (headIndefinite && hasArticle(w)) headIndefinite = false
    j++
  }
  return j > i ? { tokenStart: i, tokenEnd: j } : null
}

/**
 * Reads a noun phrase backward from the token before `end`, as far as `floor`: the subject of a
 * verb that follows it (`لكن شركة توماس كوك السياحية قالت …` → `شركة توماس كوك السياحية`).
 * A word with a leading conjunction ends the phrase (`وصندوق النقد الدولي يخبرنا`).
 */
export function readPhraseBackward(view: WordView, end: number, floor: number, quoteEnd: Int32Array): Phrase | null {
  let j = end - 1
  while (j >= floor && end - j <= MAX_PHRASE) {
    if (view.kind[j] === TokenKind.Punct) {
      // A quoted name: `"ذي دايلي مايل" التي رأت`.
      let k = j - 1
      while (k >= floor && k >= j - 7 && quoteEnd[k] !== j) k--
      if (k >= floor && quoteEnd[k] === j) {
        j = k - 1
        continue
      }
      break
    }
    if (!isWord(view, j)) break
    const w = view.norm[j]!
    if (view.cls[j]! & STOP) break
    const cue = view.cue[j]
    if (cue && !cue.cue.ambiguous) break
    j--
    if (view.flags[j + 1]! & TokenFlag.NewlineBefore) break
    // `والكورية` continues a phrase to its left; `وصندوق` begins one.
    if (conjunctionCut(w) && !(w.slice(1).startsWith('ال') || isNisba(w.slice(1)))) break
  }
  return j + 1 < end ? { tokenStart: j + 1, tokenEnd: end } : null
}

/**
 * True for a word written with a possessive pronoun (`تأكيده`, `رغبته`, `حديثها`, `زعمائهم`), read on the
 * original letters, where `ه` is not the `ة` that normalization folds into it. Emphatics (`نفسه`) and
 * words ending in `اه`, `يه`, `وه` (`شاه`, `نزيه`, `سيبويه`) are not counted.
 */
export function hasPronounSuffix(view: WordView, i: number): boolean {
  if (view.kind[i] !== TokenKind.Arabic || EMPHATICS.has(view.norm[i]!)) return false
  const w = view.text.slice(view.start[i], view.end[i]).replace(/[\u064b-\u0652\u0640]/g, '')
  if (w.length < 4) return false
  if (/(ها|هم|هما|هن)$/.test(w)) return true
  return w.endsWith('ه') && !/[اىيو]ه$/.test(w)
}

/** `نجاحا`, `دعما`: the alif of an indefinite accusative, an object or an adverb (names are checked by the caller). */
function isIndefiniteAccusative(w: string): boolean {
  // Not a pronoun suffix (`رسولنا`, `موقفها`) nor a word whose alif is its own (`بابا`, `أمريكا`: checked by the callers' classes and names).
  return w.length >= 4 && w.endsWith('ا') && !/(اا|نا|ها|هما|كما|تما)$/.test(w) && /^[\u0621-\u064a]+$/.test(w)
}

/** True when a phrase reads as a person's name: its first word has no article and is no title, medium or particle. */
export function isNameLike(view: WordView, p: Phrase): boolean {
  const i = p.tokenStart
  if (view.kind[i] === TokenKind.Latin) return true
  if (view.kind[i] !== TokenKind.Arabic) return false
  const w = view.norm[i]!
  if (hasArticle(w)) return false
  if (view.cls[i]! & (STOP | WordClass.Title | WordClass.Media | WordClass.ObjectNoun | WordClass.Institution)) return false
  return !view.cue[i]
}

/** True when a phrase after a reporting verb can be its subject (not its object: `أكد دعم بلاده`). */
export function isPlausibleSubject(view: WordView, p: Phrase, prep: string | null = null): boolean {
  const i = p.tokenStart
  if (view.kind[i] === TokenKind.Punct) return true // a quoted name
  if (view.cls[i]! & WordClass.ObjectNoun) return false
  const w = view.norm[i]!
  // `قال لي`, `قال له`: a preposition with a pronoun is whom the speaker told; a lone `بـ` is no one;
  // `قال للمحققين`: ل with the article is whom the speaker told.
  if (TOLD.has(w) || (w.length === 1 && 'بلكوف'.includes(w) && view.norm[i + 1] !== '.')) return false
  if (w.length > 4 && w.startsWith('لل') && !hasPerson(view, p)) return false
  // `أفاد بـ…`, `صرح بأن`: the verb's own preposition starts its complement, not its subject.
  if (prep === 'ب' && (w.startsWith('بال') || view.cls[i]! & WordClass.Complementizer)) return false
  // `علامات تفيد بحدوث عنف`, `أفاد بوقوع حادث`: ب + an event noun after such a verb is its complement.
  if (prep === 'ب' && EVENT_COMPLEMENT.test(w)) return false
  // An indefinite accusative (`دعما`, `تشديدا`) or a word with `ب` attached is an object or an adverb.
  if (w.startsWith('ب') && w.length > 4 && hasArticle(w)) return false
  if (isIndefiniteAccusative(w) && !view.named[i] && !(view.cls[i]! & (WordClass.Title | WordClass.Media | WordClass.Institution))) return false
  return !view.cue[i]
}

/** True when the entities layer found a person in the phrase (`للدكتور سعد بن عبدالله السبر`). */
function hasPerson(view: WordView, p: Phrase): boolean {
  for (let i = p.tokenStart; i < p.tokenEnd; i++) if (view.named[i] === Named.Person) return true
  return false
}

/** ب + a noun of an event, which follows `أفاد`, `تفيد` as what is reported (normalized). */
const EVENT_COMPLEMENT = /^ب(وقوع|حدوث|نشوب|وجود|وصول|عدم|حاله|سقوط|مقتل|اصابه|اندلاع|تعرض|ارتفاع|انخفاض|تسجيل|ضبط|القبض)$/

/** `لي`, `له`, `لنا`…: ل with a pronoun after a verb of saying is its addressee. */
export const TOLD = new Set(['لي', 'له', 'لها', 'لهم', 'لهما', 'لنا', 'لك', 'لكم', 'لهن'])

/** Emphatic words (the same …, … itself), normalized: `نفس المصدر`, `المصدر ذاته`, `ذات المسؤول`. */
const EMPHATICS = new Set(['نفس', 'ذات', 'نفسه', 'ذاته', 'نفسها', 'ذاتها', 'عينه', 'عينها', 'نفسهم', 'انفسهم'])

/**
 * Narrows a speaker phrase to the name in it: `وزير الخارجية الروسي سيرجي لافروف` → `سيرجي لافروف`,
 * `سيسيليا مالمستروم مفوضة التجارة` → `سيسيليا مالمستروم`. A phrase without a name stays whole
 * (`مصدر أمني`, `النائب العام المصري`).
 */
export function narrowToName(view: WordView, p: Phrase): Phrase {
  const { tokenStart: a, tokenEnd: b } = p
  if (b - a < 2) return p
  // `نفس المصدر`, `المصدر ذاته`: a phrase with an emphatic is a description, with no name in it.
  for (let i = a; i < b; i++) if (EMPHATICS.has(view.norm[i]!)) return p
  const titled = (i: number): boolean => hasArticle(view.norm[i]!) || (view.cls[i]! & (WordClass.Title | WordClass.Media | WordClass.Institution)) !== 0
  // `قائد نادي باريس سان جرمان الفرنسي لكرة القدم`, `قال السيسي لدفعة الكليات`: a word in ل is a
  // complement or an addressee, unless the entities layer found a person there (`ليلى`, `لافروف`).
  const plain = (i: number): boolean =>
    isWord(view, i) && !titled(i) && !(view.cls[i]! & STOP) && !(view.norm[i]!.startsWith('ل') && view.named[i] !== Named.Person)
  if (isNameLike(view, p)) {
    // `سيسيليا مالمستروم مفوضة التجارة`: the name, then its title.
    let e = a + 1
    while (e < b && plain(e)) e++
    return e < b && view.cls[e]! & WordClass.Title ? { tokenStart: a, tokenEnd: e } : p
  }
  // `وزير الخارجية الروسي سيرجي لافروف`: the name follows the last word of a definite title,
  // and runs to the phrase end (a surname may carry the article: `عادل الجبير`).
  if (!(view.cls[a]! & WordClass.Title) && !hasArticle(view.norm[a]!)) return p
  // `الشركة الوطنية لاستغلال …`: an institution's phrase ends in no person's name.
  if (view.cls[a]! & WordClass.Institution && !(view.cls[a]! & WordClass.Title)) return p
  // `مسؤول في مقر حكومة رئيس الوزراء عبد الله الثني`: the name there is not the speaker's.
  for (let i = a; i < b; i++) if (view.cls[i]! & WordClass.Prep) return p
  for (let k = b - 2; k >= a; k--) {
    if (!hasArticle(view.norm[k]!) || !plain(k + 1)) continue
    let e = k + 1
    while (e < b && plain(e)) e++
    while (e < b && hasArticle(view.norm[e]!) && !(view.cls[e]! & (WordClass.Title | WordClass.Institution))) e++
    return e === b ? { tokenStart: k + 1, tokenEnd: b } : p
  }
  return p
}

/**
 * The text span of a phrase, without a conjunction glued to its first word (`وصندوق` → `صندوق`)
 * nor the marks around a quoted name (`"ذي دايلي مايل"` → `ذي دايلي مايل`).
 */
export function phraseSpan(view: WordView, p: Phrase, quoteEnd: Int32Array): Span {
  let a = p.tokenStart
  let b = p.tokenEnd
  if (view.kind[a] === TokenKind.Punct && quoteEnd[a]! === b - 1) {
    a++
    b--
  }
  let start = view.start[a]!
  if (a === p.tokenStart) {
    const cut = conjunctionCut(view.norm[a]!)
    if (cut) start = textIndexAfterLetters(view, a, cut)
  }
  return [start, view.end[b - 1]!]
}

/** Text index `letters` normalized letters into token `i` (diacritics after them stay behind). */
export function textIndexAfterLetters(view: WordView, i: number, letters: number): number {
  const s = view.start[i]!
  const e = view.end[i]!
  let seen = 0
  for (let t = s; t < e; t++) {
    const c = view.text.charCodeAt(t)
    const isMark = (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x200b && c <= 0x200f)
    if (isMark) continue
    if (seen === letters) return t
    seen++
  }
  return e
}
