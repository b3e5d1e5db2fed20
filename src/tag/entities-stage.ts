import type { DocBuilder } from '../core/doc.js'
import { trimSpan, type Span } from '../core/span.js'
import type { Stage } from '../core/stage.js'
import { TokenFlag, TokenKind } from '../core/tokens.js'
import { readings, repairChunks, type FormAt, type TaggedChunk } from './chunk-repair.js'
import { groupMentions, type Mention } from './entities.js'
import { loadNameIndex, type EntityType, type NameIndex } from './gazetteer.js'
import { GazBit, Stat, type FeatureExtractor, type GazetteerMatches, type WordProfile } from './ner/features.js'
import { loadNerModel } from './ner/load-model.js'
import { chunksOf, TypeId } from './ner/tags.js'
import { normalizeForMatch } from '../normalize/normalize.js'
import { NerTagger, type NerModel } from './ner/tagger.js'

/** ANERcorp type ids (PERS, LOC, ORG, MISC) to record types; MISC is not a record entity. */
const RECORD_TYPE: readonly (EntityType | null)[] = ['PER', 'LOC', 'ORG', null]

/** Longest run of tokens tagged as one sequence when no sentence or line ends it. */
const MAX_SEGMENT_TOKENS = 300

export interface EntitiesStageOptions {
  /** The tagger's model; the shipped `models/ner.bin` when absent (loaded on first use). */
  readonly model?: NerModel
  /** Known names for `latin` and grouping; `data/gazetteers` when absent, null for none. */
  readonly names?: NameIndex | null
}

/**
 * Splits the document's tokens into sequences to tag: story sentences, and the lines outside them
 * (dateline, byline, boilerplate), which may name people and agencies too.
 */
function segments(doc: DocBuilder): number[][] {
  const { tokens } = doc
  const sentences = doc.get('sentences')
  const out: number[][] = []
  let current: number[] = []
  let s = 0
  let lastSentence = -2
  for (let t = 0; t < tokens.count; t++) {
    const start = tokens.start[t]!
    while (s < sentences.length && sentences[s]![1] <= start) s++
    const inSentence = s < sentences.length && sentences[s]![0] <= start ? s : -1
    const lineBreak = (tokens.flags[t]! & TokenFlag.NewlineBefore) !== 0
    if (current.length > 0 && (inSentence !== lastSentence || lineBreak || current.length >= MAX_SEGMENT_TOKENS)) {
      out.push(current)
      current = []
    }
    lastSentence = inSentence
    if (isHashtagMark(doc, t)) continue
    current.push(t)
  }
  if (current.length) out.push(current)
  return out
}

/**
 * True for the `#` of a hashtag and the `_` between its words (`#الاتحاد_الأوروبي`, `دونالد #ترمب`):
 * the tagger reads the words without them, so a name written as a hashtag is found whole and its
 * mention spans the marks (`الاتحاد_الأوروبي`, `دونالد #ترمب`).
 */
function isHashtagMark(doc: DocBuilder, t: number): boolean {
  const { tokens, text } = doc
  if (tokens.kind[t] !== TokenKind.Punct || t + 1 >= tokens.count || tokens.end[t] !== tokens.start[t + 1]) return false
  const c = text.slice(tokens.start[t], tokens.end[t])
  if (c === '#') return tokens.kind[t + 1] === TokenKind.Arabic || tokens.kind[t + 1] === TokenKind.Latin
  return c === '_' && t > 0 && tokens.end[t - 1] === tokens.start[t] && tokens.kind[t - 1] === TokenKind.Arabic && tokens.kind[t + 1] === TokenKind.Arabic
}

/**
 * Tags a document and returns its mentions (clitic-free spans), in text order. Names of two words
 * or more that the gazetteer gives one type (`وحدات حماية الشعب الكردية`) replace what the tagger
 * found inside them.
 */
