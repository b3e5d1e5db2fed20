/**
 * Clitic candidates for Arabic words, on normalized text.
 *
 * Arabic writes conjunctions, prepositions and the article glued to the next word:
 * `وبوتين` = و + بوتين, `بموسكو` = ب + موسكو, `والكرملين` = و + الكرملين,
 * `للتقييمات` = ل + (ا)لتقييمات. Without a lexicon the split is ambiguous (`وزير` is not و + زير),
 * so this module lists the candidates and the stage that has a lexicon picks one.
 */

/** One way to read a word: the mention starts `cut` code units into it, and `form` is what to look up. */
export interface CliticSplit {
  /** Code units of proclitics before the stem (0 for the whole word). */
  readonly cut: number
  /** The stem to look up; for `لل…` the article's alef is restored (`للكرملين` → `الكرملين`). */
  readonly form: string
  /** The proclitics removed, in normalized letters (`و`, `وب`, `ل`). */
  readonly prefix: string
}

const CONJ = new Set(['و', 'ف'])
const PREP = new Set(['ب', 'ك', 'ل'])
const MIN_STEM = 2

/**
 * Lists readings of a normalized Arabic word, the unsplit word first, then ever-longer prefixes.
 * `وبالكرملين` → `وبالكرملين`, `بالكرملين` (cut 1), `الكرملين` (cut 2).
 * The article ال stays on the stem, as SPEC.md keeps it in names.
 */
export function procliticSplits(word: string): CliticSplit[] {
  const out: CliticSplit[] = [{ cut: 0, form: word, prefix: '' }]
  let i = 0
  if (word.length - 1 >= MIN_STEM && CONJ.has(word[0]!)) {
    i = 1
    out.push({ cut: 1, form: word.slice(1), prefix: word[0]! })
  }
  const p = word[i]
  if (p && PREP.has(p) && word.length - i - 1 >= MIN_STEM) {
    if (p === 'ل' && word[i + 1] === 'ل' && word.length - i - 2 >= MIN_STEM) {
      // ل + ال fuse as لل: the span starts after the first ل, the lookup form gets its alef back.
      out.push({ cut: i + 1, form: 'ا' + word.slice(i + 1), prefix: word.slice(0, i + 1) })
    } else {
      out.push({ cut: i + 1, form: word.slice(i + 1), prefix: word.slice(0, i + 1) })
    }
  }
  return out
}

/** Pronoun suffixes, longest first: `كتابهم` → `كتاب` + `هم`. */
const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ني', 'ه', 'ك', 'ي']

/** Lists stems of a normalized word with one pronoun suffix removed, the unsplit word first. */
export function encliticSplits(word: string): { form: string; suffix: string }[] {
  const out = [{ form: word, suffix: '' }]
  for (const s of ENCLITICS) {
    if (word.length - s.length >= MIN_STEM + 1 && word.endsWith(s)) out.push({ form: word.slice(0, -s.length), suffix: s })
  }
  return out
}

/** The article ال at the start of a normalized form, if any (`الكرملين` → true). */
export function hasArticle(form: string): boolean {
  return form.length > 3 && form.startsWith('ال')
}
