import { LexemeSlot, type Lexeme } from '../core/lexeme.js'
import { TokenFlag, TokenKind, type TokenLayer } from '../core/tokens.js'

const NUMBER = TokenKind.Number
const ARABIC = TokenKind.Arabic
const GLUED = TokenFlag.Glued

/**
 * Reads cardinal numbers written in digits, in words or mixed, from normalized tokens.
 *
 * `١٥ ألف` → 15000, `ثلاثة ملايين ونصف` → 3500000, `مائة وخمسون` → 150,
 * `ألف وتسعمائة وستة وتسعين` → 1996, `50ر11` (agency style: fraction first) → 11.5,
 * `عشرات الآلاف` → 10000 (approximate), `آلاف` → 1000 (approximate).
 */

/** What a number word does in a number phrase. */
const enum Role {
  /** 1–10: `ثلاثة`, `ثلاث`, `عشرة`. */
  Unit = 1,
  /** `عشر`/`عشرة` after a unit: `خمسة عشر` → 15. */
  Teen = 2,
  /** 20–90: `ثلاثين`, `ثلاثون`. */
  Ten = 3,
  /** 100–900: `مئة`, `مائتين`, `ثلاثمائة`. */
  Hundred = 4,
  /** 10^3, 10^6, 10^9, 10^12 (singular or dual: `ألف`, `ألفين`). */
  Magnitude = 5,
  /** Plural magnitude: `آلاف`, `ملايين` — exact after a count, approximate alone. */
  MagnitudePlural = 6,
  /** `عشرات`, `مئات`: an approximate count of tens or hundreds. */
  CountPlural = 7,
  /** `نصف`, `ربع`. */
  Fraction = 8,
}

interface NumberWord {
  readonly role: Role
  readonly value: number
  /** The word carries the article (`الآلاف`, `العشر`). */
  readonly definite: boolean
}

const WORDS = new Map<string, NumberWord>()

function add(role: Role, value: number, ...forms: string[]): void {
  for (const f of forms) {
    WORDS.set(f, { role, value, definite: false })
    // The article form: `الثلاثه`, `الالاف`, `العشرات` (`آلاف` normalizes to `الاف`, so `ال` + `الاف`).
    WORDS.set('ال' + f, { role, value, definite: true })
  }
}

