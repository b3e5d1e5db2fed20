/**
 * Compiles the NER gazetteers `data/gazetteers/{loc,per,org}.tsv` (columns
 * `arabic, latin, kind, source`; one row per Arabic spelling) from the openly
 * licensed name lists in `shared/data` and the hand-edited
 * `data/gazetteers/curated-*.tsv`, and writes `SOURCES.md` with row counts.
 *
 * Usage: `npx tsx scripts/build-gazetteers.ts [SHARED_DIR]`. SHARED_DIR
 * defaults to `$MARSAD_SHARED`, then to `../shared` beside the repository.
 * The output depends only on the inputs: same inputs, same bytes.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const OUT_DIR = join(REPO, 'data', 'gazetteers')

/** Population a world city or a Who's On First locality needs to be kept (capitals and curated cities are always kept). */
export const WORLD_CITY_MIN_POPULATION = 100_000
/** WOF locality with a Wikidata id: towns of this size are what MENA conflict and politics news names (Kobani, Manbij, Afrin, Suruc). */
export const WOF_LOCALITY_MIN_POPULATION = 15_000
/** WOF locality without a Wikidata id: GeoNames-only records are noisier, so a higher bar. */
export const WOF_LOCALITY_NO_QID_MIN_POPULATION = 50_000
/** WOF county (district / markaz / qada): only the large ones. */
export const WOF_COUNTY_MIN_POPULATION = 100_000
/** A sports club from ArWikiCats is kept when one of its Arabic forms occurs this often in the Arabic Wikipedia sample. */
export const CLUB_MIN_WIKI_COUNT = 3

// ---------------------------------------------------------------------------
// Text helpers

/** Arabic harakat, Quranic marks and the superscript alef (U+0670). */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g
/** U+0640 ARABIC TATWEEL. */
const TATWEEL = /\u0640/g
/** Zero-width and direction marks, BOM, soft hyphen. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g
/** Letters used in Persian, Urdu, Pashto or Kurdish but not in Arabic news (پ چ ژ گ ٹ ڈ ڑ ں ہ ے ۀ ټ ګ ښ ډ ړ ځ څ ې ۍ ڭ ێ ۆ ڵ ڕ ە). */
const NON_ARABIC_LETTERS = /[\u067E\u0686\u0698\u06AF\u0679\u0688\u0691\u06BA\u06C1\u06D2\u06C0\u067C\u06AB\u069A\u0689\u0693\u0681\u0685\u06D0\u06CD\u06AD\u06CE\u06C6\u06B5\u0695\u06D5]/
const ARABIC_LETTER = /[\u0621-\u063A\u0641-\u064A]/
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/

/**
 * Cleans an Arabic name: drops harakat, tatweel and invisible marks, maps
 * Persian yeh/keheh to Arabic, removes parenthesised disambiguators
 * (`كورسك (مدينة)` → `كورسك`), keeps what precedes a comma, and collapses spaces.
 */
export function cleanArabic(raw: string): string {
  let s = raw.normalize('NFKC').replace(INVISIBLE, '').replace(ARABIC_MARKS, '').replace(TATWEEL, '')
  s = s.replace(/\u06CC/g, '\u064A').replace(/\u06A9/g, '\u0643').replace(/\u06BE/g, '\u0647').replace(/\u06C3/g, '\u0629')
  s = s.replace(/[([][^)\]]*[)\]]/g, ' ').replace(/[()[\]]/g, ' ')
  s = s.split(/[،,؛;]/)[0] ?? ''
  s = s.replace(/\s+[-–—]\s+/g, ' ').replace(/[«»"“”]/g, ' ')
  s = s.replace(/\s+/g, ' ').trim()
  s = s.replace(/^[-–—.:'’\s]+|[-–—.:'’\s]+$/g, '')
  return s
}

/** True when `s` is usable as the Arabic column: has Arabic letters, no Latin letters, no Persian-only letters. */
export function isGoodArabic(s: string): boolean {
  return s.length >= 2 && ARABIC_LETTER.test(s) && !LATIN_LETTER.test(s) && !NON_ARABIC_LETTERS.test(s)
}

const LATIN_FOLD: Record<string, string> = {
  ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ı: 'i', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', ʻ: "'", ʼ: "'", ʿ: "'", ʾ: "'", '‘': "'", '’': "'", '`': "'", '´': "'",
}

/** Folds a Latin name to ASCII (`Erdoğan` → `Erdogan`), drops parenthesised notes and collapses spaces. */
export function cleanLatin(raw: string): string {
  let s = raw.normalize('NFKD').replace(/\p{M}/gu, '')
  s = s.replace(/[øØłŁđĐßæÆœŒıþÞðÐʻʼʿʾ‘’`´]/g, (c) => LATIN_FOLD[c] ?? c)
  s = s.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim()
  return s.replace(/^[-,.;:\s]+|[-,;:\s]+$/g, '')
}

/** The key the scorer compares Latin names by: lower case ASCII words. */
export function latinKey(s: string): string {
  return cleanLatin(s).toLowerCase().replace(/[^a-z0-9]+/g, ' ').replace(/^the /, '').trim()
}

/** Light Arabic normalisation for comparing forms: أإآ→ا, ى→ي, ة→ه, no marks or tatweel. */
export function normArabic(s: string): string {
  return s.replace(ARABIC_MARKS, '').replace(TATWEEL, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/\s+/g, ' ').trim()
}

