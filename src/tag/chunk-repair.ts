import { normalizeForMatch } from '../normalize/normalize.js'
import type { GazetteerMatches } from './ner/features.js'
import { TypeId } from './ner/tags.js'

/** A tagged chunk of a sentence: tokens `[tokenStart, tokenEnd)`, ANERcorp type id, proclitic code units cut from its first token. */
export interface TaggedChunk {
  readonly tokenStart: number
  readonly tokenEnd: number
  readonly type: number
  readonly cut?: number
  /** The type is sure from the context (a name an organisation noun quotes), over the gazetteer's. */
  readonly sure?: boolean
}

/** Token i of a sentence, normalized for matching; '' past the sentence's end. */
export type FormAt = (i: number) => string

const { PERS, LOC, ORG } = TypeId

/**
 * Honorifics and title words that the tagger glues onto a name (`سمو ولي العهد الأمير محمد`,
 * `محمد بن سلمان ولي ولي العهد`): never part of a person's name. Normalized for matching.
 */
const TITLE_WORDS = new Set(['سمو', 'السمو', 'فخامه', 'معالي', 'سعاده', 'صاحب', 'جلاله', 'دوله'].map(normalizeForMatch))

/** Verbs of the blessings said after a name (`رحمه الله`, `حفظه الله`), normalized. */
const BLESSINGS = new Set(['رحمه', 'رحمها', 'رحمهم', 'يرحمه', 'يرحمها', 'حفظه', 'حفظها', 'يحفظه', 'رعاه', 'يرعاه', 'ايده', 'رضي', 'تغمده'])

/** What may follow `ولي` for it to be the title: `ولي العهد`, `ولي عهد أبوظبي`, `ولي ولي العهد`. */
const AFTER_WALI = new Set(['العهد', 'عهد', 'عهده', 'ولي'])

/** A word as written and without the proclitics it may carry: `ولسمو` → ولسمو, لسمو, سمو. */
export function readings(w: string): string[] {
  const out = [w]
  const m = /^([وف]?[لبك]?)(..+)$/.exec(w)
  if (m && m[1]) {
    if (m[1].length === 2) out.push(w.slice(1))
    out.push(m[2]!)
  }
  return out
}

/** True when token i is `ولي` of the title `ولي العهد` (crown prince), `ولي عهد …`, `ولي ولي العهد` (deputy), behind any proclitics. */
function isWaliAt(form: FormAt, i: number): boolean {
  return i >= 0 && readings(form(i)).includes('ولي') && AFTER_WALI.has(form(i + 1))
}

/** True when token i is a word of the title `ولي العهد`: its `ولي`, or the `العهد`/`عهد` after one. */
function isCrownPrinceAt(form: FormAt, i: number): boolean {
  return isWaliAt(form, i) || (AFTER_WALI.has(form(i)) && isWaliAt(form, i - 1))
}

/** True when token i is a title word of a person, bare or behind its proclitics (`وسمو`, `ولسمو`, `وولي العهد`). */
function isPersonTitleAt(form: FormAt, i: number): boolean {
  return readings(form(i)).some((word) => TITLE_WORDS.has(word)) || isWaliAt(form, i)
}

/**
 * Mends two kinds of chunk the tagger gets wrong in news text, before chunks become mentions:
 *
 * - Two places or two people joined by `و` in one chunk (`مصر والسعودية`, `باريس ولندن`) are
 *   split where a name the gazetteer knows starts after the `و`, unless the gazetteer knows the
 *   whole chunk as one name (`البوسنة والهرسك`, `ترينيداد وتوباغو`). A name that merely starts with
 *   و (`هيذر ويلسون`, `بني وليد`) has no known name after the letter and stays whole. A place
 *   chunk is also split before the place it is in (`كيندرابارا بولاية أوريسا` → `كيندرابارا`,
 *   `ولاية أوريسا`).
 * - A person chunk is split around `و` with a nisba adjective (`نيمار والأوروغوياني لويس سواريز`:
 *   "Neymar and the Uruguayan Luis Suárez"), and title words at its edges (`سمو`, `ولي` of
 *   `ولي العهد`) are cut off. The words of `ولي العهد` are cut off a chunk of any type (`بولي العهد`
 *   tagged ORG). A chunk of titles alone is dropped.
 * - A currency or a kind of organisation alone is no entity (`اليورو` tagged LOC, `منظمة`), and `ذي`/`ذا` before a name joins it
 *   (`ذي دايلي ستار صنداي`).
 *
 * `form(i)` is token i of the sentence normalized for matching ('' past its end); `gaz` the sentence's gazetteer matches.
 */
