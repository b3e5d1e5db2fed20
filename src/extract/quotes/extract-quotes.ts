import type { DocBuilder } from '../../core/doc.js'
import type { Quote, Source } from '../../core/record.js'
import { trimSpan, type Span } from '../../core/span.js'
import { TokenFlag, TokenKind } from '../../core/tokens.js'
import { findSources, type FoundSource } from './find-sources.js'
import { pairQuoteMarks, type QuotedSegment } from './pair-quote-marks.js'
import { warning } from '../../core/warning.js'
import {
  conjunctionCut, hasArticle, hasPronounSuffix, isNameLike, isPlausibleSubject, isVerbalNoun, isWord, narrowToName, phraseSpan, readPhrase,
  readPhraseBackward, textIndexAfterLetters, TOLD, type Phrase,
} from './read-phrase.js'
import { isTitleHead } from './title-heads.js'
import { WordClass } from './word-class.js'
import { buildWordView, Named, tokenAtOrAfter, type WordView } from './word-view.js'

/** What the quotes stage writes: SPEC `quotes` and `sources`, in text order. */
export interface QuotesAndSources {
  readonly quotes: Quote[]
  readonly sources: Source[]
}

/** How far back from a quote mark a reporting verb may stand in its sentence, in tokens. */
const CUE_LOOKBACK = 40
/** A verb this close before the quote wins over one right after it (`قال: "…"، بحسب …`). */
const NEAR_CUE = 8
/** Words from which a quote far from its verb still counts as speech rather than a scare quote. */
const LONG_QUOTE = 4
/** Words a quote after a bare colon needs to count as speech. */
const LONG_COLON_QUOTE = 8
/** Words a quote needs to count when no speaker can be found for it. */
const MIN_UNATTRIBUTED = 5
/** How far after a reporting verb its `أن` clause may start, in tokens (`قال مولود تشاوش أوغلو الاثنين في مؤتمر مشترك …، إن`). */
const COMPLEMENT_WINDOW = 22
/** How many sentences back a speaker carries over to `وأضاف: "…"`. */
const CARRY_SENTENCES = 6
/** A direct quote covering this share of a reported clause makes the clause a direct quote only. */
const DIRECT_SHARE = 0.5

/** Words before `أن` that make it a plain conjunction, not reported speech (`بعد أن`, `يجب أن`). */
const COMPLEMENT_BLOCKERS = new Set(['بعد', 'قبل', 'يجب', 'يمكن', 'ينبغي', 'لابد', 'منذ', 'دون', 'بدون', 'حتي', 'كي', 'لكي', 'رغم', 'برغم', 'بمجرد', 'ريثما', 'مجرد', 'بما', 'غير', 'الا', 'سوي', 'لو', 'كما', 'اذ', 'خصوصا', 'علما', 'يذكر', 'ويذكر', 'يستطيع', 'تستطيع', 'استطاع', 'يريد', 'تريد', 'اراد', 'ارادت', 'بعدما', 'المتوقع', 'المقرر', 'المنتظر', 'المفترض', 'الممكن', 'المرجح', 'المحتمل', 'الضروري', 'شان', 'وبعد', 'وقبل', 'عسي', 'يتوقع', 'تقرر', 'قرر', 'قررت', 'حاول', 'حاولت', 'يحاول', 'عليه', 'عليها', 'عليهم', 'لاسيما', 'سيما', 'خاصه', 'وخاصه', 'الله'])

/** Blessings set in quote marks after a ruler's name: `"حفظه الله"`, `«رعاه الله»`. */
const HONORIFIC = /^(حفظه|حفظها|حفظهم|رعاه|رعاها|يحفظه|يرعاه|أيده|ايده|رحمه|رحمها|رضي|عليه السلام|صلى)\s*(الله|عنه|عليه)?/

/** Negations before a verb: `لم تعلن أنها …` reports no speech. */
const NEGATIONS = new Set(['لم', 'لا', 'لن', 'ما', 'ولم', 'ولا', 'ولن', 'فلم', 'فلا', 'ليس'])

/** Tokens that end a reported clause at a comma before them (`…، مما يشير`, `…، بعد أن`). */
const SOURCE_START = /^(و?(بحسب|حسب|حسبما|وفقا|وفق|طبقا|نقلا))$/

interface Candidate {
  readonly span: Span
  readonly direct: boolean
  /** Token of the reporting word, or -1. */
  readonly cueToken: number
  readonly cueSpan: Span | null
  /** Token where the quote's words begin, for text order and carried-over speakers. */
  readonly anchor: number
  /** A speaker phrase known from the construction (a source after the quote, a name before a colon). */
  readonly speakerHint: Phrase | null
  /** The quote continues the previous speaker (`وتابع: "…" … "…"` or a quote opening its paragraph). */
  readonly carried: boolean
  /** Words in a direct quote (0 for reported speech). */
  readonly words?: number
}

/** A speaker decision, remembered for carried-over speakers (`وأضاف: "…"`). */
interface Resolved {
  readonly token: number
  readonly sentence: number
  readonly phrase: Phrase
}

/**
 * Finds the direct quotes, reported speech and cited sources of a document whose `sentences`
 * layer is written. Speakers are spans only (`entity: null`); `linkSpeaker` attaches entities
 * once an entities layer exists.
 */
export function extractQuotes(doc: DocBuilder, maxQuoteLength: number): QuotesAndSources {
  const sentences = doc.get('sentences')
  const view = buildWordView(doc, sentences)
  const segments = pairQuoteMarks(doc.text, maxQuoteLength)
  for (const q of segments) {
    // «قال: "نعم ... ¶» — the damage stays in its paragraph; the record says where it started.
    if (q.close < 0 && q.depth === 0) {
      doc.warn(warning('quotes/unclosed-quote', 'A quote mark opens here and never closes; the quote was cut at the end of its paragraph', [q.open, q.open + q.openLength]))
    }
  }
  const mentions = (doc.layers.entities ?? []).flatMap((e) => e.mentions)
  const found = new Extractor(view, segments, mentions).run()
  // `*نقلاً عن الاتحاد الإماراتية ** جميع المقالات…`: a boilerplate line credits the page, it cites no source for a fact.
  const boilerplate = (doc.layers.boilerplate ?? []).map((b) => b.span)
  if (boilerplate.length === 0) return found
  return { ...found, sources: found.sources.filter((s) => !boilerplate.some(([a, b]) => a <= s.span[0] && s.span[1] <= b)) }
}