const LOWER_PARTICLES = new Set(['al', 'el', 'ad', 'as', 'ash', 'ar', 'at', 'az', 'an', 'bin', 'bint', 'ibn', 'de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'of', 'the', 'and', 'y', 'e', 'zu', 'ter', 'ben'])
const ROMAN = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv|xvi)$/

/** Capitalises a lower-cased English Wikipedia title (`bashar al-assad` → `Bashar al-Assad`, `pius xii` → `Pius XII`). */
export function titleCase(key: string): string {
  const cap = (w: string): string => {
    if (!w) return w
    if (ROMAN.test(w.replace(/[,.]$/, ''))) return w.toUpperCase()
    // Abbreviations written with dots: `a.c.` → `A.C.`.
    if (/^([a-z]\.)+$/.test(w)) return w.toUpperCase()
    if (/^mc[a-z]{2,}/.test(w)) return 'Mc' + w.charAt(2).toUpperCase() + w.slice(3)
    const m = /^([a-z])'([a-z].*)$/.exec(w)
    if (m) return m[1]!.toUpperCase() + "'" + m[2]!.charAt(0).toUpperCase() + m[2]!.slice(1)
    // An ayn written as an apostrophe: `'asir` → `'Asir`.
    if (/^['‘’ʿ][a-z]{2,}/.test(w)) return w.charAt(0) + w.charAt(1).toUpperCase() + w.slice(2)
    return w.charAt(0).toUpperCase() + w.slice(1)
  }
  return key
    .split(' ')
    .map((word, i) =>
      word
        .split('-')
        .map((part, j) => (LOWER_PARTICLES.has(part) && (i > 0 || j > 0) && !(i === 0 && j === 0) ? part : cap(part)))
        .join('-'),
    )
    .join(' ')
}

// ---------------------------------------------------------------------------
// Transliteration sanity check: does the Arabic name sound like the Latin one?

/** Consonant class of each Arabic letter (letters not listed are vowels, glottals or semivowels and are ignored). */
const AR_CLASS: Record<string, string> = {
  ب: 'B', ت: 'T', ط: 'T', ث: 'S', ج: 'J', ح: 'H', ه: 'H', خ: 'X', د: 'D', ض: 'D', ذ: 'Z', ظ: 'Z', ر: 'R', ز: 'Z', س: 'S', ص: 'S', ش: 'C', غ: 'G', ف: 'F', ق: 'K', ك: 'K', ل: 'L', م: 'M', ن: 'N', ڤ: 'F',
}
/** Latin consonant digraphs first, then letters, mapped onto the same (upper-case) classes. */
const LATIN_CLASS_RULES: [RegExp, string][] = [
  [/tsch|sch|tch|sh|ch|cz|sz/g, 'C'], [/kh|x/g, 'X'], [/gh/g, 'G'], [/th|dh|ts|tz/g, 'Z'], [/ph/g, 'F'], [/dzh|zh|dj|dz/g, 'J'],
  [/ck|qu|q|c|k/g, 'K'], [/[aeiouyw'-]/g, ''], [/p|b/g, 'B'], [/v|f/g, 'F'],
]
/** Classes that transliteration often swaps: S~Z~C, K~G~J, T~D, B~F, H~X. */
const CLASS_EQ: Record<string, string> = { Z: 'S', C: 'S', J: 'K', G: 'K', D: 'T', X: 'H', F: 'B' }
/** Administrative words around a place name, left out of the comparison (`محافظة الحديدة` ~ `Al Hudaydah Governorate`). */
const AR_ADMIN_WORD = /^(ولاية|محافظة|قضاء|مديرية|منطقة|مقاطعة|إقليم|اقليم|بلدية|شعبية|عمالة|ناحية|مركز|إمارة|امارة|أوبلاست|جهة|إدارة|مدينة|نادي) /
const LATIN_ADMIN_WORD = / (governorate|province|region|district|state|oblast|prefecture|department|municipality|county|city)$/i

function arabicSkeleton(s: string): string {
  // Final «ة» is a vowel (`حلة` = Hilla); «تش» spells ch/ç (`تشاووش` = Çavuş); «دج» spells j.
  let t = cleanArabic(s).replace(AR_ADMIN_WORD, '').replace(/ة(?= |$)/g, '')
  t = normArabic(t).replace(/تش/g, 'ش').replace(/دج/g, 'ج')
  const words = t.split(' ').map((w) => (w.length > 3 && w.startsWith('ال') ? w.slice(2) : w))
  return [...words.join('')].map((c) => AR_CLASS[c] ?? '').join('').replace(/(.)\1+/g, '$1')
}

function latinSkeleton(s: string): string {
  let t = cleanLatin(s).replace(LATIN_ADMIN_WORD, '').toLowerCase()
  t = t.replace(/\b(al|el|ad|as|ash|ar|at|az|an|ath|adh)[- ]/g, '')
  // Final h after a vowel writes «ة» (`Hillah`).
  t = t.replace(/([aeiou])h\b/g, '$1').replace(/[^a-z' -]/g, '')
  for (const [re, cls] of LATIN_CLASS_RULES) t = t.replace(re, cls)
  return t.toUpperCase().replace(/[^A-Z]/g, '').replace(/(.)\1+/g, '$1')
}

function lcs(a: string, b: string): number {
  const dp = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    let prev = 0
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!
      dp[j] = a[i - 1] === b[j - 1] ? prev + 1 : Math.max(dp[j]!, dp[j - 1]!)
      prev = tmp
    }
  }
  return dp[b.length]!
}

/**
 * How well an Arabic name and a Latin name agree as transliterations, 0..1:
 * the longest common subsequence of their consonant skeletons over the longer
 * skeleton. `منبج`/`Manbij` → 1; `وهران`/`San Ramon de la Nueva Oran` → 0.2.
 * Exonyms (`القدس`/`Jerusalem`) score low too, so use it only on sources that
 * transliterate.
 */
export function translitScore(arabic: string, latin: string): number {
  const eq = (s: string): string => [...s].map((c) => CLASS_EQ[c] ?? c).join('')
  const a = eq(arabicSkeleton(arabic))
  const l = eq(latinSkeleton(latin))
  if (!a || !l) return 0
  return lcs(a, l) / Math.max(a.length, l.length)
}

// ---------------------------------------------------------------------------
// Readers

function readText(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
}

/** Rows of a TAB-separated file, header dropped; lines starting with `#` and blank lines skipped. */
function readTsv(path: string, header = true): string[][] {
  const lines = readText(path).split(/\r?\n/)
  const rows = lines.filter((l) => l.trim() !== '' && !l.startsWith('#')).map((l) => l.split('\t'))
  return header ? rows.slice(1) : rows
}

/** Minimal RFC 4180 CSV reader (quoted fields, doubled quotes). */
function readCsv(path: string): string[][] {
  const text = readText(path)
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++ } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') { row.push(field); field = '' }
    else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = '' }
    else field += c
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row) }
  return rows.slice(1)
}

// ---------------------------------------------------------------------------
// Candidates and their resolution

export type LocKind = 'country' | 'city' | 'region' | 'continent' | 'place'
export type OrgKind = 'intl' | 'party' | 'armed-group' | 'agency' | 'media' | 'company' | 'club' | 'government' | 'other'
const LOC_KINDS = new Set<string>(['country', 'city', 'region', 'continent', 'place'])
const ORG_KINDS = new Set<string>(['intl', 'party', 'armed-group', 'agency', 'media', 'company', 'club', 'government', 'other'])
const KIND_ORDER = ['country', 'continent', 'city', 'region', 'place', 'person', 'intl', 'government', 'agency', 'media', 'armed-group', 'party', 'company', 'club', 'other']

interface Candidate {
  arabic: string
  latin: string
  kind: string
  source: string
  /** 0 = hand-curated (always wins), larger = less trusted. */
  rank: number
  /** Population or frequency, to break ties. */
  weight: number
}

interface Row { arabic: string; latin: string; kind: string; source: string }

interface Rejected { file: string; arabic: string; latin: string; source: string; why: string }
const rejected: Rejected[] = []

/** Normalised forms from `curated-deny.tsv`: ordinary words and first names that automatic sources list as names. */
let denied = new Set<string>()

class Collector {
  readonly cands: Candidate[] = []
  constructor(readonly file: string) {}

  /** Adds one Arabic form → Latin name; bad forms are dropped (and logged). Returns the cleaned Arabic or null. */
  add(rawArabic: string, rawLatin: string, kind: string, source: string, rank: number, weight = 0): string | null {
    const arabic = cleanArabic(rawArabic)
    const latin = cleanLatin(rawLatin)
    if (!isGoodArabic(arabic)) { rejected.push({ file: this.file, arabic: rawArabic, latin: rawLatin, source, why: 'arabic' }); return null }
    if (!/[A-Za-z]/.test(latin) || ARABIC_LETTER.test(latin)) { rejected.push({ file: this.file, arabic, latin: rawLatin, source, why: 'latin' }); return null }
    if (rank > 0 && denied.has(normArabic(arabic))) { rejected.push({ file: this.file, arabic, latin, source, why: 'denied' }); return null }
    this.cands.push({ arabic, latin, kind, source, rank, weight })
    return arabic
  }

  /** One row per Arabic form: curated wins; otherwise the Latin name most sources agree on, then the most trusted, then the largest. */
  resolve(): Row[] {
    const groups = new Map<string, Candidate[]>()
    for (const c of this.cands) {
      const g = groups.get(c.arabic)
      if (g) g.push(c)
      else groups.set(c.arabic, [c])
    }
    const rows: Row[] = []
    for (const [arabic, group] of groups) {
      const curated = group.filter((c) => c.rank === 0)
      const pool = curated.length > 0 ? [curated[0]!] : group
      const byKey = new Map<string, Candidate[]>()
      for (const c of pool) {
        const k = latinKey(c.latin)
        const g = byKey.get(k)
        if (g) g.push(c)
        else byKey.set(k, [c])
      }
      const best = [...byKey.values()]
        .map((cs) => ({
          cs: cs.sort((a, b) => a.rank - b.rank || b.weight - a.weight || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || cmp(a.latin, b.latin)),
          support: new Set(cs.map((c) => c.source)).size,
          rank: Math.min(...cs.map((c) => c.rank)),
          weight: Math.max(...cs.map((c) => c.weight)),
        }))
        .sort((a, b) => b.support - a.support || a.rank - b.rank || b.weight - a.weight || cmp(a.cs[0]!.latin, b.cs[0]!.latin))[0]!
      const top = best.cs[0]!
      const sources = [...new Set(group.filter((c) => latinKey(c.latin) === latinKey(top.latin)).map((c) => c.source))].sort(cmp)
      rows.push({ arabic, latin: top.latin, kind: top.kind, source: sources.join(',') })
    }
    return rows.sort((a, b) => cmp(a.arabic, b.arabic))
  }
}

/** Code-unit order, independent of locale and ICU version. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

// ---------------------------------------------------------------------------
// Curated lists

interface CuratedRow { arabic: string; latin: string; kind: string }

/** Reads a hand-edited `arabic<TAB>latin<TAB>kind` list; `#` lines are comments. Throws on a malformed line. */
function readCurated(name: string, kinds: Set<string>): CuratedRow[] {
  const path = join(OUT_DIR, name)
  if (!existsSync(path)) return []
  const out: CuratedRow[] = []
  readText(path).split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return
    const cols = line.split('\t')
    const [arabic, latin, kind] = cols
    if (cols.length !== 3 || !arabic || !latin || !kind || !kinds.has(kind)) throw new Error(`${name}:${i + 1}: expected arabic<TAB>latin<TAB>kind, got ${JSON.stringify(line)}`)
    out.push({ arabic, latin, kind })
  })
  return out
}

