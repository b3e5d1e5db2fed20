import { normalizeForMatch } from '../../normalize/normalize.js'
import { LexemeSlot, type Lexeme } from '../../core/lexeme.js'
import { WordCache } from '../../core/word-cache.js'

/**
 * The reporting verbs that introduce speech (`قال`, `أكد`, `أشار إلى`) in every form Arabic news
 * writes them: past and present tense for masculine, feminine and plural subjects, and the
 * accusative participle of manner (`مضيفا`, `مشيرة`, `مؤكدين`) that reports speech in a side clause.
 *
 * One line per verb, tab-separated:
 *
 * - `lemma`: the verb's dictionary form (third person masculine singular past);
 * - `uses`: `say` (introduces a quote and an `أن`/`إن` clause of reported speech), `frame` (only frames
 *   a quoted phrase: `ندد بـ"…"`, `لما سماه "…"`), `report` (with a media subject — `ذكرت وكالة …`,
 *   `قالت صحيفة …` — it cites a source instead of quoting a speaker), `source` (always cites a source:
 *   `أفادت مصادر`, `نقلت وكالة`);
 * - `prep`: the preposition the verb puts before its `أن` clause (`أشار إلى أن`, `شدد على أن`), or `-`;
 * - `past`: he, she, they (m.), they (two m.) … as used; `present`: he, she, they (m.) …;
 *   `participle`: m. sg., f. sg., m. pl. (accusative); `noun`: verbal nouns with a pronoun (`قوله`).
 *
 * A form written `~قال` is also a common noun or adjective (`تابع` affiliated, `نقل` transport,
 * `متابعة` follow-up): it counts as a cue only right before `أن`/`إن`, a colon or a quote mark.
 * Forms deliberately absent: `يذكر` (`يذكر أن` is the impersonal "note that"), `بين` (between),
 * `يدعي` (normalizes like `يدعى`, "is called"),
 * `يبلغ` (amounts to), `تبين` (it became clear), dual forms that are also nouns (`نقلا`, `ذكرا`).
 */
