import { normalizeForMatch } from '../normalize/normalize.js'
import { ARABIC_GIVEN_NAMES } from './arabic-given-names.js'
import { WordCache } from '../core/word-cache.js'

/**
 * A matching key for names, under which the usual Arabic spellings of one foreign name meet:
 * `كيم جونغ أون`, `كيم جونج أون`, `كيم يونغ اون` and `كيم جونغ اون` all give the same key,
 * `كيم تونغ هيونغ` another.
 *
 * What it folds, per word:
 * - everything `normalizeForMatch` folds: hamza on alef, `ى` → `ي`, `ة` → `ه`, diacritics, tatweel;
 * - the other hamza seats: `ؤ` → `و`, `ئ` → `ي`, a bare `ء` is dropped;
 * - letters that render one Latin sound: `ج غ ق گ` (g, and Gulf/Egyptian q and j), `ت ط ث` (t, th),
 *   `س ص` (s), `ذ ز ظ` (z), `ڤ` → `ف`, `پ` → `ب`, `چ` → `ج`;
 * - a word-initial `يو` is read as `جو` (German-style j: `يونغ`/`جونغ` Jung, `يوهان`/`جوهان`);
 * - long vowels `ا و ي` inside a word are dropped, so `بوتين`/`بوتن` and `ترامب`/`ترمب` meet;
 *   a word's first and last letters always stay (`اون`, `يانيس`, `ألبانيا` ≠ `اليابان`), and a
 *   word of two consonants or fewer keeps its vowels (`غانا` ≠ `غينيا`, `كيم`);
 * - a letter doubled in writing counts once; `عبد ال…` is joined (`عبد الرحمن` = `عبدالرحمن`);
 * - common Arabic names keep their vowels (`ARABIC_GIVEN_NAMES`): `محمد` ≠ `محمود`, `حسن` ≠ `حسين`.
 * Latin names are lower-cased to letters and digits. Returns `''` for a string with no letters.
 */
export function nameKey(name: string): string {
  const norm = normalizeForMatch(name).replace(/[\u0640]/g, '') // tatweel, should any survive
  const words = norm.split(/[\s\-–—_·.,،:;'"«»()]+/).filter(Boolean)
  const joined: string[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    // `عبد الرحمن` is one name written in two words; `عبدالرحمن` the same in one.
    if ((w === 'عبد' || w === 'ابو') && i + 1 < words.length) {
      joined.push(w + words[++i]!)
      continue
    }
    joined.push(w)
  }
  return joined.map(wordKey).filter(Boolean).join(' ')
}

const FOLD: Record<string, string> = {
  'ؤ': 'و', 'ئ': 'ي', 'ء': '',
  'ج': 'ج', 'غ': 'ج', 'ق': 'ج', 'گ': 'ج', 'چ': 'ج',
  'ت': 'ت', 'ط': 'ت', 'ث': 'ت',
  'س': 'س', 'ص': 'س',
  'ذ': 'ز', 'ز': 'ز', 'ظ': 'ز',
  'ڤ': 'ف', 'پ': 'ب', 'ی': 'ي', 'ک': 'ك',
}
const VOWELS = new Set(['ا', 'و', 'ي'])

/** Keys of words seen lately: names recur within and across articles. */
const KEYS = new WordCache<string, string>(50_000)

function wordKey(word: string): string {
  return KEYS.getOrMake(word, readWordKey)
}

function readWordKey(word: string): string {
  if (/^[a-z0-9\u00c0-\u024f]+$/.test(word)) return word.normalize('NFKD').replace(/[^a-z0-9]/g, '')
  let w = ''
  for (const ch of word) w += FOLD[ch] ?? ch
  w = w.replace(/[^\u0621-\u064a]/g, '')
  if (!w) return ''
  // A letter written twice in a row is one sound (`فيليببا`, `سيئول` → `سييول` → `سيول`).
  let once = w[0]!
  for (let i = 1; i < w.length; i++) if (w[i] !== w[i - 1]) once += w[i]
  // Arabic names are spelled, not transliterated: their vowels tell them apart (`محمد` ≠ `محمود`).
  const name = word.startsWith('ال') && word.length > 4 ? word.slice(2) : word
  if (ARABIC_GIVEN_NAMES.has(word) || ARABIC_GIVEN_NAMES.has(name)) return once
  if (once.startsWith('يو') && once.length > 2) once = 'ج' + once.slice(1)
  // Long vowels inside the word go; the first and the final letter stay (`ألبانيا` ≠ `اليابان`).
  let out = once[0]!
  for (let i = 1; i < once.length; i++) {
    if (VOWELS.has(once[i]!) && i < once.length - 1) continue
    out += once[i]
  }
  // Short names are written with all their vowels, and their skeletons collide (`غانا`, `غينيا`):
  // with two consonants or fewer, the vowels stay.
  let consonants = 0
  for (let i = 0; i < out.length; i++) if (!VOWELS.has(out[i]!) || i === 0) consonants++
  return consonants <= 2 && once.length > out.length ? once : out
}