// ---------------------------------------------------------------------------
// Word lists used as filters

interface Filters {
  stopwords: Set<string>
  firstNames: Set<string>
}

function loadFilters(shared: string): Filters {
  const words = (p: string): string[] => readText(join(shared, 'data', p)).split(/\r?\n/).map((w) => normArabic(cleanArabic(w))).filter(Boolean)
  const stopwords = new Set([...words('stopwords-ar/stopwords-iso-ar.txt'), ...words('stopwords-ar/mohataher-arabic-stop-words.txt')])
  const firstNames = new Set([...words('arabic-first-names/male-first--names-in-arabic.txt'), ...words('arabic-first-names/female-first-names-in-arabic.txt')])
  return { stopwords, firstNames }
}

/** Generic one-word region names that are ordinary words (`الشمالية` "the northern"). */
const GENERIC_PLACE_WORDS = new Set(['الشماليه', 'الجنوبيه', 'الشرقيه', 'الغربيه', 'الوسطي', 'العاصمه', 'الوسط', 'الشمال', 'الجنوب', 'الشرق', 'الغرب', 'المركز', 'المحايده', 'المنطقه', 'المدينه', 'الساحل', 'الجزيره', 'البحر', 'الجبل', 'الوادي', 'الميناء', 'السوق', 'المطار'])

/** True when a one-word name is an ordinary word or a bare first name, too ambiguous for a gazetteer. */
function isAmbiguousSingleWord(arabic: string, f: Filters): boolean {
  const n = normArabic(arabic)
  if (n.includes(' ')) return false
  return f.stopwords.has(n) || f.firstNames.has(n) || GENERIC_PLACE_WORDS.has(n) || n.length <= 2
}

// ---------------------------------------------------------------------------
// Arabic Wikipedia frequencies (only to tell well-known clubs from obscure ones)

/** Counts how often each wanted normalised form (1–5 words) occurs in the Arabic Wikipedia sample, also after a one-letter proclitic. */
function countInWiki(shared: string, wanted: Set<string>): Map<string, number> {
  const counts = new Map<string, number>()
  const dir = join(shared, 'data', 'arwiki-text-cc-by-sa')
  if (!existsSync(dir)) return counts
  const maxLen = 5
  for (let i = 1; i <= 24; i++) {
    const file = join(dir, `arwiki_${String(i).padStart(3, '0')}.txt.gz`)
    if (!existsSync(file)) continue
    const text = gunzipSync(readFileSync(file)).toString('utf8')
    for (const line of text.split('\n')) {
      if (line.startsWith('# ')) continue
      const toks = normArabic(line.replace(ARABIC_MARKS, '')).split(/[^\u0621-\u064A]+/).filter(Boolean)
      for (let s = 0; s < toks.length; s++) {
        const firsts = [toks[s]!]
        const t0 = toks[s]!
        if (t0.length > 3 && 'وبلفك'.includes(t0[0]!)) firsts.push(t0.slice(1))
        for (const first of firsts) {
          let gram = first
          for (let n = 1; n <= maxLen && s + n <= toks.length; n++) {
            if (n > 1) gram += ' ' + toks[s + n - 1]!
            if (wanted.has(gram)) counts.set(gram, (counts.get(gram) ?? 0) + 1)
          }
        }
      }
    }
  }
  return counts
}

