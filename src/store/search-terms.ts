/**
 * The words the archive indexes: each Arabic, Latin or number token of the normalized text
 * becomes one search term, so term positions are token positions and a phrase query matches
 * consecutive words. Arabic words lose the article and the clitics glued before it and a few
 * light suffixes, after Larkey, Ballesteros & Connell's light-10 stemmer as Apache Lucene's
 * ArabicStemmer writes it (rule tables in shared/data/lucene-arabic-light-stemmer):
 * `والكرملين` → `كرملين`, `بالحكومة` → `حكوم`.
 */
import type { Span } from '../core/span.js'
import { TokenKind } from '../core/tokens.js'
import { normalize } from '../normalize/normalize.js'
import { tokenize } from '../segment/tokenize.js'

/** Longest term kept, in code units; longer runs (URLs glued into text, base64) are cut. */
export const MAX_TERM_LENGTH = 48

/**
 * The article ال with the clitics that may stand before it, longest first. `لل` is ل + ال
 * with the alef dropped (`للكرملين`). Larkey's light-10 lists ال وال بال كال فال لل;
 * the two-clitic forms (`وبالكرملين`) are added so every spelling of a word meets the same stem.
 */
const ARTICLE_PREFIXES = ['وبال', 'وكال', 'فبال', 'فكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال']

/**
 * Light-10 suffixes in the order they are tried; every one that matches is removed in turn
 * while `MIN_STEM` letters remain (light-10 keeps 2; 3 keeps `عمان` whole and stops a clitic
 * form such as `لأون` from collapsing into the common word `لا`).
 */
const MIN_STEM = 3
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي']

/** Letters of other Arabic-script languages that transliterations use for g, v, p, ch, zh. */
const FOLD: Readonly<Record<string, string>> = {
  '\u06AF': 'ج', // گ gaf: گوگل is also written جوجل
  '\u0686': 'ج', // چ tcheh
  '\u06A4': 'ف', // ڤ veh: ڤيينا / فيينا
  '\u067E': 'ب', // پ peh
  '\u0698': 'ز', // ژ jeh
  '\u0624': 'ء', // ؤ: مسؤول and مسئول are both current spellings
  '\u0626': 'ء', // ئ
}
const FOLD_RE = /[\u06AF\u0686\u06A4\u067E\u0698\u0624\u0626]/g
/** `نغ` spells the ng of foreign names, as `نج` does: جونغ/جونج, سنغافورة/سنجافورة. */
const NG = /نغ/g
const FOLD_TEST = /[\u06AF\u0686\u06A4\u067E\u0698\u0624\u0626]/
/** First letters of the prefixes above: و ف ب ك ل ا. */
const PREFIX_START = new Set([0x0648, 0x0641, 0x0628, 0x0643, 0x0644, 0x0627])

/**
 * Folds the letters that spell one sound two ways (`گ` → `ج`, `ؤ`/`ئ` → `ء`, `نغ` → `نج`): the first
 * step of `stemArabic`. Each fold keeps the length, so offsets into the folded text are offsets
 * into the text.
 */
export function foldLetters(text: string): string {
  const w = FOLD_TEST.test(text) ? text.replace(FOLD_RE, (c) => FOLD[c]!) : text
  return w.includes('نغ') ? w.replace(NG, 'نج') : w
}

/**
 * Stems one normalized Arabic word (the output of `normalize`): transliteration letters folded,
 * `نغ` read as `نج` (`جونغ` = `جونج`, `سنغافورة` = `سنجافورة`), the article with its
 * clitics removed or else a conjunction و (words of 4+ letters), then the light-10 suffixes
 * while 3 letters remain. `الأوكرانية` (normalized `الاوكرانيه`) → `اوكران`.
 */
export function stemArabic(word: string): string {
  let w = foldLetters(word)
  let stripped = false
  if (PREFIX_START.has(w.charCodeAt(0))) {
    for (const p of ARTICLE_PREFIXES) {
      if (w.length >= p.length + 2 && w.startsWith(p)) {
        w = w.slice(p.length)
        stripped = true
        break
      }
    }
  }
  if (!stripped && w.length >= 4 && w.startsWith('و')) w = w.slice(1)
  for (const s of SUFFIXES) {
    if (w.length >= s.length + MIN_STEM && w.endsWith(s)) w = w.slice(0, -s.length)
  }
  return w.length > MAX_TERM_LENGTH ? w.slice(0, MAX_TERM_LENGTH) : w
}

/** Combining marks left in Latin words (`é` written e + U+0301). */
const COMBINING = /[\u0300-\u036f]/g

/**
 * The search term of one normalized token, or null for tokens that are not indexed
 * (punctuation, symbols). Latin words are lower-case without accents, numbers lose their
 * thousands separators (`15,000` → `15000`).
 */
export function termOf(token: string, kind: number): string | null {
  if (kind === TokenKind.Arabic) return stemArabic(token)
  if (kind === TokenKind.Latin) {
    const t = token.normalize('NFD').replace(COMBINING, '')
    return t ? t.slice(0, MAX_TERM_LENGTH) : null
  }
  if (kind === TokenKind.Number) return token.replace(/,/g, '').slice(0, MAX_TERM_LENGTH)
  return null
}

/** The indexed words of a text, in order, with the text span of each. */
export interface TermList {
  readonly terms: readonly string[]
  /** `[start, end)` in the original text for each term, aligned with `terms`. */
  readonly spans: readonly Span[]
}

/**
 * Splits any text into search terms and the span of each in the original text
 * (a highlight maps back through the normalizer's offset map). Never throws.
 */
export function termsOf(text: string): TermList {
  const { normalized, map } = normalize(text)
  const tokens = tokenize(normalized, map)
  const terms: string[] = []
  const spans: Span[] = []
  for (let i = 0; i < tokens.count; i++) {
    const t = termOf(normalized.slice(tokens.nstart[i], tokens.nend[i]), tokens.kind[i]!)
    if (!t) continue
    terms.push(t)
    spans.push([tokens.start[i]!, tokens.end[i]!])
  }
  return { terms, spans }
}
