import type { DocBuilder } from '../../core/doc.js'
import type { Quantity, TimeExpression } from '../../core/record.js'
import { trimSpan, type Span } from '../../core/span.js'
import { TokenFlag, TokenKind } from '../../core/tokens.js'
import { FUNCTION_WORDS } from '../../language/function-words.js'
import {
  CURRENCIES, CURRENCY_ADJECTIVES, HEDGES_MANY, HEDGES_ONE, LABELS, NATIVE_INITIAL, ORDINAL_NOUNS, PERCENT_AFTER_FI, PERCENT_ONE,
} from './quantity-lexicon.js'
import { isNumberWord, lexemeMayBeNumberWord, readNumber, type NumberReading, type NumberTokens } from '../../language/read-number.js'

const NUMBER = TokenKind.Number
const ARABIC = TokenKind.Arabic
const LATIN = TokenKind.Latin
const GLUED = TokenFlag.Glued
const NEWLINE = TokenFlag.NewlineBefore

/**
 * Finds counted amounts in a document, skipping numbers that the times layer holds.
 * `أرسلت حوالي 15 ألف جندي` → span `حوالي 15 ألف جندي`, 15000, approximate, unit `جندي`;
 * `الآلاف من عمال البناء` → 1000, approximate; `30 في المئة` → 30, unit `%`;
 * `القرار رقم 2254`, `اف-16`, `0501234567`, `الدورة الـ25` → nothing.
 */

/** Currency signs before or after digits: `$50`, `50€`. */
const SIGNS = new Set(['$', '€', '£', '¥'])
/** Proclitics that may stand glued before digits: `بـ50`, `و20`, `لـ3`. */
const DIGIT_CLITICS = new Set(['و', 'ب', 'ل', 'ك', 'ف', 'وب', 'ول', 'فب'])
/** Verbs and prepositions after which `الـ300` is a count: `تجاوزت الـ300`, `من الـ20 إلى الـ30`. */
const COUNT_VERBS = new Set([
  'تجاوز', 'تجاوزت', 'يتجاوز', 'تتجاوز', 'يناهز', 'تناهز', 'تعدي', 'تعدت', 'يتعدي', 'تتعدي', 'تخطي', 'تخطت', 'يتخطي', 'يفوق',
  'تفوق', 'بلغ', 'بلغت', 'يبلغ', 'تبلغ', 'من', 'الي', 'بين', 'حاجز', 'عتبه', 'قرابه', 'حوالي', 'نحو', 'فوق', 'دون', 'تحت',
])

/** Forms of 3–10 that also mean a fraction before a definite noun: `عشر المبلغ`, `خمس السكان`. */
function isFraction(w: string): boolean {
  return w === 'عشر' || w === 'خمس' || w === 'سدس' || w === 'سبع' || w === 'ثمن' || w === 'تسع' || w === 'ربع'
}

/** Prepositional phrases that follow numbers: `بنسبة`, `بقيمة`, `لكل`. */
const PREPOSITIONAL = new Set([
  'بنسبه', 'بقيمه', 'بمبلغ', 'بمعدل', 'بزياده', 'بواقع', 'بسبب', 'بحسب', 'بشكل', 'بعد', 'بين', 'بينما', 'لكل', 'لمده', 'لصالح',
  'لدي', 'لان', 'لكن', 'فقط', 'في', 'فيما', 'فان', 'كما', 'كل', 'بها', 'به', 'لها', 'له', 'لهم', 'بهم', 'فيها', 'فيه', 'بانه',
  'بان', 'لانه', 'لتصل', 'ليصل', 'ليبلغ', 'لتبلغ', 'بدلا', 'بمقدار', 'بحوالي', 'بنحو', 'بما', 'لما', 'كانت', 'كان', 'فضلا',
  'بعدما', 'بفارق', 'برصيد', 'بتهمه', 'بحجم', 'بطول', 'بعمق', 'بارتفاع', 'بسعر', 'بتكلفه', 'بكلفه', 'بمشاركه', 'بحضور',
  'لعام', 'لسنه', 'للعام', 'بمناسبه', 'بدءا', 'ابتداء', 'فقد', 'فلم', 'فهو', 'فهي', 'كذلك', 'بل', 'لم', 'لن', 'لا', 'لقد',
])

/** Words between two counts that make them share a noun. */
const INHERIT_AFTER = new Set(['مقابل', 'الي', 'او', 'و', 'حتي'])

/** Ordinal units that take `عشر` to make 11th–19th. */
const ORDINAL_UNITS = new Set([
  'الحادي', 'الحاديه', 'الثاني', 'الثانيه', 'الثالث', 'الثالثه', 'الرابع', 'الرابعه', 'الخامس', 'الخامسه', 'السادس', 'السادسه',
  'السابع', 'السابعه', 'الثامن', 'الثامنه', 'التاسع', 'التاسعه', 'حادي', 'حاديه',
])
/** Words that follow a number and mean `approximately`. */
const HEDGES_AFTER = new Set(['تقريبا', 'تقريباً'])