// ---------------------------------------------------------------------------
// LOC

/** English names where CLDR's short form is not the usual news form (`Congo - Kinshasa`, `Türkiye`). */
const COUNTRY_LATIN: Record<string, string> = {
  CG: 'Republic of Congo', CD: 'Democratic Republic of Congo', TR: 'Turkey', CZ: 'Czech Republic', MM: 'Myanmar', CI: 'Ivory Coast',
  HK: 'Hong Kong', MO: 'Macau', PS: 'Palestine', VA: 'Vatican City', FM: 'Micronesia', CV: 'Cape Verde', TL: 'East Timor', SZ: 'Eswatini',
  UM: 'United States Minor Outlying Islands', CC: 'Cocos Islands', HM: 'Heard Island and McDonald Islands', GS: 'South Georgia and the South Sandwich Islands',
  VC: 'Saint Vincent and the Grenadines', BQ: 'Caribbean Netherlands', MF: 'Saint Martin', SX: 'Sint Maarten',
}

const WOF_COUNTRY = new Set(['AE', 'AF', 'BH', 'CY', 'DJ', 'DZ', 'EG', 'ER', 'IL', 'IQ', 'IR', 'JO', 'KM', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PK', 'PS', 'QA', 'SA', 'SD', 'SO', 'SS', 'SY', 'TD', 'TN', 'TR', 'YE'])

/** Names of things that are not towns, found in the city lists by Wikidata mix-ups (`مطار الفاشر` airport, `نادي بلاكبول` club, `مملكة تدمر` kingdom). */
const NOT_A_TOWN = /^(ال)?(غواصة|سفينة|طائرة|مطار|جامعة|كلية|معهد|مدرسة|مستوصف|ملعب|مستشفى|مستشفي|نادي|نهر|مملكة|متحف|شركة|لغة|قاعدة|محطة|كنيسة|حزب|صحيفة|قناة|فيلم|معركة|حرب|إمبراطورية|دولة|سلالة|منتخب|بطولة|اتحاد|الاتحاد|جمعية|منظمة) /

/** Admin prefixes stripped from city names (`ولاية قندهار` → `قندهار`); `مدينة` is kept as a second form (`مدينة الكويت`). */
const ADMIN_PREFIX = /^(ولاية|محافظة|قضاء|مديرية|منطقة|مقاطعة|إقليم|اقليم|بلدية|شعبية|عمالة|ناحية|مركز|إمارة|امارة) /

function buildLoc(shared: string, f: Filters): { rows: Row[]; notes: string[] } {
  const col = new Collector('loc')
  const notes: string[] = []
  const curated = readCurated('curated-loc.tsv', LOC_KINDS)
  for (const r of curated) col.add(r.arabic, r.latin, r.kind, 'curated', 0)
  notes.push(`curated-loc.tsv: ${curated.length} rows`)
  const curatedCityKeys = new Set(curated.filter((r) => r.kind === 'city').map((r) => latinKey(r.latin)))

  // Countries: i18n-iso-countries (MIT) + Intl.DisplayNames (CLDR via ICU).
  const isoAr = JSON.parse(readText(join(shared, 'data/i18n-iso-countries-ar/ar.json'))) as { countries: Record<string, string | string[]> }
  const arNames = new Intl.DisplayNames('ar', { type: 'region' })
  const enNames = new Intl.DisplayNames('en', { type: 'region' })
  const countryLatin = new Map<string, string>()
  for (const code of Object.keys(isoAr.countries).sort(cmp)) {
    const latin = COUNTRY_LATIN[code] ?? (enNames.of(code) ?? code).replace(/ & /g, ' and ').replace(/^St\. /, 'Saint ')
    countryLatin.set(code, latin)
    const kind = code === 'AQ' ? 'continent' : 'country'
    const iso = isoAr.countries[code]!
    for (const a of Array.isArray(iso) ? iso : [iso]) col.add(a, latin, kind, 'i18n-iso-countries', 1, 1e9)
    const cldr = arNames.of(code)
    // «هونغ كونغ الصينية (منطقة إدارية خاصة)» → «هونغ كونغ الصينية»: a region's long CLDR label; its short form comes from i18n-iso-countries.
    if (cldr && cldr !== code) col.add(cldr, latin, kind, 'cldr', 1, 1e9)
  }

  // World cities (Wikidata via jamsshhayd/world-cities-translations, CC BY 4.0).
  let wcKept = 0
  let wcLow = 0
  for (const r of readCsv(join(shared, 'data/world-cities-ar/world-cities.csv'))) {
    const [, countryEn, cityAr, cityEn, popRaw] = r
    if (!cityAr || !cityEn) continue
    const pop = Number(popRaw) || 0
    const latin = cleanLatin(cityEn)
    if (pop < WORLD_CITY_MIN_POPULATION && !curatedCityKeys.has(latinKey(latin))) continue
    const ar = cleanArabic(cityAr)
    // Digits and mountains are other Wikidata items (`باير 04 ليفركوزن` a club, `جبل سانت هيلين` a volcano).
    if (NOT_A_TOWN.test(ar) || /[0-9٠-٩]/.test(ar) || ar.startsWith('جبل ')) { rejected.push({ file: 'loc', arabic: ar, latin, source: 'world-cities-ar', why: 'not a town' }); continue }
    const stripped = ar.replace(ADMIN_PREFIX, '')
    const forms = ar.startsWith('مدينة ') ? [ar, ar.slice(6)] : [stripped]
    for (const form of forms) {
      // A mismatched pair (`وهران` for San Ramon de la Nueva Oran) sounds nothing alike; big cities keep their exonyms (`القدس` Jerusalem).
      if (pop < 1_000_000 && translitScore(form, latin) < 0.4 && !curatedCityKeys.has(latinKey(latin))) {
        wcLow++
        rejected.push({ file: 'loc', arabic: form, latin, source: 'world-cities-ar', why: `translit ${translitScore(form, latin).toFixed(2)} (${countryEn})` })
        continue
      }
      if (isAmbiguousSingleWord(form, f)) { rejected.push({ file: 'loc', arabic: form, latin, source: 'world-cities-ar', why: 'ambiguous' }); continue }
      if (col.add(form, latin, 'city', 'world-cities-ar', 2, pop)) wcKept++
    }
  }
  notes.push(`world-cities-ar: ${wcKept} forms (population >= ${WORLD_CITY_MIN_POPULATION} or a curated city), ${wcLow} dropped as mismatched`)

  // Who's On First (CC0 + CC BY sources).
  let wofKept = 0
  const wofRows = readTsv(join(shared, 'data/wof-arabic-places/wof_places_ar.tsv'))
  for (const r of wofRows) {
    const [, placetype, cc, , nameEn, , nameAr, nameArVariants, qid, , , popRaw, , , current, superseded] = r
    if (!placetype || !nameEn || !nameAr || !cc || !WOF_COUNTRY.has(cc)) continue
    if (current === '0' || superseded) continue
    const pop = Number(popRaw) || 0
    let kind: string
    if (placetype === 'country') kind = 'country'
    else if (placetype === 'region') kind = 'region'
    else if (placetype === 'county' && pop >= WOF_COUNTY_MIN_POPULATION && qid) kind = 'region'
    else if (placetype === 'locality' && pop >= (qid ? WOF_LOCALITY_MIN_POPULATION : WOF_LOCALITY_NO_QID_MIN_POPULATION)) kind = 'city'
    else continue
    const latin = cleanLatin(nameEn)
    if (!/^[A-Za-z][A-Za-z '.-]*$/.test(latin) || /`/.test(nameEn)) { rejected.push({ file: 'loc', arabic: nameAr, latin: nameEn, source: 'wof', why: 'latin' }); continue }
    const variants = (nameArVariants ?? '').split('|').filter(Boolean)
    for (const [i, raw] of [nameAr, ...variants].entries()) {
      const ar = cleanArabic(raw)
      if (NOT_A_TOWN.test(ar)) continue
      const forms = kind === 'city' ? [ar.replace(ADMIN_PREFIX, '')] : [ar]
      for (const form of forms) {
        const score = translitScore(form, latin)
        // Preferred names of countries and regions are trusted; variants and localities must sound like the Latin name.
        const bar = kind === 'country' ? 0 : i === 0 && kind === 'region' ? 0.34 : 0.5
        if (score < bar) { rejected.push({ file: 'loc', arabic: form, latin, source: 'wof', why: `translit ${score.toFixed(2)} (${placetype} ${cc})` }); continue }
        if (isAmbiguousSingleWord(form, f)) { rejected.push({ file: 'loc', arabic: form, latin, source: 'wof', why: 'ambiguous' }); continue }
        if (col.add(form, latin, kind, 'wof', 3, pop)) wofKept++
      }
    }
  }
  notes.push(`wof-arabic-places: ${wofKept} forms (countries; regions; counties >= ${WOF_COUNTY_MIN_POPULATION} with QID; localities >= ${WOF_LOCALITY_MIN_POPULATION} with QID or >= ${WOF_LOCALITY_NO_QID_MIN_POPULATION} without)`)

  // ArWikiCats: first-level regions and provinces; and Arabic variants of cities already kept.
  let awRegions = 0
  const REGION_EN = /^(.+?) (province|governorate|oblast|region|state|krai|prefecture|department|district|county|canton|voivodeship|autonomous community|autonomous region|emirate)$/
  const REGION_AR = /^(محافظة|ولاية|إقليم|اقليم|أوبلاست|أوبليس|منطقة|مقاطعة|جهة|كانتون|إمارة|محافظه|مديرية|دائرة|إدارة|كراي|بلدية)\s/
  const HISTORICAL = /\b(kingdom|duchy|empire|principality|dynasty|caliphate|sultanate|khanate|margraviate|electorate|colony|protectorate|mandate|vilayet|eyalet|sanjak|landgraviate|county of|republic|confederation|earldom|march of|archduchy|grand duchy|people's|soviet|ssr|territory of|union)\b/
  const HISTORICAL_AR = /(مملكة|دوقية|إمبراطورية|امبراطورية|إمارة|سلطنة|خلافة|دولة|جمهورية|أسرة|سلالة|اتحاد|كونتية|مستعمرة|محمية|انتداب)/
  for (const file of ['geography_popopo.tsv', 'geography_P17_PP.tsv', 'geography_New_Keys.tsv']) {
    for (const [key, ar] of readTsv(join(shared, 'data/arwikicats-en-ar', file))) {
      if (!key || !ar) continue
      const k = key.replace(/\s*\([^)]*\)\s*/g, ' ').trim()
      if (HISTORICAL.test(k) || HISTORICAL_AR.test(ar) || k.includes(',')) continue
      const m = REGION_EN.exec(k)
      // Only an explicit administrative unit on both sides: `idlib governorate` ↔ `محافظة إدلب`.
      if (!m || !REGION_AR.test(cleanArabic(ar))) continue
      const latin = titleCase(k)
      const form = cleanArabic(ar)
      const score = translitScore(form.replace(REGION_AR, ''), m[1]!)
      if (score < 0.4) { rejected.push({ file: 'loc', arabic: form, latin, source: 'arwikicats', why: `translit ${score.toFixed(2)}` }); continue }
      if (col.add(form, latin, 'region', 'arwikicats', 2)) awRegions++
    }
  }
  notes.push(`arwikicats-en-ar regions: ${awRegions} forms (explicit admin units only: "X province/governorate/oblast/…" ↔ "محافظة/ولاية/إقليم/… X")`)

  // ArWikiCats cities: only as extra spellings of a city kept above (joined on the English name, and on the country when the key names one).
  const cityByKey = new Map<string, Candidate[]>()
  for (const c of col.cands) {
    if (c.kind !== 'city') continue
    const k = latinKey(c.latin)
    const g = cityByKey.get(k)
    if (g) g.push(c)
    else cityByKey.set(k, [c])
  }
  const countryKeys = new Set([...countryLatin.values()].map(latinKey))
  let awCities = 0
  for (const [key, ar] of readTsv(join(shared, 'data/arwikicats-en-ar/cities_cities_full.tsv'))) {
    if (!key || !ar) continue
    const m = /^([^,(]+?)(?:, ([^,(]+)|\s*\(([^)]+)\))?$/.exec(key)
    if (!m) continue
    const qualifier = (m[2] ?? m[3] ?? '').trim()
    if (qualifier && !countryKeys.has(latinKey(qualifier))) continue
    const hits = cityByKey.get(latinKey(m[1]!))
    if (!hits) continue
    const latins = new Set(hits.map((h) => h.latin))
    if (latins.size !== 1) continue
    const latin = hits[0]!.latin
    const form = cleanArabic(ar)
    if (NOT_A_TOWN.test(form)) continue
    if (translitScore(form, latin) < 0.34 && hits.every((h) => h.rank > 0)) continue
    if (isAmbiguousSingleWord(form, f)) continue
    if (col.add(form, latin, 'city', 'arwikicats', 4, Math.max(...hits.map((h) => h.weight)))) awCities++
  }
  notes.push(`arwikicats-en-ar cities: ${awCities} extra spellings of cities already kept`)
  return { rows: col.resolve(), notes }
}

// ---------------------------------------------------------------------------
// PER

function buildPer(shared: string, f: Filters): { rows: Row[]; notes: string[] } {
  const col = new Collector('per')
  const notes: string[] = []
  const curated = readCurated('curated-per.tsv', new Set(['person']))
  for (const r of curated) col.add(r.arabic, r.latin, 'person', 'curated', 0)
  notes.push(`curated-per.tsv: ${curated.length} rows`)

  let aw = 0
  const people = readTsv(join(shared, 'data/arwikicats-en-ar/people_peoples.tsv'))
  // First names seen at the start of multi-word names: a one-word name equal to one of them (`رولاند`) is too ambiguous.
  const givenNames = new Set(people.map(([, ar]) => cleanArabic(ar ?? '').split(' ')).filter((w) => w.length > 1).map((w) => normArabic(w[0]!)))
  for (const [key, ar] of people) {
    if (!key || !ar) continue
    const latin = titleCase(key.replace(/\s*\([^)]*\)/g, '').trim())
    const form = cleanArabic(ar)
    // Category titles (`مصورون من الإمبراطورية الروسية`, `أفلام يوسف شاهين`) and cut-off names (`يوهان فريدريش فون`) are not people.
    if (/ (من|في) /.test(form) || /^(أفلام|أعمال|ألبومات|أغاني|قائمة|كتب) /.test(form) || /(^| )(فون|فان|دي|دا|بن|ابن|بنت|أبو|ابو|عبد|آل)$/.test(form)) { rejected.push({ file: 'per', arabic: form, latin, source: 'arwikicats', why: 'not a name' }); continue }
    // One-word stage names and ancient names are kept only when long and not also a word or a first name (`أكبر`, `بينك`, `زيد`).
    if (!form.includes(' ') && (form.length <= 4 || givenNames.has(normArabic(form)))) { rejected.push({ file: 'per', arabic: form, latin, source: 'arwikicats', why: 'one short word' }); continue }
    // Keys that are titles rather than names (`14th dalai lama` → `تينزن غياتسو`) do not sound alike and are dropped.
    const score = translitScore(form, latin)
    if (score < 0.34) { rejected.push({ file: 'per', arabic: form, latin, source: 'arwikicats', why: `translit ${score.toFixed(2)}` }); continue }
    if (isAmbiguousSingleWord(form, f)) { rejected.push({ file: 'per', arabic: form, latin, source: 'arwikicats', why: 'ambiguous' }); continue }
    if (col.add(form, latin, 'person', 'arwikicats', 2)) aw++
  }
  notes.push(`arwikicats-en-ar people: ${aw} rows`)

  let ep = 0
  for (const [, nameEn, nameAr] of readTsv(join(shared, 'data/everypolitician-wikidata-sample/politicians_lb_dz_jo.tsv'))) {
    if (!nameEn || !nameAr) continue
    if (col.add(nameAr, nameEn, 'person', 'everypolitician', 1)) ep++
  }
  notes.push(`everypolitician-wikidata-sample: ${ep} rows (those with an English label)`)
  return { rows: col.resolve(), notes }
}

// ---------------------------------------------------------------------------
// ORG

/** Agency aliases that are ordinary words, first names or place names (`معا` "together", `بنا` "with us", `بترا` Petra); only a dateline context makes them agencies. */
const AMBIGUOUS_AGENCY_ALIASES = new Set(['بنا', 'معا', 'وال', 'وات', 'وام', 'سبأ', 'بترا', 'الأناضول', 'الاناضول', 'العمانية', 'الوكالة الوطنية', 'الوكالة الفرنسية', 'تاس', 'إفي', 'افي', 'وفا', 'واع', 'ومأ', 'سانا', 'قنا', 'كونا', 'إرنا', 'ارنا', 'أ ب', 'ا ب', 'أ.ب', 'أنسا', 'انسا', 'كيودو'])

/** Party Facts strings that are typos or not Arabic: corrected, or dropped (null). */
const PARTY_FIXES: Record<string, string | null> = {
  'لمجلس الشعبي الكلداني السرياني الآشوري': 'المجلس الشعبي الكلداني السرياني الآشوري',
  'التظيم الوحدوي الشعبي الناصري': 'التنظيم الوحدوي الشعبي الناصري',
  'ليست كوردستان': null,
  'اتحاد الوطنى الافريقى السودان': null,
}

const ARAB_PARTY_COUNTRIES = new Set(['DZA', 'BHR', 'EGY', 'IRQ', 'JOR', 'KWT', 'LBN', 'LBY', 'MRT', 'MAR', 'OMN', 'PSE', 'QAT', 'SAU', 'SOM', 'SDN', 'SSD', 'SYR', 'TUN', 'ARE', 'YEM', 'ISR'])

/** Club name without the legal suffix or prefix news leaves out (`Juventus F.C.` → `Juventus`, `FC Porto` → `Porto`). */
function clubLatin(key: string): string {
  let s = key.replace(/\s*\([^)]*\)/g, '').trim()
  s = s.replace(/\s+(futebol clube|football club|sports club|club|calcio|([a-z]\.){1,4}|fc|afc|cf|sc|sk|fk|ac|bc|cd|sv|if|bk|ik|ff|pfk|sfc|ssc|ud|fa|csc|aa)$/i, '')
  s = s.replace(/\s+\d+$/, '')
  // Legal prefixes, but not `a.c.`/`ac` (AC Milan is the usual name).
  s = s.replace(/^(fc|f\.c\.|a\.s\.|as|s\.s\.|ss|s\.s\.c\.|ssc|u\.s\.|us|u\.c\.|uc|nk|fk|sk|pfc|pfk|sv|vfl|vfb|tsg|rcd|rc|cd|cf|ud|sd|afc|acf|ca|aj|s\.l\.|sl|sc|r\.s\.c\.)\s+/i, '')
  // Vowel-less short words are acronyms: `psv eindhoven` → `PSV Eindhoven`.
  return titleCase(s.trim()).replace(/\b([B-DF-HJ-NP-TV-Z][b-df-hj-np-tv-z]{2,3})\b/g, (w) => w.toUpperCase())
}

function buildOrg(shared: string, f: Filters, locForms: string[]): { rows: Row[]; notes: string[] } {
  const col = new Collector('org')
  const notes: string[] = []
  const curated = readCurated('curated-org.tsv', ORG_KINDS)
  for (const r of curated) col.add(r.arabic, r.latin, r.kind, 'curated', 0)
  notes.push(`curated-org.tsv: ${curated.length} rows`)

  let ag = 0
  for (const [id, nameAr, aliases, nameEn] of readTsv(join(shared, 'data/news-agencies-ar-seed/news_agencies_ar.tsv'))) {
    if (!id || id === 'generic' || !nameAr || !nameEn) continue
    for (const a of [nameAr, ...(aliases ?? '').split('|')]) {
      const form = cleanArabic(a)
      if (!form || AMBIGUOUS_AGENCY_ALIASES.has(form)) continue
      if (col.add(form, nameEn, 'agency', 'news-agencies-ar-seed', 1)) ag++
    }
  }
  notes.push(`news-agencies-ar-seed: ${ag} forms (dateline-only abbreviations that are ordinary words left out)`)

  let pf = 0
  const placeForms = new Set(locForms)
  for (const r of readTsv(join(shared, 'data/partyfacts-mena/parties_mena.tsv'))) {
    const [country, , , , , nameEnglish, nameArabic] = r
    if (!country || !ARAB_PARTY_COUNTRIES.has(country) || !nameEnglish || !nameArabic) continue
    const latin = nameEnglish.split(/\s*\/+\s*/)[0]!.replace(/\[[^\]]*\]\s*/g, '')
    for (const part of nameArabic.split(/\s*\|\s*/)) {
      // Keep the Arabic run of a mixed field («Harakat … حركة الإصلاح الوطني»); fragments of Kurdish or of a
      // longer name (`العراق`, `قطر سوريا`) are not party names: at least two words, the first not a place.
      const runs = part.match(/[\u0600-\u06FF][\u0600-\u06FF\s-]*[\u0600-\u06FF]/g) ?? []
      for (const run of runs) {
        const fixed = PARTY_FIXES[cleanArabic(run)]
        if (fixed === null) continue
        const form = fixed ?? cleanArabic(run)
        const words = form.split(' ')
        if (words.length < 2 || placeForms.has(normArabic(form)) || placeForms.has(normArabic(words[0]!))) {
          rejected.push({ file: 'org', arabic: form, latin, source: 'partyfacts', why: 'fragment' })
          continue
        }
        if (col.add(form, latin, 'party', 'partyfacts', 2)) pf++
      }
    }
  }
  notes.push(`partyfacts-mena: ${pf} forms (Arab League members and Israel; Persian/Pashto/Urdu names left out)`)

  // Sports clubs: keep the ones the Arabic Wikipedia sample names at least CLUB_MIN_WIKI_COUNT times. A bare name that
  // is also a place (`ليفربول`) counts only through the full form (`نادي ليفربول`): the city's mentions say nothing.
  const clubs: { full: string; bare: string; latin: string }[] = []
  for (const [key, ar] of readTsv(join(shared, 'data/arwikicats-en-ar/sports_Clubs_key.tsv'))) {
    if (!key || !ar) continue
    const latin = clubLatin(key)
    const full = cleanArabic(ar)
    const bare = full.replace(/^نادي /, '')
    if (!isGoodArabic(full) || !isGoodArabic(bare) || isAmbiguousSingleWord(bare, f)) continue
    // `نادي جنوب الصين` → bare `جنوب الصين` is a region, not a club.
    if (/^(شمال|جنوب|شرق|غرب|وسط) /.test(bare)) continue
    if (translitScore(bare, latin) < 0.34 && !bare.startsWith('ال')) { rejected.push({ file: 'org', arabic: full, latin, source: 'arwikicats', why: `club translit ${translitScore(bare, latin).toFixed(2)}` }); continue }
    clubs.push({ full, bare, latin })
  }
  const counts = countInWiki(shared, new Set(clubs.flatMap((c) => [normArabic(c.full), normArabic(c.bare)])))
  let cl = 0
  for (const c of clubs) {
    const fullCount = c.full !== c.bare ? counts.get(normArabic(c.full)) ?? 0 : 0
    // A one-word bare name (`ألبي`) is too often something else; only the full form counts for it.
    const bareCount = placeForms.has(normArabic(c.bare)) || (!c.bare.includes(' ') && c.full !== c.bare) ? 0 : counts.get(normArabic(c.bare)) ?? 0
    const n = Math.max(fullCount, bareCount)
    if (n < CLUB_MIN_WIKI_COUNT) continue
    // The bare name of a club named after its town (`نادي الكويت` → `الكويت`) is left to the place; curated rows add the famous ones.
    const forms = placeForms.has(normArabic(c.bare)) ? [c.full] : [c.full, c.bare]
    for (const form of new Set(forms)) if (col.add(form, c.latin, 'club', 'arwikicats', 3, n)) cl++
  }
  notes.push(`arwikicats-en-ar clubs: ${cl} forms of ${clubs.length} clubs, those named >= ${CLUB_MIN_WIKI_COUNT} times in the Arabic Wikipedia sample`)
  return { rows: col.resolve(), notes }
}

// ---------------------------------------------------------------------------
// Output

const HEADER = 'arabic\tlatin\tkind\tsource'

function toTsv(rows: Row[]): string {
  return [HEADER, ...rows.map((r) => [r.arabic, r.latin, r.kind, r.source].join('\t'))].join('\n') + '\n'
}

function countBy<T>(xs: T[], key: (x: T) => string): string {
  const m = new Map<string, number>()
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1)
  return [...m.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([k, v]) => `${k} ${v}`).join(', ')
}

function sourceCounts(rows: Row[]): string {
  const m = new Map<string, number>()
  for (const r of rows) for (const s of r.source.split(',')) m.set(s, (m.get(s) ?? 0) + 1)
  return [...m.entries()].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([k, v]) => `${k} ${v}`).join(', ')
}