export function findMentions(doc: DocBuilder, tagger: NerTagger, names: NameIndex | null = null): Mention[] {
  const segs = segments(doc)
  const lexemes = doc.tokenLexemes()
  const profiles: WordProfile[][] = segs.map((seg) => seg.map((t) => tagger.features.profileOf(lexemes[t]!)))
  const matches = profiles.map((p) => tagger.features.gazetteerMatches(p))
  const tags = tagger.tagSentences(profiles, Infinity, matches)
  const out: Mention[] = []
  const football = isFootballReport(lexemes)
  const add = (span: Span, type: EntityType, sure = false): void => {
    out.push(sure ? { span, type, sure } : { span, type })
  }
  for (let k = 0; k < segs.length; k++) {
    const seg = segs[k]!
    const p = profiles[k]!
    const chunks: TaggedChunk[] = chunksOf(tags[k]!).filter((c) => RECORD_TYPE[c.type])
    const gaz = matches[k]!
    for (let i = 0; i < seg.length; i++) {
      const len = gaz.lengths[i]!
      const types = gaz.bits[i]! & 0xf
      if (len < 2 || types === 0 || (types & (types - 1)) !== 0) continue
      const type = 31 - Math.clz32(types)
      const over = chunks.filter((c) => c.tokenStart < i + len && i < c.tokenEnd)
      // A name of two words or more that the gazetteer knows, with one type, replaces the chunks
      // inside it (`أسوشيتد برس` → `وكالة أسوشيتد برس`) or stands where the tagger found nothing;
      // a chunk reaching beyond it keeps the tagger's reading.
      if (over.some((c) => c.tokenStart < i || c.tokenEnd > i + len)) continue
      const at = over.length ? chunks.indexOf(over[0]!) : chunks.findIndex((c) => c.tokenStart > i)
      chunks.splice(at < 0 ? chunks.length : at, over.length, { tokenStart: i, tokenEnd: i + len, type, cut: gaz.cuts[i]! })
    }
    // Profile forms are the normalized text's tokens: folded for matching already.
    const form = (i: number): string => (i >= 0 && i < p.length ? p[i]!.form : '')
    quotedNames(doc, seg, form, chunks)
    for (const c of repairChunks(chunks, form, gaz)) {
      // Where a gazetteer name starts on the chunk's first word, its reading of the clitics wins:
      // `بيونغ يانغ` keeps its ب, `للولايات المتحدة` loses one ل.
      const cut = c.cut ?? (gaz.lengths[c.tokenStart] ? gaz.cuts[c.tokenStart]! : wordCut(p[c.tokenStart]!, tagger.features))
      const span = chunkSpan(doc, seg, c, cut)
      if (!span) continue
      // `دي بروين من فولفسبورغ الألماني`: in a football report, a city that names a club is the club.
      if (football && c.type === TypeId.LOC && isClubCity(c, gaz, form) && !isCountry(doc.text.slice(span[0], span[1]), names)) add(span, 'ORG', true)
      else add(span, RECORD_TYPE[c.type]!, c.sure === true)
    }
  }
  return out.sort((a, b) => a.span[0] - b.span[0])
}

/** Nouns that put an organisation's name in quote marks after them (`صحيفة "الشرق الأوسط"`), normalized. */
const ORG_HEADS = new Set(['صحيفه', 'جريده', 'دار', 'مجله', 'وكاله', 'قناه', 'شبكه', 'موقع', 'اذاعه', 'تلفزيون', 'شركه', 'منظمه', 'مؤسسه', 'جمعيه', 'حركه', 'حزب', 'جماعه', 'تنظيم', 'مجموعه', 'مركز', 'هيئه', 'ائتلاف', 'تحالف', 'فصيل', 'نادي', 'فريق', 'بنك', 'مصرف', 'جامعه'])

/** Longest quoted name, in tokens (`سي.إن.إن` is five). */
const MAX_QUOTED_NAME = 8

/**
 * `صحيفة "الشرق الأوسط"`, `شبكة "سي.إن.إن"`, `منظمة «أطباء بلا حدود»`: what an organisation noun
 * puts in quote marks is an organisation's name, whatever the tagger made of it. Its chunk replaces
 * the chunks inside the marks and a chunk of the noun alone; chunks reaching out of them stand.
 */