// Forms are normalized (ة → ه, ى → ي, hamza-alef → ا); case endings give several spellings.
add(Role.Unit, 2, 'اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي')
add(Role.Unit, 3, 'ثلاثه', 'ثلاث')
add(Role.Unit, 4, 'اربعه', 'اربع')
add(Role.Unit, 5, 'خمسه', 'خمس')
add(Role.Unit, 6, 'سته', 'ست')
add(Role.Unit, 7, 'سبعه', 'سبع')
add(Role.Unit, 8, 'ثمانيه', 'ثماني', 'ثمان')
add(Role.Unit, 9, 'تسعه', 'تسع')
add(Role.Unit, 10, 'عشره', 'عشر')
add(Role.Ten, 20, 'عشرون', 'عشرين')
add(Role.Ten, 30, 'ثلاثون', 'ثلاثين')
add(Role.Ten, 40, 'اربعون', 'اربعين')
add(Role.Ten, 50, 'خمسون', 'خمسين')
add(Role.Ten, 60, 'ستون', 'ستين')
add(Role.Ten, 70, 'سبعون', 'سبعين')
add(Role.Ten, 80, 'ثمانون', 'ثمانين')
add(Role.Ten, 90, 'تسعون', 'تسعين')
add(Role.Hundred, 100, 'مئه', 'مائه', 'ميه')
add(Role.Hundred, 200, 'مئتان', 'مئتين', 'مائتان', 'مائتين', 'مئتا', 'مئتي', 'مائتا', 'مائتي')
for (const [stem, v] of [['ثلاث', 3], ['اربع', 4], ['خمس', 5], ['ست', 6], ['سبع', 7], ['ثمان', 8], ['ثماني', 8], ['تسع', 9]] as const) {
  add(Role.Hundred, v * 100, stem + 'مئه', stem + 'مائه')
}
add(Role.Magnitude, 1e3, 'الف', 'الفا')
add(Role.Magnitude, 2e3, 'الفان', 'الفين', 'الفي')
add(Role.MagnitudePlural, 1e3, 'الاف', 'الوف')
add(Role.Magnitude, 1e6, 'مليون', 'مليونا')
add(Role.Magnitude, 2e6, 'مليونان', 'مليونين', 'مليوني')
add(Role.MagnitudePlural, 1e6, 'ملايين')
add(Role.Magnitude, 1e9, 'مليار', 'مليارا', 'بليون', 'بليونا')
add(Role.Magnitude, 2e9, 'ملياران', 'مليارين', 'ملياري', 'بليونين')
add(Role.MagnitudePlural, 1e9, 'مليارات', 'بلايين')
add(Role.Magnitude, 1e12, 'تريليون', 'ترليون', 'تريليونا', 'ترليونا')
add(Role.Magnitude, 2e12, 'تريليونين', 'ترليونين')
add(Role.MagnitudePlural, 1e12, 'تريليونات', 'ترليونات')
add(Role.CountPlural, 10, 'عشرات')
add(Role.CountPlural, 100, 'مئات')
add(Role.Fraction, 0.5, 'نصف')
add(Role.Fraction, 0.25, 'ربع')
// Units that only open a compound: `أحد عشر` (11), `إحدى عشرة`, `واحد وعشرين` (21).
const ONE_FORMS = new Set(['احد', 'احدي', 'واحد', 'واحده'])

/** One number phrase found in the tokens. */
export interface NumberReading {
  /** Token after the phrase. */
  readonly tokenEnd: number
  readonly value: number
  /** A bare plural magnitude (`آلاف`, `عشرات`): the value is the magnitude, and the count is vague. */
  readonly approx: boolean
  /** Some part is written in words. */
  readonly words: boolean
  /** The first word carries the article (`المراحل العشر`, `الآلاف`). */
  readonly definite: boolean
  /** Digits only, one token (`2019`, `15,000`): the caller decides whether it is a year, an id, a count. */
  readonly digitsOnly: boolean
  /** The digit string as written (normalized) when the phrase starts with digits. */
  readonly digits: string | null
}

/** The view of tokens the reader needs: their normalized strings, kinds and flags. */
export interface NumberTokens {
  readonly norms: readonly string[]
  readonly tokens: TokenLayer
}

/** Value of a digit token: `15,000` → 15000, `1.5` → 1.5, `17,5` → 17.5; Infinity past doubles; null when not a plain number. */
export function readDigits(s: string): number | null {
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return null
  const commas = s.split(',').length - 1
  const dots = s.split('.').length - 1
  let clean = s
  if (commas > 0 && dots === 0) {
    // `15,000` and `1,500,000` group thousands; `17,5` is a decimal comma.
    clean = /^\d{1,3}(?:,\d{3})+$/.test(s) ? s.replace(/,/g, '') : commas === 1 ? s.replace(',', '.') : s.replace(/,/g, '')
  } else if (dots > 1 && commas === 0) {
    // `1.500.000` groups thousands with dots.
    if (!/^\d{1,3}(?:\.\d{3})+$/.test(s)) return null
    clean = s.replace(/\./g, '')
  } else if (commas > 0 && dots > 0) {
    // `1,500.25` or `1.500,25`: the last separator is the decimal one.
    clean = s.lastIndexOf('.') > s.lastIndexOf(',') ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.')
  }
  // Digits beyond the range of doubles give Infinity, which callers drop.
  const v = Number(clean)
  return Number.isNaN(v) ? null : v
}

/** The number word a normalized form names, without a leading `و`; undefined when it is none. */
function wordOf(form: string): NumberWord | undefined {
  return WORDS.get(form)
}