export function repairChunks(chunks: readonly TaggedChunk[], form: FormAt, gaz: GazetteerMatches): TaggedChunk[] {
  const out: TaggedChunk[] = []
  for (const c of chunks) {
    for (const part of splitJoinedNames(c, form, gaz)) {
      const pieces = part.type === PERS ? splitAtNisba(part, form) : [part]
      for (const piece of pieces) {
        const trimmed = trimTitles(piece, part.type === PERS ? isPersonTitleAt : isCrownPrinceAt, form)
        const retyped = trimmed && retype(trimmed, form)
        if (retyped) out.push(retyped)
      }
    }
  }
  return joinArticle(out, form)
}

/** `ذي`, `ذا`: the English article written in Arabic letters, which belongs to the title after it. */
const THE = new Set(['ذي', 'ذا'])

/**
 * `ذي دايلي ستار صنداي`, `ذي تايمز`: the article joins the name after it, whether the tagger made it
 * a chunk of its own or left it out.
 */
function joinArticle(chunks: TaggedChunk[], form: FormAt): TaggedChunk[] {
  const out: TaggedChunk[] = []
  for (const c of chunks) {
    const prev = out[out.length - 1]
    if (prev && prev.tokenEnd === c.tokenStart && prev.tokenEnd - prev.tokenStart === 1 && THE.has(form(prev.tokenStart))) {
      out[out.length - 1] = { tokenStart: prev.tokenStart, tokenEnd: c.tokenEnd, type: c.type }
    } else if (c.tokenStart > 0 && !c.cut && THE.has(form(c.tokenStart - 1)) && (!prev || prev.tokenEnd < c.tokenStart)) {
      out.push({ tokenStart: c.tokenStart - 1, tokenEnd: c.tokenEnd, type: c.type })
    } else out.push(c)
  }
  return out
}

/** `بولاية`, `بمحافظة`, `لمدينة`: a preposition and a place designator, which start the larger place a place is in. */
const IN_PLACE = /^[بل](ولايه|محافظه|مدينه|اقليم|منطقه|مقاطعه|قريه|بلده|ضاحيه|جزيره|اماره|بلديه)$/

function splitJoinedNames(c: TaggedChunk, form: FormAt, gaz: GazetteerMatches): TaggedChunk[] {
  if (c.type !== PERS && c.type !== LOC) return [c]
  if (gaz.lengths[c.tokenStart]! >= c.tokenEnd - c.tokenStart) return [c] // the whole chunk is one known name
  const parts: TaggedChunk[] = []
  let start = c.tokenStart
  let cut = c.cut
  for (let i = c.tokenStart + 1; i < c.tokenEnd; i++) {
    const known = gaz.lengths[i]! > 0 && gaz.cuts[i]! >= 1 && form(i).startsWith('و') && i + gaz.lengths[i]! <= c.tokenEnd
    const within = c.type === LOC && IN_PLACE.test(form(i))
    if (!known && !within) continue
    parts.push(cut === undefined ? { tokenStart: start, tokenEnd: i, type: c.type } : { tokenStart: start, tokenEnd: i, type: c.type, cut })
    start = i
    cut = known ? gaz.cuts[i]! : 1
  }
  if (parts.length === 0) return [c]
  parts.push({ tokenStart: start, tokenEnd: c.tokenEnd, type: c.type, cut: cut! })
  return parts
}

/** `والأوروغوياني`, `والأرجنتيني`: "and the Uruguayan …", a nisba adjective after و, which starts a description, never part of a name. */
const AND_NISBA = /^وال..+ي$/

/** A person chunk split around a `و` + nisba token (`نيمار والأوروغوياني لويس سواريز` → نيمار, لويس سواريز), that token left out. */
function splitAtNisba(c: TaggedChunk, form: FormAt): TaggedChunk[] {
  const parts: TaggedChunk[] = []
  let start = c.tokenStart
  for (let i = c.tokenStart + 1; i < c.tokenEnd; i++) {
    if (!AND_NISBA.test(form(i))) continue
    if (i > start) parts.push(start === c.tokenStart ? { ...c, tokenEnd: i } : { tokenStart: start, tokenEnd: i, type: c.type })
    start = i + 1
  }
  if (start === c.tokenStart) return [c]
  if (start < c.tokenEnd) parts.push({ tokenStart: start, tokenEnd: c.tokenEnd, type: c.type })
  return parts
}