function quotedNames(doc: DocBuilder, seg: readonly number[], form: FormAt, chunks: TaggedChunk[]): void {
  const { tokens, text } = doc
  const mark = (i: number): string => (i < seg.length && tokens.kind[seg[i]!] === TokenKind.Punct ? text.slice(tokens.start[seg[i]!], tokens.end[seg[i]!]) : '')
  for (let i = 0; i + 3 < seg.length; i++) {
    const open = mark(i + 1)
    if (!OPEN_QUOTES.has(open)) continue
    const w = form(i)
    // The noun names what follows only in construct: `صحيفة "…"`, `لصحيفة "…"`, not `ودانت الجامعة "…"`.
    if (!ORG_HEADS.has(w) && !(/^[وفبل]/.test(w) && ORG_HEADS.has(w.slice(1)))) continue
    let close = i + 2
    while (close < seg.length && close - i - 2 <= MAX_QUOTED_NAME && !CLOSE_QUOTES.has(mark(close))) close++
    if (close >= seg.length || close === i + 2 || close - i - 2 > MAX_QUOTED_NAME) continue
    // A name: no clause words, commas or colons, and not opening with a number (`"2000 مدني"`).
    let words = 0
    let nameLike = tokens.kind[seg[i + 2]!] !== TokenKind.Number
    for (let k = i + 2; k < close && nameLike; k++) {
      const kind = tokens.kind[seg[k]!]
      if (kind === TokenKind.Arabic || kind === TokenKind.Latin) words++
      if (NOT_IN_NAME.has(form(k)) || /^[،,:؛;!?؟]$/.test(mark(k))) nameLike = false
    }
    if (!nameLike || words === 0 || words > MAX_QUOTED_WORDS) continue
    // `منظمة "إرهابية"`: an indefinite nisba adjective alone describes, it does not name (`قناة "العربية"` does).
    if (close === i + 3 && /^[^ ]{2,}(يه|ي)$/.test(form(i + 2)) && !form(i + 2).startsWith('ال')) continue
    if (chunks.some((c) => c.tokenStart < close + 1 && i < c.tokenEnd && (c.tokenStart < i || c.tokenEnd > close + 1))) continue
    const kept = chunks.filter((c) => c.tokenEnd <= i || c.tokenStart > close)
    const at = kept.findIndex((c) => c.tokenStart > close)
    kept.splice(at < 0 ? kept.length : at, 0, { tokenStart: i + 2, tokenEnd: close, type: TypeId.ORG, cut: 0, sure: true })
    chunks.splice(0, chunks.length, ...kept)
  }
}

/** Most words of a quoted name. */
const MAX_QUOTED_WORDS = 4

/** Words of a clause, never of a quoted name (normalized). */
const NOT_IN_NAME = new Set(['في', 'من', 'الي', 'عن', 'علي', 'مع', 'انه', 'انها', 'التي', 'الذي', 'الذين', 'قوله', 'هو', 'هي', 'لا', 'لم', 'لن', 'قد', 'كان', 'كانت', 'بان', 'لان'])

const OPEN_QUOTES = new Set(['"', '«', '“', '„'])
const CLOSE_QUOTES = new Set(['"', '»', '”', '“'])

/** Words of football reports (normalized): `مباراة`, `الدوري`, `هدفا`, `المدرب`… */
const FOOTBALL_WORDS = new Set(['مباراه', 'المباراه', 'مباريات', 'المباريات', 'الدوري', 'هدف', 'هدفا', 'هدفين', 'اهداف', 'الاهداف', 'لاعب', 'اللاعب', 'لاعبا', 'لاعبين', 'اللاعبين', 'المدرب', 'مدرب', 'مدربه', 'الملعب', 'ملعب', 'المرمي', 'الحارس', 'ركله', 'جزاء', 'الهجوم', 'المهاجم', 'مهاجم', 'الوسط', 'صفوف', 'التعاقد', 'الانتقالات', 'انتقال', 'الموسم', 'بطوله', 'البطوله', 'كاس', 'دوري', 'المنتخب', 'منتخب', 'نادي', 'النادي', 'فريق', 'الفريق', 'فريقه'])

/** Football words a report holds at least (as tokens). */
const FOOTBALL_MIN = 6

function isFootballReport(lexemes: readonly { readonly text: string }[]): boolean {
  let n = 0
  for (const lex of lexemes) if (FOOTBALL_WORDS.has(lex.text) && ++n >= FOOTBALL_MIN) return true
  return false
}

/** Words before a place that make it the place: `مدينة ليفربول`. Normalized. */
const PLACE_WORDS = new Set(['مدينه', 'ولايه', 'عاصمه', 'العاصمه', 'بلده', 'منطقه', 'مقاطعه', 'ميناء', 'مطار', 'سكان', 'قمه'])

/**
 * True for a place chunk that is exactly a club name of the model's secondary lists (`فولفسبورغ`,
 * `ليفربول`), not a country (`قطر` names a club too) and not after a word that makes it the place.
 */
function isClubCity(c: { tokenStart: number; tokenEnd: number }, gaz: GazetteerMatches, form: FormAt): boolean {
  const len = c.tokenEnd - c.tokenStart
  if (gaz.lengths[c.tokenStart] !== len || !(gaz.bits[c.tokenStart]! & GazBit.SecondaryOrg)) return false
  const before = form(c.tokenStart - 1)
  if (PLACE_WORDS.has(before) || PLACE_WORDS.has(before.slice(1)) || PLACE_PREPOSITIONS.has(before)) return false
  // `بالعاصمة الفنلندية هلسنكي`: a nisba adjective before it describes a place; `بلوزان`: "in Lausanne".
  return !/^ال..+(يه|ي)$/.test(before) && !/^و?ب/.test(form(c.tokenStart).slice(0, gaz.cuts[c.tokenStart]!))
}