class Extractor {
  readonly view: WordView
  readonly segments: QuotedSegment[]
  /** Opening-mark token → closing-mark token of a top-level quote (-1 elsewhere). */
  readonly quoteEnd: Int32Array
  readonly explicitCache = new Map<number, Phrase | null>()
  readonly sourceCues: FoundSource[] = []
  readonly resolved: Resolved[] = []
  /** Media that a verb cites as sources (`ذكرت وكالة …`), speakers of what follows in their sentence. */
  readonly sourceSpeakers: Resolved[] = []
  /** Verbs that framed a quote already (a later quote in the sentence may be theirs too). */
  readonly framedBy = new Set<number>()
  /** Closing-mark tokens of quotes read as names or titles. */
  readonly rejected = new Set<number>()

  /** The entities layer's mentions (text spans), when there is one. */
  readonly mentions: readonly Span[]
  /** The same as `start:end`: a quote holding exactly one is a name in quote marks (`فضيحة "كمبردج أناليتيكا"`). */
  readonly names: ReadonlySet<string>

  constructor(view: WordView, segments: QuotedSegment[], mentions: readonly Span[] = []) {
    this.view = view
    this.mentions = mentions
    this.names = new Set(mentions.map(([a, b]) => `${a}:${b}`))
    this.segments = topLevel(segments)
    this.quoteEnd = new Int32Array(view.count).fill(-1)
    for (const q of this.segments) {
      const o = tokenAtOrAfter(view, q.open)
      const endToken = q.close >= 0 ? tokenAtOrAfter(view, q.close) : tokenAtOrAfter(view, q.inner[1])
      if (q.close >= 0 && o < view.count) this.quoteEnd[o] = endToken
      for (let t = o + 1; t < endToken && t < view.count; t++) view.quoted[t] = 1
    }
  }