/** True when the normalized form is a number word (with or without the article). */
export function isNumberWord(form: string): boolean {
  return WORDS.has(form) || ONE_FORMS.has(form)
}

/** Number words behind up to two proclitics (`ومئة`, `بآلاف`, `وبالملايين`), for a one-lookup first test. */
const CLITIC_FORMS = new Set<string>()
for (const w of [...WORDS.keys(), ...ONE_FORMS]) {
  for (const p of ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك']) CLITIC_FORMS.add(p + w)
}

/** True when the normalized token may be a number word behind proclitics; one set lookup. */
export function mayBeNumberWord(token: string): boolean {
  return CLITIC_FORMS.has(token)
}

const NUMBER_WORD_SLOT = new LexemeSlot<boolean>('language/number-word')

/** `mayBeNumberWord` of a lexeme's word, kept on the lexeme. */
export function lexemeMayBeNumberWord(lex: Lexeme): boolean {
  return NUMBER_WORD_SLOT.getOrMake(lex, mayBeNumberWord)
}

/**
 * Reads the number phrase that starts at token `i`, `cut` code units into its normalized form
 * (to step over a proclitic: `ب` in `بـ50`, `و` in `ومئة`). Returns null when no number starts there.
 * Values beyond the range of doubles come back as `Infinity`; callers drop them.
 */
export function readNumber(t: NumberTokens, i: number, cut = 0): NumberReading | null {
  const { norms, tokens } = t
  const n = tokens.count
  if (i >= n) return null
  let total = 0
  let cur = 0
  let last: Role | 0 = 0
  let lastMagnitude = 1
  let approx = false
  let words = false
  let definite = false
  let digits: string | null = null
  let j = i
  const first = norms[i]!.slice(cut)

  if (tokens.kind[i] === NUMBER) {
    if (cut !== 0) return null
    let v = readDigits(first)
    if (v === null) return null
    digits = first
    j = i + 1
    // `50ر11` — wire agencies write the fraction first, then `ر`, then the whole part: 11.50.
    if (
      j + 1 < n && norms[j] === 'ر' && tokens.kind[j + 1] === NUMBER &&
      (tokens.flags[j]! & GLUED) && (tokens.flags[j + 1]! & GLUED) && /^\d+$/.test(first)
    ) {
      const whole = norms[j + 1]!
      if (/^\d+$/.test(whole)) {
        v = Number(`${whole}.${first}`)
        digits = `${whole}.${first}`
        j += 2
      }
    }
    cur = v
    last = Role.Unit
  } else {
    const w = wordOf(first)
    if (w) {
      words = true
      definite = w.definite
      j = i + 1
      switch (w.role) {
        case Role.Unit: case Role.Ten: case Role.Hundred:
          cur = w.value; last = w.role; break
        case Role.Magnitude:
          total = w.value; lastMagnitude = isDual(w.value) ? w.value / 2 : w.value; last = Role.Magnitude; break
        case Role.MagnitudePlural:
          total = w.value; lastMagnitude = w.value; approx = true; last = Role.Magnitude; break
        case Role.CountPlural:
          cur = w.value; approx = true; last = Role.CountPlural; break
        case Role.Fraction: {
          // `نصف مليون` → 500000; a fraction alone (`نصف السكان`) is no count.
          const m = wordOf(norms[j] ?? '')
          if (!m || m.role !== Role.Magnitude || j >= n) return null
          total = w.value * m.value; lastMagnitude = m.value; last = Role.Magnitude; j++
          break
        }
        case Role.Teen: break
      }
    } else if (ONE_FORMS.has(first)) {
      // `أحد عشر`, `واحد وعشرين`: `one` counts only inside a compound.
      const next = norms[i + 1] ?? ''
      if ((next === 'عشر' || next === 'عشره') && (first === 'احد' || first === 'احدي')) {
        return finish(i + 2, 11, false, true, false, null)
      }
      if (next.startsWith('و') && wordOf(next.slice(1))?.role === Role.Ten) {
        cur = 1; last = Role.Unit; words = true; j = i + 1
      } else return null
    } else return null
  }

  // Continue over the rest of the phrase.
  let lastValue = cur
  for (; j < n; j++) {
    if (tokens.kind[j] !== ARABIC) break
    const raw = norms[j]!
    const joined = raw.length > 1 && raw[0] === 'و'
    const w = wordOf(joined ? raw.slice(1) : raw)
    if (!w) break
    if (joined) {
      if (w.definite || w.role === Role.CountPlural || w.role === Role.MagnitudePlural || w.role === Role.Magnitude) break
      if (w.role === Role.Fraction) {
        // `ثلاثه ملايين ونصف` → 3500000; `ساعه ونصف` is no number (the reader never starts on `ساعه`).
        if (last === Role.Magnitude) total += w.value * lastMagnitude
        else if (last === Role.Unit || last === Role.Ten || last === Role.Teen) cur += w.value
        else break
        last = Role.Fraction
        words = true
        j++
        break
      }
      // `و` adds a smaller part: a unit after hundreds or a magnitude (`مائه وثلاثه`), tens after a unit
      // (`سته وتسعين`), hundreds after a magnitude (`الف وتسعمائه`). `ثلاثه واربعه` is a list.
      const ok =
        w.role === Role.Unit ? last === Role.Hundred || last === Role.Magnitude
          : w.role === Role.Ten ? last === Role.Unit || last === Role.Hundred || last === Role.Magnitude
            : w.role === Role.Hundred ? last === Role.Magnitude
              : false
      if (!ok) break
      cur += w.value
      last = w.role
      lastValue = w.value
      words = true
      continue
    }
    if (w.definite && !(last === Role.CountPlural && (w.role === Role.MagnitudePlural || w.role === Role.Magnitude))) break
    if (w.role === Role.Unit && w.value === 10 && last === Role.Unit && lastValue >= 1 && lastValue <= 9 && digits === null) {
      // `خمسه عشر` → 15, `مائه وثلاثه عشر` → 113.
      cur += 10
      last = Role.Teen
      words = true
      continue
    }
    if (w.role === Role.Hundred && w.value === 100 && last === Role.Unit && cur >= 3 && cur <= 9 && digits === null) {
      // `ثلاث مئه` → 300.
      cur *= 100
      last = Role.Hundred
      words = true
      continue
    }
    if (w.role === Role.Magnitude || w.role === Role.MagnitudePlural) {
      // A dual after a count (`ثلاثه الفين`) is no number.
      if (cur === 0 || (w.role === Role.Magnitude && isDual(w.value))) break
      // `1800000 مليون وثمانمائة ألف`: after six digits and more, words of the same value spell the
      // number out again; they join the span, not the value.
      if (digits !== null && !words && cur >= 1e5 && Number.isFinite(cur)) {
        const again = readNumber(t, j)
        if (again && again.value === cur) return finish(again.tokenEnd, cur, approx, false, definite, digits)
      }
      total += cur * w.value
      cur = 0
      lastMagnitude = w.value
      last = Role.Magnitude
      words = true
      continue
    }
    break
  }
  return finish(j, total + cur, approx, words, definite, digits)

  function finish(end: number, value: number, ax: boolean, wd: boolean, def: boolean, dg: string | null): NumberReading {
    return {
      tokenEnd: end,
      // `16.6 مليار` is 16600000000, not 16600000000.000002.
      value: Number.isFinite(value) ? Number(value.toPrecision(15)) : value,
      approx: ax,
      words: wd,
      definite: def,
      digitsOnly: dg !== null && end === i + 1,
      digits: dg,
    }
  }
}

/** True for the dual magnitudes (2000, 2e6, 2e9, 2e12), which the lexicon stores as their value. */
function isDual(v: number): boolean {
  return v === 2e3 || v === 2e6 || v === 2e9 || v === 2e12
}