/** Prepositions of place and motion before a city (`في الرياض`, `إلى لوزان`), normalized. */
const PLACE_PREPOSITIONS = new Set(['في', 'وفي', 'الي', 'والي', 'نحو', 'قرب', 'داخل'])

/** True when the gazetteers know a mention's text as a country or a larger region (`قطر`). */
function isCountry(surface: string, names: NameIndex | null): boolean {
  if (!names) return true
  return names.lookup(surface).some((n) => n.type === 'LOC' && n.kind !== 'city')
}

/**
 * The text span of a chunk of segment `seg`, without the `cut` proclitic letters of its first word
 * (`وبوتين` → `بوتين`, `للولايات المتحدة` → `لولايات المتحدة`: SPEC's span starts after the first ل);
 * null when nothing with letters is left.
 */
function chunkSpan(doc: DocBuilder, seg: readonly number[], c: TaggedChunk, cut: number): Span | null {
  const first = seg[c.tokenStart]!
  const last = seg[c.tokenEnd - 1]!
  const start = cut > 0 ? doc.map.toText(doc.tokens.nstart[first]! + cut) : doc.tokens.start[first]!
  const span = trimSpan(doc.text, [start, doc.tokens.end[last]!])
  return span && hasLetters(doc, first, last) ? span : null
}

/** Fewest letters a name keeps when the tagger's reading cuts proclitics off its first word. */
const MIN_CUT_REST = 3

/**
 * The proclitic letters to leave out of a mention's first word, as the word's most likely reading
 * has it (`وبوتين` → 1), unless fewer than three letters would be left (`فلاي دبي` is flydubai,
 * not `ف` + `ل` + `اي`) or the whole word is a person's name (`فيصل`, `كيري`, `وليد`: not ف + `يصل`).
 */
function wordCut(p: WordProfile, fx: FeatureExtractor): number {
  if (p.cut === 0 || p.form.length - p.cut < MIN_CUT_REST) return 0
  // A name the gazetteers know whole (`فلورنس`), or a name token as often as the rest is (`لسعد` is
  // rare as a name, `سعد` is not; counts are log2). `ك` ("as") rarely comes before a name: `كروجر`.
  if ((p.gazBits[0] ?? 0) & 0xf) return 0
  const whole = fx.stat(p.form, Stat.PersonName)
  if (whole >= 2 && p.cut === 1 && p.form[0] === 'ك') return 0
  return whole >= 2 && whole + 2 >= fx.stat(p.form.slice(p.cut), Stat.PersonName) ? 0 : p.cut
}

function hasLetters(doc: DocBuilder, first: number, last: number): boolean {
  for (let t = first; t <= last; t++) {
    const k = doc.tokens.kind[t]
    if (k === TokenKind.Arabic || k === TokenKind.Latin) return true
  }
  return false
}

/**
 * Mentions other stages already found: the dateline's place and agencies (`موسكو (أ ف ب)`) and
 * the names in bylines. They replace tagger mentions they overlap.
 */
function layerMentions(doc: DocBuilder): Mention[] {
  const out: Mention[] = []
  const dateline = doc.layers.dateline
  if (dateline) {
    if (dateline.place) out.push({ span: dateline.place.span, type: 'LOC' })
    for (const a of dateline.agencies) out.push({ span: a.span, type: 'ORG', latin: a.name })
  }
  for (const c of doc.layers.credits ?? []) for (const n of c.names) out.push({ span: n.span, type: 'PER' })
  return out
}

/**
 * Words that describe a name rather than belong to it: in `منطقة عفرين`, `تنظيم داعش`,
 * `منظمة اليونيسف`, `جنوب لبنان` the name is the rest. Normalized forms.
 */
const DESIGNATORS = new Set(['تنظيم', 'منطقه', 'قاعده', 'شركه', 'منظمه', 'مدينه', 'محافظه', 'ولايه', 'بلده', 'قريه', 'اقليم', 'مخيم', 'جنوب', 'شمال', 'شرق', 'غرب', 'وسط'])

/**
 * Drops a leading descriptive word (`DESIGNATORS`) from a mention when the rest is a name the
 * gazetteer knows with the mention's type, unless the whole is a known name of something else
 * (`جنوب أفريقيا` is not `أفريقيا`; `تنظيم داعش` is `داعش`).
 */