function main(): void {
  const arg = process.argv[2]
  const shared = resolve(arg ?? process.env['MARSAD_SHARED'] ?? join(REPO, '..', 'shared'))
  if (!existsSync(join(shared, 'data'))) throw new Error(`no data/ under ${shared}; pass the shared folder as an argument or set MARSAD_SHARED`)
  mkdirSync(OUT_DIR, { recursive: true })
  const f = loadFilters(shared)
  denied = new Set(readTsv(join(OUT_DIR, 'curated-deny.tsv'), false).map(([ar]) => normArabic(cleanArabic(ar ?? ''))).filter(Boolean))
  const loc = buildLoc(shared, f)
  const results = { loc, per: buildPer(shared, f), org: buildOrg(shared, f, loc.rows.map((r) => normArabic(r.arabic))) }
  const stats: string[] = []
  for (const [name, { rows, notes }] of Object.entries(results)) {
    const text = toTsv(rows)
    writeFileSync(join(OUT_DIR, `${name}.tsv`), text)
    stats.push(`### ${name}.tsv — ${rows.length} rows, ${Buffer.byteLength(text)} bytes`, '', `- kinds: ${countBy(rows, (r) => r.kind)}`, `- rows per source (a row agreed by several sources counts for each): ${sourceCounts(rows)}`, ...notes.map((n) => `- input: ${n}`), '')
    console.log(`${name}.tsv: ${rows.length} rows, ${Buffer.byteLength(text)} bytes`)
  }
  writeFileSync(join(OUT_DIR, 'SOURCES.md'), sourcesMd(stats.join('\n')))
  if (process.env['GAZETTEER_REJECTS']) {
    writeFileSync(process.env['GAZETTEER_REJECTS'], rejected.map((r) => [r.file, r.source, r.why, r.arabic, r.latin].join('\t')).join('\n') + '\n')
  }
}