interface Tok {
  readonly n: number
  readonly norms: readonly string[]
  readonly kind: Uint8Array
  readonly flags: Uint8Array
}

function glued(t: Tok, i: number): boolean {
  return i < t.n && i > 0 && (t.flags[i]! & GLUED) !== 0
}

/** The hedge that ends right before token `i`: its first token and proclitic cut, or null. */
function hedgeBefore(t: Tok, i: number): { start: number; cut: number } | null {
  for (const h of HEDGES_MANY) {
    const s = i - h.length
    if (s < 0) continue
    let ok = true
    for (let k = 0; k < h.length && ok; k++) {
      const w = t.norms[s + k]!
      ok = k === 0 ? w === h[0] || stripOne(w) === h[0] : w === h[k]
    }
    // `ما يقدر بـ` ends on a glued `ب` token.
    if (ok) return { start: s, cut: t.norms[s] === h[0] ? 0 : t.norms[s]!.length - h[0]!.length }
  }
  const w = t.norms[i - 1]
  if (w === undefined || t.kind[i - 1] !== ARABIC) return null
  if (HEDGES_ONE.has(w)) return { start: i - 1, cut: 0 }
  const s1 = stripOne(w)
  if (s1 !== w && HEDGES_ONE.has(s1)) return { start: i - 1, cut: w.length - s1.length }
  return null
}

/** The word without one proclitic letter (`بحوالي` → `حوالي`, `لنحو` → `نحو`); itself when none. */
function stripOne(w: string): string {
  const c = w[0]
  if (w.length > 3 && (c === 'و' || c === 'ب' || c === 'ل' || c === 'ف' || c === 'ك')) {
    const c1 = w[1]
    if ((c === 'و' || c === 'ف') && w.length > 4 && (c1 === 'ب' || c1 === 'ل')) return w.slice(2)
    return w.slice(1)
  }
  return w
}

/** True when a word after a number can be the counted noun (`جندي`, `قتيلا`, `دولار`). */
/** Nouns after `من` that make "out of" (`7.9 ملايين من أصل 11.6 مليون`), not the counted noun. */
const OUT_OF = new Set(['اصل', 'مجموع', 'اجمالي', 'بين', 'ضمن'])

function isUnitWord(t: Tok, j: number): boolean {
  if (j >= t.n || t.kind[j] !== ARABIC) return false
  const w = t.norms[j]!
  if (w.length < 2 || w === 'الواحد' || w === 'الواحده' || FUNCTION_WORDS.has(w) || HEDGES_ONE.has(w) || HEDGES_AFTER.has(w) || isNumberWord(w)) return false
  // `وأصيب`: a glued conjunction starts a new clause — unless the letter belongs to the word (`وحدة`, `وزيرا`).
  const c = w[0]
  if (c === 'و' && !NATIVE_INITIAL.has(w) && !(w.endsWith('ا') && NATIVE_INITIAL.has(w.slice(0, -1)))) return false
  // `بنسبة`, `للبرميل`, `فيها`: a preposition glued on starts a new phrase; `بوصة`, `لاعبا`, `فدان` are nouns.
  if ((c === 'ب' || c === 'ل' || c === 'ك' || c === 'ف') && (w[1] === 'ا' && w[2] === 'ل' || w[1] === 'ل' || PREPOSITIONAL.has(w))) {
    return NATIVE_INITIAL.has(w) || CURRENCIES.has(w)
  }
  return true
}

/** Reads the number at `i`, trying behind one or two proclitics (`ومئة`, `بآلاف`, `وبالملايين`). */
function numberAt(tokens: NumberTokens, t: Tok, i: number): { r: NumberReading; cut: number } | null {
  const r0 = readNumber(tokens, i, 0)
  if (r0) return { r: r0, cut: 0 }
  if (t.kind[i] !== ARABIC) return null
  const w = t.norms[i]!
  for (const cut of [1, 2]) {
    if (w.length <= cut + 2) break
    const p = w.slice(0, cut)
    if (!DIGIT_CLITICS.has(p)) continue
    if (!isNumberWord(w.slice(cut))) continue
    const r = readNumber(tokens, i, cut)
    if (r) return { r, cut }
  }
  return null
}

/** Name openers after which a number word is part of the name (normalized). */
const KUNYA = new Set(['ابو', 'وابو', 'ام', 'وام', 'ابن', 'بن', 'بنت'])