/** The chunk without the title words (`isTitle`) at its edges; null when nothing else is left. */
function trimTitles(c: TaggedChunk, isTitle: (form: FormAt, i: number) => boolean, form: FormAt): TaggedChunk | null {
  let start = c.tokenStart
  let end = c.tokenEnd
  for (;;) {
    if (start < end && isTitle(form, start)) start++
    // `آية الله علي خامنئي`: the two words of the title Ayatollah.
    else if (isTitle === isPersonTitleAt && end - start >= 2 && readings(form(start)).includes('ايه') && form(start + 1) === 'الله') start += 2
    else break
  }
  while (end > start && isTitle(form, end - 1)) end--
  // `الملك فيصل رحمه الله`: a blessing after a name is not part of it, and is no name alone.
  while (isTitle === isPersonTitleAt && end - start >= 2 && form(end - 1) === 'الله' && BLESSINGS.has(form(end - 2))) end -= 2
  if (start === end) return null
  if (start === c.tokenStart && end === c.tokenEnd) return c
  // A chunk that lost its first token loses the clitic reading that belonged to it.
  return start === c.tokenStart ? { ...c, tokenEnd: end } : { tokenStart: start, tokenEnd: end, type: c.type }
}

/** Currencies, which the tagger takes for places or organisations when they stand alone: `اليورو`, `الدولار`. Normalized. */
const CURRENCIES = new Set(['يورو', 'اليورو', 'دولار', 'الدولار', 'الين', 'اليوان', 'الروبل', 'الجنيه', 'الدينار', 'الدرهم', 'الليره', 'الروبيه', 'الفرنك', 'الشيكل', 'البيزو', 'الاسترليني', 'البيتكوين'])

/** Kinds of organisation, which name none alone (`منظمة` before a quoted name it did not take in). Normalized. */
const ORG_KINDS = new Set(['منظمه', 'منظمات', 'شركه', 'شركات', 'جامعه', 'حركه', 'حزب', 'مجموعه', 'جمعيه', 'مؤسسه', 'وكاله', 'صحيفه', 'قناه', 'هيئه', 'دار'])

/**
 * Adverbs in -يًا that open a paragraph or close a clause (`ميدانيا، قتل 30 شخصا`), which the tagger
 * takes for places like `سوريا` (normalized).
 */
const ADVERBS = new Set(['ميدانيا', 'محليا', 'دوليا', 'عربيا', 'اقليميا', 'عالميا', 'رسميا', 'سياسيا', 'عسكريا', 'اقتصاديا', 'امنيا', 'شعبيا', 'حاليا', 'مبدئيا', 'جزئيا', 'كليا', 'نسبيا', 'تاريخيا', 'رياضيا', 'فنيا', 'طبيا', 'ماليا', 'اعلاميا', 'قانونيا', 'داخليا', 'خارجيا', 'تقنيا', 'عمليا', 'شخصيا', 'يوميا', 'اسبوعيا', 'شهريا', 'سنويا'])

/** Words for armed or political groups, which no person's name starts with (normalized): `ميليشيا الحوثي`. */
const GROUP_HEADS = new Set(['ميليشيا', 'ميليشيات', 'مليشيا', 'مليشيات', 'جماعه', 'حركه', 'قوات', 'كتائب', 'تنظيم', 'فصائل', 'فصيل'])

/**
 * A currency (`اليورو` tagged LOC), a kind of organisation (`منظمة`) or an adverb (`ميدانيا`) alone
 * dropped; a person chunk that starts with a group word made an organisation (`ميليشيا الحوثي`).
 */
function retype(c: TaggedChunk, form: FormAt): TaggedChunk | null {
  if (c.tokenEnd - c.tokenStart === 1) return readings(form(c.tokenStart)).some((w) => CURRENCIES.has(w) || ORG_KINDS.has(w) || ADVERBS.has(w)) ? null : c
  if (c.type === PERS && readings(form(c.tokenStart)).some((w) => GROUP_HEADS.has(w))) return { ...c, type: ORG }
  return c
}