function sourcesMd(stats: string): string {
  return `# Gazetteer sources

Generated by \`scripts/build-gazetteers.ts\` — do not edit by hand; edit the \`curated-*.tsv\` lists and rebuild
(\`npx tsx scripts/build-gazetteers.ts [SHARED_DIR]\`). Licences of the compiled data: \`LICENSE-DATA.md\`.

Each output row is \`arabic<TAB>latin<TAB>kind<TAB>source\`; \`source\` lists every data set that gave that Arabic form
the same Latin name (comma-separated). Arabic forms are cleaned (harakat, tatweel, invisible marks and parenthesised
disambiguators removed; Persian yeh/keheh mapped to Arabic; forms with Latin or Persian-only letters dropped); Latin
names are folded to ASCII (\`Erdoğan\` → \`Erdogan\`). One row per Arabic form: a curated row wins; otherwise the Latin
name that most data sets agree on, then the more trusted set (curated > ISO/CLDR and EveryPolitician > world cities and
ArWikiCats people and regions (English Wikipedia titles) > WOF > ArWikiCats city spellings and clubs), then the larger place.

## Data sets

| source tag | data set (folder in shared/data) | licence | attribution / citation |
|---|---|---|---|
| curated | \`curated-loc.tsv\`, \`curated-per.tsv\`, \`curated-org.tsv\` (this folder; hand-written for Marsad) | CC0 1.0 | none required |
| i18n-iso-countries | i18n-iso-countries-ar (michaelwittig/node-i18n-iso-countries, \`langs/ar.json\`) | MIT | widdix GmbH / michaelwittig, i18n-iso-countries, https://github.com/michaelwittig/node-i18n-iso-countries |
| cldr | Node's built-in ICU, \`Intl.DisplayNames\` (Unicode CLDR) | Unicode License v3 | Unicode Common Locale Data Repository (CLDR), © Unicode, Inc. |
| world-cities-ar | world-cities-ar (jamsshhayd/world-cities-translations, data from Wikidata) | CC BY 4.0 | Jamshaid Kamran, "World Cities with Arabic Translations", https://github.com/jamsshhayd/world-cities-translations (CC BY 4.0), data from Wikidata |
| wof | wof-arabic-places (Who's On First admin repositories for 31 MENA and neighbouring countries) | WOF licence: CC0 own work + CC BY sources (GeoNames CC BY 4.0) | Place names: Who's On First (https://whosonfirst.org/docs/licenses/) incl. GeoNames (CC BY 4.0) and Wikidata (CC0) |
| arwikicats | arwikicats-en-ar (ArWikiCats/ArWikiCats name tables: people, regions, cities, clubs) | MIT (project-stated) | ArWikiCats (MrIbrahem), https://github.com/ArWikiCats/ArWikiCats, derived from Wikipedia titles |
| everypolitician | everypolitician-wikidata-sample (EveryPolitician / Wikidata labels of Lebanese, Algerian, Jordanian MPs) | CC0 | courtesy: EveryPolitician / mySociety; Wikidata |
| partyfacts | partyfacts-mena (hdigital/partyfactsdata core parties) | MIT | Döring, Holger and Sven Regel. 2019. Party Facts: A database of political parties worldwide. Party Politics 25(2): 97–109 |
| news-agencies-ar-seed | news-agencies-ar-seed (hand-compiled seed list of agencies) | CC0 | none required |

\`curated-deny.tsv\` (hand-written, CC0) lists forms that automatic sources give as names but that news uses mostly as
ordinary words or bare first names (\`جامعة\` "university" listed as a town, \`دولي\` "international"); they are dropped
from every source except the curated lists.

Used only as filters, nothing copied: stopwords-ar (MIT) and arabic-first-names (MIT) drop one-word names that are
ordinary words or bare first names; the Arabic Wikipedia sample arwiki-text-cc-by-sa (CC BY-SA 4.0) is counted to keep
the sports clubs that it names at least ${CLUB_MIN_WIKI_COUNT} times (attribution: "Contains statistics derived from
Arabic Wikipedia (CC BY-SA 4.0) via motazsaad/egy-arb-dialect-id").

Not used (licence does not allow redistribution in an MIT package): ANERgazet (no licence, research only), SaudiNewsNet
and the news corpus built from it, PADT (non-commercial), ANERcorp/NewsFANE (not name lists; BY-SA).

## Selection

- loc: countries and territories (all ISO 3166 codes); world cities with population >= ${WORLD_CITY_MIN_POPULATION}
  plus every curated city (so all national capitals); WOF countries, regions/governorates, counties >= ${WOF_COUNTY_MIN_POPULATION}
  with a Wikidata id, localities >= ${WOF_LOCALITY_MIN_POPULATION} with a Wikidata id or >= ${WOF_LOCALITY_NO_QID_MIN_POPULATION}
  without — towns of 15,000 and more are what conflict and politics news names (Kobani, Manbij, Suruc), while the
  GeoNames hamlets below are often ordinary words or person names; ArWikiCats regions only where both sides name an
  administrative unit (\`idlib governorate\` ↔ \`محافظة إدلب\`; its lists also hold duchies, dynasties, films and
  plants); ArWikiCats city titles only as extra spellings of cities kept above.
- A pair from world-cities, WOF or ArWikiCats whose Arabic and Latin do not sound alike (consonant-skeleton check,
  \`translitScore\`) is dropped: that removes mismatches such as \`وهران\` for San Ramon de la Nueva Oran. Cities of a
  million or more keep their exonyms (\`القدس\` Jerusalem).
- per: the curated list; ArWikiCats famous people (titles that are not names, e.g. \`14th dalai lama\` →
  \`تينزن غياتسو\`, dropped by the same check); EveryPolitician MPs with an English label.
- org: the curated list; news agencies (abbreviations that are ordinary words — \`معا\`, \`بنا\`, \`وام\`, \`بترا\` —
  left out: match those only in datelines); Party Facts parties of Arab League members and Israel with an Arabic
  name; ArWikiCats clubs, kept when well known (see above), with and without \`نادي\`.

## Files

${stats}
`
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