export function dropDesignator(text: string, m: Mention, names: NameIndex | null): Mention {
  if (!names) return m
  const surface = text.slice(m.span[0], m.span[1])
  const space = surface.search(/\s/)
  if (space < 0 || !DESIGNATORS.has(normalizeForMatch(surface.slice(0, space)))) return m
  const restStart = m.span[0] + space + (surface.slice(space).length - surface.slice(space).trimStart().length)
  const rest = text.slice(restStart, m.span[1])
  const restNames = names.lookup(rest, m.type).filter((n) => normalizeForMatch(n.arabic) === normalizeForMatch(rest))
  if (restNames.length === 0) return m
  const latins = new Set(restNames.map((n) => n.latin))
  if (names.lookup(surface).some((n) => !latins.has(n.latin))) return m
  return { ...m, span: [restStart, m.span[1]] }
}

/** Words that name an organism or a disease: `فيروس إيبولا`, `بكتيريا إيكولاي`, `مرض الزهايمر`. Normalized. */
const ORGANISM_HEADS = new Set(['فيروس', 'فيروسات', 'بكتيريا', 'جرثومه', 'جراثيم', 'مرض', 'امراض', 'داء', 'متلازمه', 'وباء', 'طفيلي'])

/**
 * True when the word, without up to two proclitics (`لفيروس`, `وبالفيروس`) and the article, is an
 * organism word. A proclitic is cut only when four letters or the article follow: `فداء` is "sacrifice", not ف + داء.
 */
function organismHead(word: string): boolean {
  return readings(word).some((w, k) => (k === 0 || w.length >= 4 || w.startsWith('ال')) && (ORGANISM_HEADS.has(w) || (w.startsWith('ال') && ORGANISM_HEADS.has(w.slice(2)))))
}

/**
 * Drops the names of organisms and diseases, which the tagger reads as people or places
 * (`فيروس إيبولا`, `بكتيريا إيكولاي`): a mention that starts with an organism word or follows one,
 * and the other mentions of the same name in the document (`إيبولا` alone) unless the gazetteers
 * know the name (`متلازمة الشرق الأوسط` is a disease, `الشرق الأوسط` elsewhere the region).
 */
export function dropOrganisms(text: string, mentions: readonly Mention[], names: NameIndex | null): Mention[] {
  const organisms = new Set<string>()
  const dropped = new Set<Mention>()
  // Each mention's name, without a leading organism word (`فيروس إيبولا` → `ايبولا`), and whether it had one.
  const read = mentions.map((m) => {
    const words = normalizeForMatch(text.slice(m.span[0], m.span[1])).split(/\s+/)
    const headed = organismHead(words[0]!)
    return { name: (headed ? words.slice(1) : words).join(' '), headed }
  })
  mentions.forEach((m, k) => {
    const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, m.span[0] - 24), m.span[0]))?.[1]
    if (!read[k]!.headed && (before === undefined || !organismHead(normalizeForMatch(before)))) return
    dropped.add(m)
    if (!names || names.lookup(read[k]!.name).length === 0) organisms.add(read[k]!.name)
  })
  if (dropped.size === 0) return [...mentions]
  return mentions.filter((m, k) => !dropped.has(m) && !organisms.has(read[k]!.name))
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1]
}

/** Builds the `entities` stage with a given model and gazetteer (tests use a tiny model). */
export function createEntitiesStage(options: EntitiesStageOptions = {}): Stage {
  let tagger: NerTagger | undefined
  let names: NameIndex | null | undefined = options.names
  return {
    name: 'entities',
    requires: ['sentences'],
    provides: ['entities'],
    run(doc) {
      tagger ??= new NerTagger(options.model ?? loadNerModel())
      if (names === undefined) names = loadNameIndex()
      const fromLayers = layerMentions(doc)
      const found = dropOrganisms(doc.text, findMentions(doc, tagger, names ?? null), names ?? null)
        .filter((m) => !fromLayers.some((l) => overlaps(l.span, m.span)))
        .map((m) => dropDesignator(doc.text, m, names ?? null))
      const mentions = [...fromLayers, ...found].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1])
      doc.set('entities', groupMentions(doc.text, mentions, names))
    },
  }
}

/**
 * The `entities` stage: PER/LOC/ORG mentions found by the NER model (clitics left out of the
 * spans), grouped per real-world entity with a canonical Arabic name and, when the gazetteers
 * know it, its Latin name. Loads `models/ner.bin` and `data/gazetteers` on first use.
 */
export const entitiesStage: Stage = createEntitiesStage()