const CUE_TABLE = `
قال	say,report	-	قال قالت قالوا قالا قالتا قلن	يقول تقول يقولون يقولان تقولان	قائلا قائلة قائلين	قوله قولها قولهم قولهما
أكد	say,report	على	أكد أكدت أكدوا	يؤكد تؤكد يؤكدون	مؤكدا ~مؤكدة مؤكدين	-
أضاف	say,report	-	أضاف أضافت أضافوا أضافا	يضيف تضيف يضيفون	مضيفا ~مضيفة مضيفين	-
أشار	say,report	إلى	أشار أشارت أشاروا أشارا	يشير تشير يشيرون	مشيرا مشيرة مشيرين	-
أوضح	say,report	-	أوضح أوضحت أوضحوا أوضحا	يوضح توضح يوضحون	موضحا موضحة موضحين	-
صرح	say,report	ب	صرح صرحت صرحوا	يصرح تصرح يصرحون	مصرحا مصرحة مصرحين	-
ذكر	say,report	-	ذكر ذكرت ذكروا	-	ذاكرا	-
اعتبر	say	-	اعتبر اعتبرت اعتبروا	يعتبر تعتبر يعتبرون	معتبرا معتبرة معتبرين	-
شدد	say	على	شدد شددت شددوا	يشدد تشدد يشددون	مشددا ~مشددة مشددين	-
لفت	say	إلى	لفت لفتت لفتوا	يلفت تلفت يلفتون	لافتا ~لافتة لافتين	-
تابع	say	-	~تابع تابعت تابعوا	~يتابع ~تتابع ~يتابعون	~متابعا	-
نفى	say	-	نفى نفت نفوا	ينفي تنفي ينفون	نافيا نافية نافين	-
أعلن	say,report	عن	أعلن أعلنت أعلنوا	يعلن تعلن يعلنون	معلنا ~معلنة معلنين	-
حذر	say	من	حذر حذرت حذروا	يحذر تحذر يحذرون	محذرا محذرة محذرين	-
دعا	say	إلى	دعا دعت دعوا	يدعو تدعو يدعون	داعيا داعية داعين	-
كشف	say,report	عن	~كشف كشفت كشفوا	يكشف تكشف يكشفون	كاشفا كاشفة كاشفين	-
زعم	say	-	~زعم زعمت زعموا	يزعم تزعم يزعمون	زاعما زاعمة زاعمين	-
أفاد	say,report,source	ب	أفاد أفادت أفادوا	يفيد تفيد يفيدون	مفيدا ~مفيدة	-
عبر	say	عن	عبرت عبروا	يعبر تعبر يعبرون	معبرا معبرة معبرين	-
أعرب	say	عن	أعرب أعربت أعربوا	يعرب تعرب يعربون	معربا معربة معربين	-
رأى	say	-	رأى رأت رأوا	يرى ترى يرون	-	-
أبدى	frame	-	أبدى أبدت أبدوا	يبدي تبدي يبدون	مبديا مبدية مبدين	-
أردف	say	-	أردف أردفت أردفوا	يردف تردف يردفون	مردفا مردفة مردفين	-
استطرد	say	-	استطرد استطردت استطردوا	يستطرد تستطرد	مستطردا مستطردة	-
استدرك	say	-	استدرك استدركت استدركوا	يستدرك تستدرك	مستدركا مستدركة	-
لاحظ	frame	-	لاحظ لاحظت لاحظوا	يلاحظ تلاحظ يلاحظون	~ملاحظا	-
رجح	say	-	رجح رجحت رجحوا	يرجح ترجح يرجحون	مرجحا مرجحة	-
توقع	say	-	~توقع توقعت توقعوا	يتوقع تتوقع يتوقعون	~متوقعا	-
نوه	say	إلى	نوه نوهت نوهوا	ينوه تنوه ينوهون	منوها منوهة منوهين	-
ألمح	say	إلى	ألمح ألمحت ألمحوا	يلمح تلمح يلمحون	ملمحا ملمحة	-
أقر	say	ب	أقر أقرت أقروا	يقر تقر يقرون	~مقرا	-
اعترف	say	ب	اعترف اعترفت اعترفوا	يعترف تعترف يعترفون	معترفا معترفة معترفين	-
أوصى	say	ب	أوصى أوصت أوصوا	يوصي توصي يوصون	موصيا موصية	-
وصف	say	ب	~وصف وصفت وصفوا	يصف تصف يصفون	واصفا واصفة واصفين	-
سمى	frame	-	سمى سمت سموا سما أسمى أسمت أسما	يسمي تسمي يسمون	-	-
ندد	frame	ب	ندد نددت نددوا	يندد تندد ينددون	منددا منددة منددين	التنديد
علق	frame	على	~علق علقت علقوا	يعلق تعلق يعلقون	معلقا ~معلقة	-
تساءل	say	-	تساءل تساءلت تساءلوا	يتساءل تتساءل يتساءلون	متسائلا متسائلة متسائلين	-
أجاب	say	-	أجاب أجابت أجابوا	يجيب تجيب يجيبون	مجيبا مجيبة	-
كتب	frame	-	كتبت كتبوا	يكتب تكتب يكتبون	-	-
غرد	say	-	~غرد ~غردت ~غردوا	~يغرد ~تغرد ~يغردون	~مغردا ~مغردة	-
أبلغ	say	-	أبلغ أبلغت أبلغوا	-	-	-
أخبر	say	-	أخبر أخبرت أخبروا	يخبر تخبر يخبرون	مخبرا	-
طالب	say	ب	~طالب طالبت طالبوا	يطالب تطالب يطالبون	مطالبا ~مطالبة مطالبين	-
أشاد	frame	ب	أشاد أشادت أشادوا	يشيد تشيد يشيدون	مشيدا ~مشيدة مشيدين	-
اتهم	say	ب	اتهم اتهمت اتهموا	يتهم تتهم يتهمون	-	-
ادعى	say	-	ادعى ادعت ادعوا	-	مدعيا مدعية	-
أفصح	say	عن	أفصح أفصحت أفصحوا	يفصح تفصح	مفصحا مفصحة	-
بين	say	-	بينت بينوا	يبين	مبينا مبينة مبينين	-
شرح	say	-	~شرح شرحت شرحوا	يشرح تشرح	شارحا شارحة	-
أكمل	frame	-	أكمل أكملت	-	-	-
استنكر	frame	-	استنكر استنكرت استنكروا	يستنكر تستنكر يستنكرون	مستنكرا مستنكرة مستنكرين	-
تعهد	say	ب	تعهد تعهدت تعهدوا	يتعهد تتعهد يتعهدون	متعهدا متعهدة	-
اقترح	say	-	اقترح اقترحت اقترحوا	يقترح تقترح يقترحون	~مقترحا	-
تمنى	say	-	تمنى تمنت تمنوا	يتمنى تتمنى يتمنون	متمنيا متمنية	-
أمل	say	-	أملت أملوا	يأمل يأملون	آملا آملة آملين	-
استبعد	say	-	استبعد استبعدت استبعدوا	يستبعد تستبعد يستبعدون	مستبعدا مستبعدة	-
أنكر	say	-	أنكر أنكرت أنكروا	ينكر تنكر ينكرون	منكرا منكرة	-
أصر	say	على	أصر أصرت أصروا	يصر تصر يصرون	-	-
نص	say	على	نص نصت	ينص تنص	-	-
حث	frame	على	حث حثت حثوا	يحث تحث يحثون	-	-
تحدث	frame	عن	تحدث تحدثت تحدثوا	يتحدث تتحدث يتحدثون	-	-
نقل	report,source	عن	~نقل نقلت نقلوا	ينقل تنقل ينقلون	-	-
أورد	report,source	-	أورد أوردت أوردوا	يورد تورد	-	-
نشر	report,source	-	نشرت نشروا	-	-	-
رصد	report,source	-	رصدت رصدوا	-	-	-
`