/** Finds the quantities of `doc`; `times` marks the numbers that are years, dates and durations. */
export function scanQuantities(doc: DocBuilder, times: readonly TimeExpression[], skip: readonly Span[] = []): Quantity[] {
  const { tokens, text, map } = doc
  const n = tokens.count
  const norms = doc.tokenNorms()
  const lexemes = doc.tokenLexemes()
  const t: Tok = { n, norms, kind: tokens.kind, flags: tokens.flags }
  const numberTokens: NumberTokens = { norms, tokens }

  // Tokens inside a time expression are not counts.
  const inTime = doc.tokensIn(times.map((tm) => tm.span))
  const skipped = doc.tokensIn(skip)

  const out: Quantity[] = []
  let lastEnd = -1
  for (let i = 0; i < n; i++) {
    const kind = tokens.kind[i]
    if (inTime[i] || skipped[i]) continue
    if (kind !== NUMBER && kind !== ARABIC) continue
    if (kind === ARABIC && !lexemeMayBeNumberWord(lexemes[i]!)) continue
    // `قاعدة أبو ستة`, `أم تسعة`: a number word after a kunya is part of a name.
    if (kind === ARABIC && KUNYA.has(norms[i - 1] ?? '')) continue
    const hit = numberAt(numberTokens, t, i)
    if (!hit) continue
    // `الحادية عشرة`, `الثالث عشر`: the ten of an ordinal.
    if (ORDINAL_UNITS.has(stripOne(norms[i - 1] ?? '')) && (norms[i] === 'عشر' || norms[i] === 'عشره')) continue
    const { r, cut } = hit
    let end = r.tokenEnd
    if (!Number.isFinite(r.value) || r.value <= 0) { i = end - 1; continue }
    let k = end
    for (; k > i && inTime[k - 1]; k--);
    if (k < end) continue

    let start = i
    let startCut = cut
    let approx = r.approx
    let unitStart = -1
    let unitEnd = -1
    const prev = norms[i - 1] ?? ''

    if (kind === NUMBER) {
      const digits = norms[i]!
      // Identifiers and phone numbers: a leading zero, ten digits and more, or digits glued into a code.
      if (/^0\d{3,}/.test(digits) || /^\d{10,}$/.test(digits)) { i = end - 1; continue }
      if (glued(t, i) && (tokens.kind[i - 1] === LATIN || prev === '-' || prev === '/' || prev === '#' || prev === '_' || prev === '@' || prev === '.' || prev === ':' || prev === '+')) { i = end - 1; continue }
      const nx = norms[end] ?? ''
      if (glued(t, end) && (nx === '-' || nx === '/' || nx === ':' || nx === '_' || nx === '.') && tokens.kind[end + 1] === NUMBER) { i = end; continue }
      if (glued(t, end) && tokens.kind[end] === LATIN) { i = end - 1; continue }
      if (nx === '-' && tokens.kind[end + 1] === NUMBER && r.value < 20) { i = end + 1; continue } // a score: `2 - 1`
      // A list marker: `1-` or `2)` at the start of a line.
      if ((i === 0 || (tokens.flags[i]! & NEWLINE)) && (nx === '-' || nx === ')' || nx === '.' || nx === '–')) continue
      if (LABELS.has(prev) || (glued(t, i) && LABELS.has(norms[i - 2] ?? '') && prev !== 'ال')) { i = end - 1; continue }
      if (prev === '(' && LABELS.has(norms[i - 2] ?? '')) { i = end - 1; continue }
      // `3-صفر`, `(16)` a minute of play, `57 / 30` a reference number.
      if (nx === '-' && norms[end + 1] === 'صفر') { i = end + 1; continue }
      if (prev === '(' && nx === ')' && end === i + 1) {
        // `(1.870.000) ريال` counts a noun; a bare `(16)` is a minute of play or a note.
        if (!isUnitWord(t, end + 1) || inTime[end + 1]) continue
        unitStart = end + 1
        unitEnd = end + 2
        end = unitEnd
      }
      if (nx === '/' && tokens.kind[end + 1] === NUMBER) { i = end + 1; continue }
      if (glued(t, i) && tokens.kind[i - 1] === ARABIC && prev !== 'ال' && !DIGIT_CLITICS.has(prev) && prev !== 'بال' && prev !== 'وال' && prev !== 'لل') {
        // Digits glued to a word (`ق15`, `المادة5`) are a code — unless a counted noun follows (`مصرع173 شخصا`, a typo).
        if (!HEDGES_ONE.has(stripOne(prev)) && !(prev.length > 2 && !LABELS.has(prev) && isUnitWord(t, end))) { i = end - 1; continue }
      }
      if (prev === 'ال' || prev === 'بال' || prev === 'وال' || prev === 'لل') {
        // `الـ25`: an ordinal after a singular noun (`الدورة الـ25`), a count after a plural (`الدول الـ27`)
        // or a verb (`تجاوزت الـ300`).
        const before = norms[i - 2] ?? ''
        if (before.endsWith('ه') || ORDINAL_NOUNS.has(before) || LABELS.has(before)) { i = end - 1; continue }
        if (before.startsWith('ال') && isUnitWord(t, i - 2) && !glued(t, i - 1)) {
          start = i - 2
          startCut = 0
          unitStart = i - 2
          unitEnd = i - 1
        } else if (!COUNT_VERBS.has(before) && !HEDGES_ONE.has(stripOne(before))) {
          // `مهرجان أبها للتسوق الـ17`: after anything else it names an edition.
          i = end - 1
          continue
        }
      }
    } else if (!r.approx && r.tokenEnd === i + 1 && (norms[end] ?? '').startsWith('ال') && isFraction(norms[i]!.slice(cut))) {
      // `عشر المبلغ`, `خمس المقاعد`: a fraction (a tenth, a fifth) in construct, not a count.
      continue
    } else if (r.definite && !r.approx) {
      // `المراحل العشر`, `الدول الثلاث`: a definite number after a definite plural; alone it is an ordinal-like label.
      const before = i - 1
      if (!(before >= 0 && prev.startsWith('ال') && isUnitWord(t, before) && !prev.endsWith('ه') && !ORDINAL_NOUNS.has(prev))) { i = end - 1; continue }
      start = before
      startCut = 0
      unitStart = before
      unitEnd = before + 1
    } else if (r.value === 2 && !r.approx && r.tokenEnd === i + 1 && cut === 0) {
      // `عسكريين اثنين`: the dual noun comes first.
      if (isUnitWord(t, i - 1) && !(tokens.flags[i]! & NEWLINE)) {
        start = i - 1
        startCut = 0
        unitStart = i - 1
        unitEnd = i
      } else if (norms[end] !== 'من' || (prev === 'او' && norms[i - 2] === 'واحد')) { i = end - 1; continue }
    }

    // Hedge before.
    const h = hedgeBefore(t, start)
    if (h && !inTime[h.start]) {
      start = h.start
      startCut = h.cut
      approx = true
    }

    // Percent, currency sign, counted noun.
    let unit: string | null = null
    const nx = norms[end] ?? ''
    if (PERCENT_ONE.has(nx)) {
      unit = '%'
      end++
    } else if (nx === 'في' && PERCENT_AFTER_FI.has(norms[end + 1] ?? '')) {
      unit = '%'
      end += 2
    } else if (prev === '%' && glued(t, i)) {
      unit = '%'
      start = i - 1
      startCut = 0
    } else if (SIGNS.has(nx) && glued(t, end)) {
      unit = nx
      end++
    } else if (SIGNS.has(prev) && glued(t, i)) {
      unit = prev
      start = i - 1
      startCut = 0
    } else if (unitStart < 0) {
      if (isUnitWord(t, end) && !inTime[end]) {
        unitStart = end
        unitEnd = end + 1
        // `دولار كندي`, `جنيه استرليني`.
        if (CURRENCIES.has(norms[end]!) && CURRENCY_ADJECTIVES.has(norms[end + 1] ?? '')) unitEnd++
        end = unitEnd
      } else if (nx === 'من' && (r.words || r.approx || norms[end + 1]!.startsWith('ال')) && isUnitWord(t, end + 1) && !OUT_OF.has(norms[end + 1]!)) {
        // `الآلاف من الألغام`, `المئات من المدنيين`, `ثلاثة من الجنود`, `6 من الإرهابيين`.
        unitStart = end + 1
        unitEnd = end + 2
        end = unitEnd
      } else if (r.approx && nx.startsWith('ال') && isUnitWord(t, end)) {
        // `ملايين الدولارات`, `آلاف القوات`: a plural magnitude in construct with its noun.
        unitStart = end
        unitEnd = end + 1
        end = unitEnd
      }
    }
    if (HEDGES_AFTER.has(norms[end] ?? '')) {
      approx = true
      end++
    }
    if (unitStart >= 0) {
      const us = map.spanToText([tokens.nstart[unitStart]!, tokens.nend[unitEnd - 1]!])
      unit = text.slice(us[0], us[1])
    }
    if (unit === null && out.length > 0 && lastEnd >= 0 && i - lastEnd <= 3 && INHERIT_AFTER.has(stripOne(norms[i - 1] ?? '') || '')) {
      // `62 صوتا مقابل 55`, `بين 10 و20 قتيلا`: the count shares the neighbour's noun.
      unit = out[out.length - 1]!.unit
    }
    const span = trimSpan(text, map.spanToText([tokens.nstart[start]! + startCut, tokens.nend[end - 1]!]))
    if (span) {
      out.push({ span: [span[0], span[1]], value: r.value, approx, unit })
      lastEnd = end
    }
    i = Math.max(i, end - 1)
  }
  return out
}