  run(): QuotesAndSources {
    const view = this.view
    this.sourceCues.push(...findSources(view, this.quoteEnd))
    const candidates: Candidate[] = []
    const directs: Candidate[] = []
    for (const q of this.segments) {
      const c = this.readDirect(q)
      if (c) directs.push(c)
    }
    candidates.push(...directs)
    for (const d of directs) {
      const r = this.coordinatedClause(d, directs)
      if (r) candidates.push(r)
    }
    const sources: Source[] = this.sourceCues.map((s) => ({ span: tuple(s.span), entity: null, cue: { span: tuple(s.cue) } }))
    for (let t = 0; t < view.count; t++) {
      const cue = view.cue[t]
      if (!cue || view.quoted[t] || view.sentence[t]! >= view.storySentences) continue
      const r = this.readReported(t, directs)
      if (r.source) sources.push(...r.source)
      if (r.quote) candidates.push(r.quote)
    }
    candidates.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1])
    const quotes: Quote[] = []
    for (const c of candidates) {
      const speaker = this.resolveSpeaker(c)
      // A short quote standing alone with nobody to say it is a heading or a slogan.
      if (c.carried && !speaker && (c.words ?? 0) < MIN_UNATTRIBUTED) continue
      quotes.push({
        span: [c.span[0], c.span[1]],
        direct: c.direct,
        speaker: { entity: null, span: speaker ? tuple(phraseSpan(view, this.speakerName(speaker), this.quoteEnd)) : null },
        cue: c.cueSpan ? { span: tuple(c.cueSpan) } : null,
      })
    }
    return { quotes: dedupeQuotes(quotes), sources: dedupeSources(sources) }
  }

  // ---------------------------------------------------------------- direct quotes

  /** Decides whether a pair of quote marks holds a quote, and finds its cue. */
  readDirect(q: QuotedSegment): Candidate | null {
    const view = this.view
    const span = trimSpan(view.text, q.inner)
    if (!span) return null
    const o = tokenAtOrAfter(view, q.open)
    const closeToken = q.close >= 0 ? tokenAtOrAfter(view, q.close) : -1
    const endToken = closeToken >= 0 ? closeToken : tokenAtOrAfter(view, q.inner[1])
    let words = 0
    for (let t = o + 1; t < endToken; t++) if (isWord(view, t) || view.kind[t] === TokenKind.Number) words++
    if (words === 0) return null
    if (HONORIFIC.test(view.text.slice(span[0], span[1]))) return null // وأشاد "حفظه الله" بـ…
    if (words <= 6 && this.names.has(`${span[0]}:${span[1]}`)) return this.reject(o)
    // What stands before the opening mark, looking past a glued one-letter proclitic (`بـ"…"`, `و"…"`).
    let prev = o - 1
    if (prev >= 0 && view.norm[prev] === 'ال') return this.reject(o) // الـ"سيتيزينس": a nickname
    if (prev >= 0 && view.kind[prev] === TokenKind.Arabic && view.norm[prev]!.length === 1) prev--
    const sentence = view.sentence[o]!
    if (sentence >= view.storySentences) return null // a quote in a byline or a "read also" link
    // `وتابع علم لـ«عكاظ»:`: a name after the preposition لـ is whom the speaker told.
    if (prev === o - 2 && view.norm[o - 1] === 'ل' && words <= 3) return this.reject(o)
    if (prev >= 0 && view.sentence[prev] === sentence) {
      // `صحيفتا "ذي دايلي مايل" و"دايلي تلغراف"`: a name joined to a rejected name.
      if (prev === o - 2 && view.norm[o - 1] === 'و' && this.rejected.has(prev)) return this.reject(o)
    }
    if (prev >= 0 && view.sentence[prev] === sentence && isWord(view, prev)) {
      // صحيفة "واشنطن بوست", فيلم "…", مصادر "سكاي نيوز عربية"
      // (but `منظمة "إرهابية"` is what someone called it: a lone adjective is no name).
      const adjective = words === 1 && /[^اوي](ي|يه|يين|يون)$/.test(view.norm[o + 1] ?? '')
      if (words <= 6 && !adjective && (isTitleHead(view.norm[prev]!) || view.cls[prev]! & (WordClass.Media | WordClass.Institution))) return this.reject(o)
      if (isSourceCueWord(view, prev)) return this.reject(o) // بحسب "رويترز"
      const next = closeToken >= 0 ? closeToken + 1 : -1
      if (words <= 4 && view.cue[prev] && next > 0 && next < view.count && (view.cls[next]! & (WordClass.Complementizer | WordClass.Relative) || view.norm[next] === 'و')) {
        return this.reject(o) // ذكرت "ذي دايلي مايل" التي رأت …: the medium's name, subject of the verb
      }
      // `عناصر "الخوذ البيضاء"`, `قوات "سوريا الديمقراطية"`: a short definite name completing a noun.
      if (words <= 3 && prev === o - 1 && !hasArticle(view.norm[prev]!) && hasArticle(view.norm[o + 1] ?? '') && !view.cue[prev]
        && !(view.cls[prev]! & (WordClass.Prep | WordClass.Particle | WordClass.Complementizer | WordClass.Time))) {
        return this.reject(o)
      }
      // `الجواد «ثندر سنو» لجودلفين`: a short indefinite name after a definite noun is that noun's
      // name (but `أن هذه الفرضية "محض هراء".` is what the speaker called it).
      const first = view.norm[o + 1] ?? ''
      const pointed = prev > 0 && (view.cls[prev - 1]! & (WordClass.Particle | WordClass.Complementizer)) !== 0
      const endsSentence = closeToken < 0 || closeToken + 1 >= view.count || view.sentence[closeToken + 1] !== sentence || /^[.!?؟]/.test(view.norm[closeToken + 1]!)
      if (words <= 3 && prev === o - 1 && hasArticle(view.norm[prev]!) && !view.cue[prev] && !(view.cls[prev]! & (WordClass.Prep | WordClass.Particle)) && !pointed && !endsSentence
        && isWord(view, o + 1) && !hasArticle(first) && !(view.cls[o + 1]! & (WordClass.Prep | WordClass.Particle | WordClass.Complementizer))) {
        return this.reject(o)
      }
    }
    const back = this.cueBefore(o)
    // `ما يسمى بـ"حق الاستخدام الشامل"` (the so-called …) and `دواء يسمى "…"` (a drug called …)
    // frame a name; `لما سماه "…"` (what he called …) is his words.
    if (back >= 0 && o - back <= 3 && view.cue[back]!.cue.lemma === 'سمى' && view.cue[back]!.cue.tense === 'present' && (view.norm[o - 1] === 'ب' || o - back === 1)) return this.reject(o)
    const after = closeToken >= 0 ? this.cueAfter(closeToken) : null
    const base = { span, direct: true, anchor: o + 1, words }
    // `من "جبهة النصرة"`, `في "غلوسيستر"`: a short name after a preposition that is not the verb's own
    // (`أشار إلى "تقدم كبير"` is a quote).
    if (words <= 2 && view.cls[o - 1]! & WordClass.Prep && !(back >= 0 && view.norm[o - 1] === view.cue[back]!.cue.prep)) return this.reject(o)
    if (back >= 0 && this.isNear(back, o)) return this.attributed(base, back)
    if (words === 1) return null // a one-word quote far from any verb is a term or a name: `ستعرض «معادن»`
    if (after) return { ...base, ...after }
    // A verb further back frames the quote only from inside its reported clause (`ذكر … أن قوات
    // ستدخل "خلال ساعات"`) or after a quote it already framed (`وأكد دعم "…" و"…"`).
    if (back >= 0 && (this.complementBetween(back, o) || this.framedBy.has(back))) return this.attributed(base, back)
    // A long quote is speech, not a scare quote: `وقال المستشار … خلال مؤتمر صحفي … "مصممون على …"`.
    if (back >= 0 && words >= LONG_QUOTE && view.cue[back]!.cue.tense !== 'noun') return this.attributed(base, back)
    // `حسب تعبيره "…"`, `بحسب الوزير "…"`: a source cue right before the quote.
    const before = this.sourceCues.find((s) => s.phrase.tokenEnd === o || (s.phrase.tokenEnd === o - 1 && /^[،,:]$/.test(view.norm[o - 1]!)))
    if (before && words >= 2) return { ...base, cueToken: -1, cueSpan: before.cue, speakerHint: isPronounNoun(view, before.phrase) ? null : before.phrase, carried: isPronounNoun(view, before.phrase) }
    const sentenceStart = this.sentenceStart(o)
    if (prev >= 0 && view.norm[o - 1] === ':' && words >= 2) {
      // `الوزير: "…"`, `وجاء في البيان: "…"`: a colon introduces the quote without a verb.
      const p = readPhraseBackward(view, o - 1, sentenceStart, this.quoteEnd)
      const hint = p && (p.tokenStart === sentenceStart || view.norm[p.tokenStart - 1] === 'في') ? p : null
      // Without a speaker before the colon (`ومن بينها: «…»`) only a long quote is speech.
      if (hint || words >= LONG_COLON_QUOTE) return { ...base, cueToken: -1, cueSpan: null, speakerHint: hint, carried: !hint }
      return null
    }
    // A quote that opens its sentence with no verb around it continues the last speaker's words.
    if ((o === sentenceStart || (o - 1 === sentenceStart && view.norm[o - 1] === 'و')) && words >= 3) {
      return { ...base, cueToken: -1, cueSpan: null, speakerHint: null, carried: true }
    }
    return null // a scare quote or a title
  }

  /**
   * The name in a speaker phrase (`narrowToName`), unless the words taken for the name after a title
   * hold no person the entities layer found: then a place or an organisation there keeps the phrase
   * whole, and words that do not look like a name leave the title alone (`وأبدى الوزير استعداد بلاده`
   * → `الوزير`, not `استعداد بلاده`).
   */
  speakerName(p: Phrase): Phrase {
    const view = this.view
    const n = narrowToName(view, p)
    if (n.tokenStart <= p.tokenStart || this.mentions.length === 0) return n
    let person = false
    let other = false
    for (let i = n.tokenStart; i < n.tokenEnd; i++) {
      if (view.named[i] === Named.Person) person = true
      else if (view.named[i] !== Named.None) other = true
    }
    if (person || (!other && isNameLike(view, n))) return n
    // `الدكتور عبدالله بانخر عضو هيئة التدريس بجامعة الملك عبدالعزيز`: the person right after the title.
    const titled = this.personAt(p.tokenStart + 1, p.tokenEnd)
    if (titled) return titled
    // `المرصد السوري لحقوق الإنسان`: a place or an organisation after a title is part of the title.
    return other ? p : { tokenStart: p.tokenStart, tokenEnd: n.tokenStart }
  }

  /** True when the verb at `c` stands close before token `o`, not counting its subject (`أكدت وزيرة الخارجية … تشوي سون هوي، "…"`). */
  isNear(c: number, o: number): boolean {
    if (o - c <= NEAR_CUE) return true
    const p = this.explicitSpeaker(c)
    return p !== null && p.tokenStart > c && o - p.tokenEnd <= 3
  }

  attributed(base: Pick<Candidate, 'span' | 'direct' | 'anchor'>, cue: number): Candidate {
    this.framedBy.add(cue)
    return { ...base, cueToken: cue, cueSpan: this.cueSpan(cue), speakerHint: null, carried: false }
  }

  /** True when a complementizer or a colon stands between the verb at `c` and token `o`. */
  complementBetween(c: number, o: number): boolean {
    const view = this.view
    for (let k = c + 1; k < o; k++) if (!view.quoted[k] && (view.cls[k]! & WordClass.Complementizer || view.norm[k] === ':')) return true
    return false
  }

  /** Records a quote read as a name or title (for a name joined to it: `"…" و"…"`) and returns null. */
  reject(o: number): null {
    const e = this.quoteEnd[o]!
    if (e >= 0) this.rejected.add(e)
    return null
  }

  /** The nearest reporting verb before token `o` in its sentence, outside other quotes; -1 if none. */
  cueBefore(o: number): number {
    const view = this.view
    const sentence = view.sentence[o]
    for (let j = o - 1; j >= 0 && o - j <= CUE_LOOKBACK && view.sentence[j] === sentence; j--) {
      if (view.quoted[j]) continue
      const cue = view.cue[j]
      if (!cue || !(cue.cue.say || cue.cue.frame)) continue
      if (cue.cue.ambiguous && !this.isRightBeforeMarker(j)) continue
      return j
    }
    return -1
  }

  /** A reporting verb or source cue right after a closing mark: `"…"، قال الوزير`, `"…"، بحسب البيان`. */
  cueAfter(closeToken: number): Pick<Candidate, 'cueToken' | 'cueSpan' | 'speakerHint' | 'carried'> | null {
    const view = this.view
    let k = closeToken + 1
    while (k < view.count && view.kind[k] === TokenKind.Punct && /^[،,\-–—]$/.test(view.norm[k]!)) k++
    if (k >= view.count || view.flags[k]! & TokenFlag.NewlineBefore) return null
    const cue = view.cue[k]
    if (cue && cue.cue.say && (cue.cue.tense === 'past' || cue.cue.tense === 'present') && !cue.cue.ambiguous) {
      // `"…"، قال إنه …` opens new speech rather than attributing the quote before it.
      const p = readPhrase(view, k + 1, this.sentenceEnd(k), this.quoteEnd)
      if (!this.isMarker(p ? p.tokenEnd : k + 1)) return { cueToken: k, cueSpan: this.cueSpan(k), speakerHint: null, carried: false }
      return null
    }
    const source = this.sourceCues.find((s) => s.cueToken === k)
    // `"…" على حد قوله`: the pronoun's speaker is the one carried over; the cue attributes the quote all the same.
    if (source) return { cueToken: -1, cueSpan: source.cue, speakerHint: isPronounNoun(view, source.phrase) ? null : source.phrase, carried: false }
    return null
  }

  /** True when token `j` stands right before `أن`, a colon or a quote mark (allowing its preposition). */
  isRightBeforeMarker(j: number): boolean {
    const view = this.view
    let k = j + 1
    // `وتابع الدبلوماسي الأميركي: "…"`: a subject may stand between.
    const p = readPhrase(view, k, Math.min(view.count, k + 10), this.quoteEnd)
    if (p && view.cue[j]!.cut > 0 && isPlausibleSubject(view, p)) k = p.tokenEnd
    const prep = view.cue[j]!.cue.prep
    if (k < view.count && prep && view.norm[k] === prep) k++
    if (k >= view.count) return false
    const w = view.norm[k]!
    return (view.cls[k]! & WordClass.Complementizer) !== 0 || w === ':' || this.quoteEnd[k]! >= 0 || (view.kind[k] === TokenKind.Punct && /["«“”]/.test(w))
  }

  cueSpan(t: number): Span {
    const view = this.view
    const cut = view.cue[t]?.cut ?? 0
    return [cut ? textIndexAfterLetters(view, t, cut) : view.start[t]!, view.end[t]!]
  }

  sentenceStart(t: number): number {
    return t < this.view.count ? this.view.sentenceFirst[t]! : this.view.count
  }

  sentenceEnd(t: number): number {
    return t < this.view.count ? this.view.sentenceEnd[t]! : this.view.count
  }

  // ---------------------------------------------------------------- reported speech and sources

  /** Reads the `أن` clause or unmarked speech after a reporting verb, or the source it cites. */
  readReported(c: number, directs: Candidate[]): { quote?: Candidate; source?: Source[] } {
    const view = this.view
    const cue = view.cue[c]!.cue
    if (cue.frame && !cue.say) return {}
    // `لم تعلن أنها …` reports nothing, nor does `سوى أن تصف السباق بأنه …` (a verb after أن).
    if (c > 0 && (NEGATIONS.has(view.norm[c - 1]!) || view.norm[c - 1] === 'ان')) return {}
    if (cue.tense === 'noun' && !view.norm[c]!.slice(view.cue[c]!.cut).startsWith('قول')) return {}
    const end = this.sentenceEnd(c)
    const limit = Math.min(end, c + COMPLEMENT_WINDOW)
    const embedded = c > 0 && (view.cls[c - 1]! & WordClass.Relative) !== 0
    let comp = -1
    let colon = -1
    for (let j = c + 1; j < limit; j++) {
      // A name in quote marks (`قال مصدر أمني لـ"الجوهرة أف أم" إن …`) is passed over.
      if (this.quoteEnd[j]! >= 0 && this.rejected.has(this.quoteEnd[j]!)) {
        j = this.quoteEnd[j]!
        continue
      }
      if (view.quoted[j] || this.quoteEnd[j]! >= 0) break
      const w = view.norm[j]!
      if (view.kind[j] === TokenKind.Punct) {
        if (w === ':') {
          colon = j
          break
        }
        if (/^[.!?؟…;؛]/.test(w)) break
        if (/["«»“”]/.test(w)) break
        if (embedded && (w === '،' || w === ',')) break // a relative clause ends at its comma
        continue
      }
      if (view.cls[j]! & WordClass.Complementizer) {
        if (this.isComplementOf(c, j)) comp = j
        break
      }
      const other = view.cue[j]
      // `قال صندوق النقد الدولي، الذي يتوقع نموا …، إن …`: a verb inside a relative clause is not a new report.
      if (other && !other.cue.ambiguous && (other.cue.say || other.cue.report) && j > c + 1 && !(view.cls[j - 1]! & WordClass.Relative)) break
    }
    if (cue.ambiguous && !(comp === c + 1 || colon === c + 1 || (comp === c + 2 && cue.prep && view.norm[c + 1] === cue.prep))) return {}
    // The source reading: `ذكرت وكالة الأنباء …`, `أفادت مصادر …`, `نقلت وكالة الأناضول …`.
    const explicit = this.explicitSpeaker(c)
    if (explicit && (cue.report || cue.source) && cue.tense !== 'noun') {
      const isMedia = isMediaHead(view, explicit.tokenStart)
      const reports = comp >= 0 || colon >= 0 || this.quoteAhead(c, limit) || (cue.prep !== null && view.norm[explicit.tokenEnd] === cue.prep)
      if ((cue.source && (isMedia || cue.lemma === 'أفاد')) || (isMedia && reports)) {
        // The medium still speaks for what follows: `وذكرت الوكالة أن … وأضافت أن …`.
        this.sourceSpeakers.push({ token: c, sentence: view.sentence[c]!, phrase: explicit })
        return { source: this.mediaSources(explicit, c) }
      }
    }
    if (!cue.say) return {}
    let from = -1
    let cutLetters = 0
    if (comp >= 0) {
      from = comp
      const w = view.norm[comp]!
      if (w.startsWith('ب') || w.startsWith('و')) cutLetters = 1
    } else if (colon >= 0 && colon + 1 < end && !view.quoted[colon + 1] && this.quoteEnd[colon + 1]! < 0 && isWord(view, colon + 1)) {
      from = colon + 1
      if (view.cls[from]! & WordClass.Complementizer) {
        const w = view.norm[from]!
        if (w.startsWith('ب') || w.startsWith('و')) cutLetters = 1
      }
    }
    if (from < 0) return {}
    const clauseEnd = colon >= 0 && comp < 0 && !(view.cls[from]! & WordClass.Complementizer) ? end : this.clauseEnd(from, end)
    const start = cutLetters ? textIndexAfterLetters(view, from, cutLetters) : view.start[from]!
    const span = trimSpan(view.text, [start, view.end[clauseEnd - 1]!])
    if (!span) return {}
    // A quote right after `أن`, ending the clause or covering most of it makes the clause a direct
    // quote only: `قال إنه أمر "غير محتمل"` is one quote, `قال إنه شعر "بشيء ثوري" في الأجواء` two.
    let covered = 0
    for (const d of directs) {
      if (d.span[0] >= span[0] && d.span[1] <= span[1] + 1) {
        covered += d.span[1] - d.span[0]
        if (d.anchor - 1 === from + 1) return {}
        if (!/[\p{L}\p{N}]/u.test(view.text.slice(d.span[1], span[1]))) return {}
      }
    }
    if (covered / (span[1] - span[0]) >= DIRECT_SHARE) return {}
    return { quote: { span, direct: false, cueToken: c, cueSpan: this.cueSpan(c), anchor: from, speakerHint: null, carried: false } }
  }

  /**
   * A second reported clause joined to a quote: `واصفا المبيد بأنه "آمن" وأنه لم يعثر له على أثر`
   * gives the quote `آمن` and the reported clause `أنه لم يعثر …`, with the same cue.
   */
  coordinatedClause(d: Candidate, directs: Candidate[]): Candidate | null {
    const view = this.view
    if (d.cueToken < 0 || !view.cue[d.cueToken]!.cue.say) return null
    const close = this.quoteEnd[d.anchor - 1]!
    if (close < 0) return null
    const j = close + 1
    if (j >= view.count || !(view.cls[j]! & WordClass.Complementizer) || !view.norm[j]!.startsWith('و')) return null
    const end = this.sentenceEnd(j)
    const clauseEnd = this.clauseEnd(j, end)
    const span = trimSpan(view.text, [textIndexAfterLetters(view, j, 1), view.end[clauseEnd - 1]!])
    if (!span) return null
    for (const o of directs) if (o.span[0] >= span[0] && o.span[1] <= span[1] + 1 && !/[\p{L}\p{N}]/u.test(view.text.slice(o.span[1], span[1]))) return null
    return { span, direct: false, cueToken: d.cueToken, cueSpan: d.cueSpan, anchor: j, speakerHint: null, carried: false }
  }

  /** True when a quote mark opens within the verb's window (`قالت الوكالة: "…"`, `ذكرت صحيفة X أن "…"`). */
  quoteAhead(c: number, limit: number): boolean {
    for (let j = c + 1; j < limit; j++) if (this.quoteEnd[j]! >= 0 || this.view.quoted[j]) return true
    return false
  }

  /** Whether the complementizer at `j` reports the speech of the verb at `c` (not `بعد أن`, not `إلى أن` = until). */
  isComplementOf(c: number, j: number): boolean {
    const view = this.view
    if (view.norm[j]!.startsWith('ل')) return false // لأن: because
    if (j === c + 1) return true
    const before = view.norm[j - 1]!
    if (COMPLEMENT_BLOCKERS.has(before) || view.cls[j - 1]! & WordClass.ObjectNoun) return false // `لفت إلى أهمية أن …`
    if (view.cls[j - 1]! & WordClass.Prep && view.kind[j - 1] === TokenKind.Arabic) {
      const prep = view.cue[c]!.cue.prep
      return before === prep || before === 'في' || (before === 'علي' && prep === null) || (before === 'من' && view.cue[c]!.cue.lemma === 'حذر')
    }
    return true
  }

  /**
   * Where a reported clause ends: at the sentence end, or at a comma that opens another clause
   * (`…، مشيرا إلى`, `…، بعد أن`, `…، وأضاف`, `…، بحسب`), or at `وأضاف` with no comma.
   */
  clauseEnd(from: number, end: number): number {
    const view = this.view
    for (let k = from + 1; k < end; k++) {
      if (view.quoted[k]) continue
      const w = view.norm[k]!
      if (view.kind[k] === TokenKind.Punct) {
        if (w === ':' || w === '؛' || w === ';') return k
        if ((w === '،' || w === ',') && k + 1 < end && this.opensClause(k + 1)) return k
        continue
      }
      const cue = view.cue[k]
      if (!cue || cue.cue.ambiguous || !(cue.cue.say || cue.cue.report) || cue.cue.tense === 'noun' || k <= from + 2) continue
      if (cue.cut === 1) return k // `… وأضاف`
      // `… الذي تعتبره تركيا منظمة "إرهابية"`: a relative clause with a speaker of its own.
      if (view.cls[k - 1]! & WordClass.Relative && readPhrase(view, k + 1, end, this.quoteEnd)) return k - 1
    }
    return end
  }

  opensClause(k: number): boolean {
    const view = this.view
    const w = view.norm[k]!
    if (view.cls[k]! & WordClass.ClauseStart) return true
    const cue = view.cue[k]
    if (cue && !cue.cue.ambiguous && cue.cue.tense !== 'noun') return true
    if (SOURCE_START.test(w)) return true
    return w === 'بعد' || w === 'قبل' || w === 'الا' || w === 'لكن'
  }

  /** Sources named by a reporting verb with a media subject; quoted names become sources of their own. */
  mediaSources(p: Phrase, c: number): Source[] {
    const view = this.view
    const cue = { span: tuple(this.cueSpan(c)) }
    const names: Source[] = []
    for (let t = p.tokenStart; t < p.tokenEnd; t++) {
      const e = this.quoteEnd[t]!
      if (e > t && e <= p.tokenEnd) {
        const span = trimSpan(view.text, [view.end[t]!, view.start[e]!])
        if (span) names.push({ span: tuple(span), entity: null, cue })
        t = e
      }
    }
    if (names.length) return names
    return [{ span: tuple(phraseSpan(view, p, this.quoteEnd)), entity: null, cue }]
  }

  // ---------------------------------------------------------------- speakers

  /**
   * The speaker phrase written with the verb at `c`: after it (`قال لافروف`), before it
   * (`أردوغان قال`, `"ذي دايلي مايل" التي رأت`), or after `عن` for `نقلت … عن أردوغان قوله`.
   * Null when the verb's subject is left implicit (`وأضاف: "…"`, `مشيرا إلى أن …`).
   */
  explicitSpeaker(c: number): Phrase | null {
    if (this.explicitCache.has(c)) return this.explicitCache.get(c)!
    const p = this.findExplicitSpeaker(c)
    this.explicitCache.set(c, p)
    return p
  }

  findExplicitSpeaker(c: number): Phrase | null {
    const view = this.view
    const cue = view.cue[c]!.cue
    const start = this.sentenceStart(c)
    const end = this.sentenceEnd(c)
    if (cue.tense === 'participle') return null
    if (cue.tense === 'noun') {
      // `نقلت وسائل الإعلام التركية عن أردوغان قوله`
      for (let k = c - 1; k >= start && c - k <= 8; k--) {
        if (view.norm[k] === 'عن') return readPhrase(view, k + 1, c, this.quoteEnd)
      }
      return null
    }
    // `وقال، جيسي ويلر، كبير مهندسي …، إن`: a comma may stand right after the verb.
    let first = c + 1 < end && /^[،,]$/.test(view.norm[c + 1]!) ? c + 2 : c + 1
    // `وقال له الوزير إن …`: the addressee stands between the verb and its subject; `في وقت أشارت فيه
    // المتحدثة`: so does the pronoun that takes the relative clause back to its noun.
    if (first + 1 < end && (TOLD.has(view.norm[first]!) || RESUMPTIVES.has(view.norm[first]!))) first++
    // `أوضح ذلك المدير العام …`: the demonstrative is the verb's object and a person's title follows
    // as the subject; `اعتبر هذا الادعاء «…»`: with another noun it is the object noun phrase itself.
    if (first + 1 < end && DEMONSTRATIVE_OBJECTS.has(view.norm[first]!)) {
      if (!(view.cls[first + 1]! & WordClass.Title)) return null
      first++
    }
    const after = readPhrase(view, first, Math.min(end, first + 25), this.quoteEnd)
    // `وأكد حرصه على …`: a noun with a pronoun right after the verb is its object; the subject is in the verb.
    if (after && isPronounNoun(view, after)) return null
    if (after && !isPlausibleSubject(view, after, cue.prep)) return null
    if (after) return this.nameAfterPlace(after, end) ?? this.pickApposition(after, end)
    // `سيرجي لافروف، الذي أشاد …`, `"ذي دايلي مايل" التي رأت …`: the relative's antecedent.
    const before = c - 1
    if (before < start) return null
    // `لما سماه "…"`, `بما وصفه`: ما is "what", a relative with no antecedent; the speaker is the clause's subject.
    if (FREE_RELATIVES.has(view.norm[before]!)) return null
    if (view.cls[before]! & WordClass.Relative) {
      let k = before
      if (k - 1 >= start && /^[،,]$/.test(view.norm[k - 1]!)) k--
      return readPhraseBackward(view, k, start, this.quoteEnd)
    }
    // A verb joined by `و` shares the subject of the clause before it (`ورحب نتانياهو … وقال …`).
    if (view.cue[c]!.cut > 0) return null
    // Subject before the verb: `لكن شركة توماس كوك السياحية قالت في وقت سابق إن …`.
    if (isWord(view, before) && !(view.cls[before]! & (WordClass.Prep | WordClass.Particle | WordClass.Complementizer | WordClass.Time | WordClass.ClauseStart))) {
      const p = readPhraseBackward(view, c, start, this.quoteEnd)
      return p && p.tokenStart <= before ? p : null
    }
    if (/^[،,]$/.test(view.norm[before]!)) return this.subjectBeforeCommas(before, start)
    // `وكان تقرير لموقع "ستار ريبورت" كشف أن …`: a subject ending in a quoted name.
    if (view.kind[before] === TokenKind.Punct && !view.quoted[before] && view.quoted[before - 1]) return readPhraseBackward(view, c, start, this.quoteEnd)
    return null
  }

  /**
   * `المتحدث باسم قوات التحالف في اليمن تركي المالكي إن …`, `مدير مكتب الصحة في محافظة تعز الدكتور
   * عبدالرحيم السامعي أن …`: a title phrase cut at في, then a place, then a person's name right before
   * what the verb says. The person is the speaker. Only after a place (or an honorific after one):
   * in `مسؤول في مكتب رئيس الوزراء عبد الله الثني` the name is the prime minister's, not the speaker's.
   */
  nameAfterPlace(title: Phrase, end: number): Phrase | null {
    const view = this.view
    const j = title.tokenEnd
    if (!(view.cls[title.tokenStart]! & WordClass.Title) || (view.norm[j] !== 'في' && view.norm[j] !== 'من')) return null
    // `في اليمن`, `في محافظة تعز`: a place after في, its designator perhaps left out of the mention.
    let k = j + 1
    if (view.named[k] !== Named.Place && view.named[k + 1] === Named.Place) k++
    if (view.named[k] !== Named.Place) return null
    while (k < end && k - j <= 5 && view.named[k] === Named.Place) k++
    if (k < end && HONORIFICS.has(view.norm[k]!)) k++
    const person = this.personAt(k, end)
    return person && (this.isMarker(person.tokenEnd) || /^[،,]$/.test(view.norm[person.tokenEnd] ?? '')) ? person : null
  }

  /** The run of tokens from `k` (before `limit`) inside a person's mention, or null when `k` is in none. */
  personAt(k: number, limit: number): Phrase | null {
    const named = this.view.named
    if (k >= limit || named[k] !== Named.Person) return null
    let e = k + 1
    while (e < limit && named[e] === Named.Person) e++
    return { tokenStart: k, tokenEnd: e }
  }

  /**
   * The subject of a verb that follows comma-separated chunks: `وولفجانج شويبله، وزير المالية
   * الألماني، يقول` (a name and its apposition) or `إن المسؤولين الروس، خلال اجتماعهم مع تشوي،
   * أعربوا` (the subject, then an adjunct). `comma` is the token right before the verb.
   */
  subjectBeforeCommas(comma: number, start: number): Phrase | null {
    const view = this.view
    const chunks: Phrase[] = []
    let k = comma
    for (let steps = 0; steps < 4 && k > start && /^[،,]$/.test(view.norm[k]!); steps++) {
      // The chunk between the previous comma (or the sentence start) and this one.
      let s = k - 1
      while (s > start && !/^[،,]$/.test(view.norm[s - 1]!)) s--
      if (view.cls[s]! & (WordClass.Prep | WordClass.Time | WordClass.ClauseStart | WordClass.Particle)) {
        k = s - 1 // an adjunct: `خلال اجتماعهم مع تشوي`
        continue
      }
      const p = readPhraseBackward(view, k, s, this.quoteEnd)
      if (!p) break
      if (p.tokenStart === s) {
        chunks.unshift(p)
        k = s - 1
        continue
      }
      // The subject may follow a complementizer (`إن المسؤولين الروس`); then it is the first chunk.
      if (view.cls[p.tokenStart - 1]! & WordClass.Complementizer) chunks.unshift(p)
      break
    }
    return chunks.find((p) => isNameLike(view, p)) ?? chunks[0] ?? null
  }

  /** Among a subject and its appositions (`الرئيس التركي، رجب طيب أردوغان، الجمعة، أن`), the one that names. */
  pickApposition(first: Phrase, end: number): Phrase {
    const view = this.view
    if (isNameLike(view, first)) return first
    const cands: Phrase[] = [first]
    let j = first.tokenEnd
    // Walk the comma-separated chunks after the subject: a phrase ending at a comma, an adjunct or the
    // verb's complement is an apposition; an adjunct (`في جنيف`) or a description (`المعين مدير مركز
    // …`) is passed over; anything else (the verb's object) ends the walk.
    const titled = (p: Phrase): boolean => (view.cls[p.tokenStart]! & WordClass.Title) !== 0
    const ends = (p: Phrase): boolean => {
      const t = p.tokenEnd
      if (/^[،,]$/.test(view.norm[t] ?? '') || this.isMarker(t)) return true
      // `…، العقيد خميس بن علي في تصريح …`: a titled name may run into an adjunct.
      return titled(p) && (view.cls[t]! & (WordClass.Prep | WordClass.Time)) !== 0
    }
    for (let steps = 0; steps < 4 && j < end && /^[،,]$/.test(view.norm[j]!); steps++) {
      const s = j + 1
      if (s >= end || this.isMarker(s)) break
      const p = readPhrase(view, s, end, this.quoteEnd)
      if (p && ends(p)) {
        cands.push(p)
        j = p.tokenEnd
        while (j < end && !/^[،,]$/.test(view.norm[j]!) && !this.isMarker(j) && j - s < 16) j++
        continue
      }
      const described = hasArticle(view.norm[s]!) || (view.cls[s]! & (WordClass.Prep | WordClass.Time | WordClass.Title)) !== 0
      if (!described) break
      j = s
      while (j < end && j - s < 14 && !/^[،,]$/.test(view.norm[j]!) && !this.isMarker(j)) j++
    }
    // A bare name first; else the last title that carries a name (`…، العقيد خميس بن علي`); else the subject.
    const named = cands.find((p) => isNameLike(view, p))
    if (named) return named
    for (let k = cands.length - 1; k > 0; k--) if (narrowToName(view, cands[k]!) !== cands[k]) return cands[k]!
    return first
  }

  /** True at a token that starts what a reporting verb says: `أن`, a colon, a quote mark, another verb. */
  isMarker(j: number): boolean {
    const view = this.view
    if (j >= view.count) return true
    if (view.cls[j]! & WordClass.Complementizer || view.norm[j] === ':' || this.quoteEnd[j]! >= 0 || view.quoted[j]) return true
    const cue = view.cue[j]
    return cue != null && !cue.cue.ambiguous
  }

  /**
   * The speaker of a candidate quote: the one written with its verb, else the subject of its
   * sentence or of an earlier quote in it (`وأشار تشوي … وأكد …`), else the last speaker (`وأضاف: "…"`).
   */
  resolveSpeaker(c: Candidate): Phrase | null {
    const view = this.view
    const anchor = c.cueToken >= 0 ? c.cueToken : c.anchor
    const sentence = view.sentence[Math.min(anchor, view.count - 1)]!
    let p: Phrase | null = c.speakerHint
    if (!p && c.cueToken >= 0) p = this.explicitSpeaker(c.cueToken)
    // A verb without its subject, or a pronoun for a source after the quote (`"…" حسب تعبيره`): the
    // sentence's speaker.
    if (!p && !c.carried) {
      const start = this.sentenceStart(anchor)
      const earlier = [...this.resolved, ...this.sourceSpeakers].filter((r) => r.sentence === sentence && r.token < anchor).sort((a, b) => a.token - b.token).pop()
      // `…، وذلك بحسب ما أكد متحدث باسم الدفاع المدني، مشيرا إلى أن …`: a participle right after a
      // source continues the source's words.
      const source = c.cueToken >= 0 && view.cue[c.cueToken]!.cue.tense === 'participle'
        ? this.sourceCues.find((s) => s.phrase.tokenEnd === c.cueToken - 1 && /^[،,]$/.test(view.norm[c.cueToken - 1]!) && view.cls[s.phrase.tokenStart]! & WordClass.Title)
        : undefined
      const last = this.resolved[this.resolved.length - 1]
      if (source) p = source.phrase
      else if (earlier) p = earlier.phrase
      // The pronoun's speaker is most often the last one named (`…"، حسب قوله`).
      else if (c.cueToken < 0 && last && sentence - last.sentence <= CARRY_SENTENCES) p = last.phrase
      else if (anchor > start + 1 || (anchor === start + 1 && view.kind[start] !== TokenKind.Punct)) p = this.sentenceSubject(start, anchor)
    }
    if (!p) {
      const last = this.resolved[this.resolved.length - 1]
      if (last && sentence - last.sentence <= CARRY_SENTENCES) p = last.phrase
    }
    if (p) this.resolved.push({ token: anchor, sentence, phrase: p })
    return p
  }

  /**
   * Guesses the subject of the sentence starting at `start`, before token `limit`: the phrase after a
   * leading verb (`وطلب بوتين من …`) or the phrase that opens it (`أنقرة تقول …`).
   */
  sentenceSubject(start: number, limit: number): Phrase | null {
    const view = this.view
    let i = start
    while (i < limit && view.kind[i] === TokenKind.Punct) i++
    if (i < limit && view.cls[i]! & WordClass.Particle) i++
    if (i < limit && view.cls[i]! & (WordClass.Prep | WordClass.Time | WordClass.ClauseStart)) {
      // `وفي الشهر الماضي، اقترح كيم …`: skip the opening adjunct up to its comma.
      let k = i
      while (k < limit && k - i < 12 && !/^[،,]$/.test(view.norm[k]!)) k++
      if (k >= limit || k - i >= 12) return null
      i = k + 1
    }
    if (i >= limit || !isWord(view, i)) return null
    const w = view.norm[i]!
    if (hasArticle(w.slice(conjunctionCut(w))) || view.cls[i]! & (WordClass.Title | WordClass.Media)) return readPhrase(view, i, limit, this.quoteEnd)
    // `وتعزيز التنمية الشاملة …، مشيرا إلى أن`: a verbal noun opens the sentence, not a verb with its subject.
    if (isVerbalNoun(w.slice(conjunctionCut(w)))) return null
    const after = readPhrase(view, i + 1, limit, this.quoteEnd)
    // `واختتم حديثه قائلاً`: the verb's object, with the subject in the verb.
    if (after && isPlausibleSubject(view, after) && !isPronounNoun(view, after)) return after
    return null
  }
}


/** `ما` with or without a preposition: "what …", whose verb has no antecedent before it. */
const FREE_RELATIVES = new Set(['ما', 'لما', 'بما', 'مما', 'فيما', 'كما', 'عما'])

/** Honorifics before a name that belong to it (normalized): `الدكتور عبدالرحيم السامعي`. */
const HONORIFICS = new Set(['الدكتور', 'الدكتوره', 'المهندس', 'الشيخ', 'الاستاذ', 'اللواء', 'العميد', 'العقيد', 'المقدم', 'الرائد', 'النقيب', 'السيد', 'السيده'])

/** Pronouns of a relative clause that stand between its verb and subject: `في وقت أشارت فيه المتحدثة`. */
const RESUMPTIVES = new Set(['فيه', 'فيها', 'عنه', 'عنها'])

/** Demonstratives a reporting verb takes as its object before its subject: `أعلن ذلك الوزير`. */
const DEMONSTRATIVE_OBJECTS = new Set(['ذلك', 'هذا', 'هذه', 'ذاك'])

/**
 * True for a one-word phrase that is a noun with a pronoun (`تعبيره`, `قوله`, `تأكيده`), not a name the
 * entities layer found: a possessive, never a speaker; its speaker is carried over.
 */
function isPronounNoun(view: WordView, p: Phrase): boolean {
  const i = p.tokenStart
  return p.tokenEnd - i === 1 && !view.named[i] && !hasArticle(view.norm[i]!) && hasPronounSuffix(view, i)
}

/** Agencies that are not news agencies: `وكالة الطاقة الدولية`, `وكالة الفضاء`. */
const NON_MEDIA_AGENCIES = /^(الطاقه|الفضاء|المخابرات|الاستخبارات|الغوث|التنميه|الامن|الحمايه|البيئه|الطيران|الادويه|الاغاثه|التصنيف|ناسا)$/

/** True when a phrase head is a medium or document cited as a source (`وكالة الأنباء`, `الصحف`, a quoted name). */
function isMediaHead(view: WordView, head: number): boolean {
  if (view.kind[head] === TokenKind.Punct) return true
  if (!(view.cls[head]! & WordClass.Media)) return false
  return !(/^(ال)?وكاله$/.test(view.norm[head]!) && NON_MEDIA_AGENCIES.test(view.norm[head + 1] ?? ''))
}

/** Keeps top-level quotes; an unclosed quote that swallowed closed ones gives way to them. */
function topLevel(segments: QuotedSegment[]): QuotedSegment[] {
  const out: QuotedSegment[] = []
  for (let i = 0; i < segments.length; i++) {
    const q = segments[i]!
    if (q.depth > 0) continue
    if (q.close < 0) {
      const inner = segments.filter((r) => r !== q && r.depth === 1 && r.open >= q.inner[0] && r.open < q.inner[1])
      if (inner.some((r) => r.close >= 0)) {
        for (const r of inner) r.depth = 0
        continue
      }
    }
    out.push(q)
  }
  return out
}

/** True when token `t` ends a source cue (`بحسب`, `لـ` after `وفقا`), so a quote after it is the source's name. */
function isSourceCueWord(view: WordView, t: number): boolean {
  const w = view.norm[t]!.replace(/^و/, '')
  if (w === 'بحسب' || w === 'حسب' || w === 'وفق' || w === 'نقلا') return true
  return (w === 'ل' || w === 'عن') && t > 0 && /^و?(وفقا|طبقا|نقلا)$/.test(view.norm[t - 1]!)
}

/** A span as the record's mutable pair. */
function tuple(s: Span): [number, number] {
  return [s[0], s[1]]
}

/** Removes exact duplicates (a clause found by two cues). */
function dedupeQuotes(quotes: Quote[]): Quote[] {
  const seen = new Set<string>()
  return quotes.filter((q) => {
    const key = `${q.span[0]}:${q.span[1]}:${q.direct}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Keeps the first of overlapping sources, in text order. */
function dedupeSources(sources: Source[]): Source[] {
  sources.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1])
  const out: Source[] = []
  for (const s of sources) {
    const last = out[out.length - 1]
    if (last && s.span[0] < last.span[1]) continue
    out.push(s)
  }
  return out
}