/** How a cue form is used in the sentence. */
export type CueTense = 'past' | 'present' | 'participle' | 'noun'

/** One inflected form of a reporting verb, looked up by its normalized spelling. */
export interface CueForm {
  /** The verb's dictionary form, as written in the table (`أكد`). */
  readonly lemma: string
  readonly tense: CueTense
  /** Introduces quotes and reported `أن` clauses. */
  readonly say: boolean
  /** Frames a quoted phrase only (`ندد بـ"…"`); never introduces an `أن` clause. */
  readonly frame: boolean
  /** With a media subject (`ذكرت وكالة …`) the verb cites a source. */
  readonly report: boolean
  /** The verb always cites a source when its subject is a phrase (`أفادت مصادر …`). */
  readonly source: boolean
  /** Normalized preposition before the `أن` clause (`الي` for `أشار إلى أن`), or null. */
  readonly prep: string | null
  /** Also a common noun or adjective: a cue only right before `أن`, a colon or a quote mark. */
  readonly ambiguous: boolean
}

const TENSES: readonly CueTense[] = ['past', 'present', 'participle', 'noun']

/** Parses the cue table into a map from normalized form to its reading. Throws on a malformed line. */
export function parseCueTable(table: string): ReadonlyMap<string, CueForm> {
  const out = new Map<string, CueForm>()
  for (const line of table.split('\n')) {
    if (!line.trim()) continue
    const cols = line.split('\t')
    if (cols.length !== 7) throw new Error(`cue table: expected 7 columns, got ${cols.length}: ${line}`)
    const [lemma, uses, prep, ...groups] = cols as [string, string, string, string, string, string, string]
    const use = new Set(uses.split(','))
    for (const u of use) if (!['say', 'frame', 'report', 'source'].includes(u)) throw new Error(`cue table: unknown use '${u}' for ${lemma}`)
    groups.forEach((group, g) => {
      if (group === '-') return
      for (const raw of group.split(' ')) {
        const ambiguous = raw.startsWith('~')
        const form = normalizeForMatch(ambiguous ? raw.slice(1) : raw)
        if (!form || out.has(form)) continue
        out.set(form, {
          lemma,
          tense: TENSES[g]!,
          say: use.has('say'),
          frame: use.has('frame'),
          report: use.has('report'),
          source: use.has('source'),
          prep: prep === '-' ? null : normalizeForMatch(prep),
          ambiguous,
        })
      }
    })
  }
  return out
}

/** Every reporting-verb form, keyed by its normalized spelling (`اكدت`, `مضيفا`, `يقول`). */
export const CUE_FORMS: ReadonlyMap<string, CueForm> = parseCueTable(CUE_TABLE)

/** Pronoun suffixes a verb may carry (`تعتبره`, `يخبرنا`, `سماها`), longest first. */
const OBJECT_SUFFIXES = ['هما', 'هم', 'ها', 'نا', 'ه']
/** Verbs whose speech sense takes an object pronoun: `تعتبره`, `سماه`, `وصفه`, `يخبرنا`, `قاله`. */
const OBJECT_VERBS = new Set(['قال', 'أكد', 'اعتبر', 'سمى', 'وصف', 'أخبر', 'أبلغ', 'اتهم', 'حذر', 'نقل', 'طالب', 'حث', 'أوصى'])

/**
 * Reads a normalized word as a reporting verb, allowing a leading `و`/`ف` and an object pronoun:
 * `واضاف` → أضاف, `تعتبره` → اعتبر. Returns the form and how many leading letters are clitics
 * (the cue span starts after them), or null.
 */
export function lookupCue(word: string): { cue: CueForm; cut: number } | null {
  // Words repeat across articles: remember each answer.
  return CUE_CACHE.getOrMake(word, readCue)
}

const CUE_CACHE = new WordCache<string, { cue: CueForm; cut: number } | null>(100_000)
const CUE_SLOT = new LexemeSlot<{ cue: CueForm; cut: number } | null>('quotes/cue')

/** `lookupCue` of a lexeme's word, kept on the lexeme. */
export function lexemeCue(lex: Lexeme): { cue: CueForm; cut: number } | null {
  return CUE_SLOT.getOrMake(lex, readCue)
}

function readCue(word: string): { cue: CueForm; cut: number } | null {
  if (word.startsWith('لل') && word.length > 5) {
    // `للتنديد` = ل + التنديد: a verbal noun after the preposition.
    const noun = CUE_FORMS.get('ا' + word.slice(1))
    if (noun?.tense === 'noun') return { cue: noun, cut: 1 }
  }
  if (word.startsWith('ب') && word.length > 4) {
    // `بقوله إن …`: by his saying.
    const noun = CUE_FORMS.get(word.slice(1))
    if (noun?.tense === 'noun') return { cue: noun, cut: 1 }
  }
  for (let cut = 0; cut <= 1; cut++) {
    if (cut === 1 && !(word.length > 3 && (word[0] === 'و' || word[0] === 'ف'))) break
    const stem = cut ? word.slice(1) : word
    const direct = CUE_FORMS.get(stem)
    if (direct) return { cue: direct, cut }
    for (const suffix of OBJECT_SUFFIXES) {
      if (stem.length - suffix.length < 3 || !stem.endsWith(suffix)) continue
      const base = CUE_FORMS.get(stem.slice(0, -suffix.length))
      // `رايه` is "his opinion" and `أضافه` "added it": only verbs that report with an object take one.
      if (base && (base.tense === 'past' || base.tense === 'present') && OBJECT_VERBS.has(base.lemma)) return { cue: base, cut }
    }
  }
  return null
}
