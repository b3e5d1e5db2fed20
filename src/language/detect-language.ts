import { ARABIC_LETTER_SHARE } from '../core/limits.js'
import { isArabicLetter, isLatinLetter } from '../core/char-class.js'

/** Letters only Persian or Urdu use: پ چ ژ گ ی ک and Urdu's ٹ ڈ ڑ ں ہ ے. */
const PERSIAN = new Set([0x067e, 0x0686, 0x0698, 0x06af, 0x06cc, 0x06a9])
const URDU = new Set([0x0679, 0x0688, 0x0691, 0x06ba, 0x06c1, 0x06d2])
/** Letters Persian and Urdu never use: ة and ى are Arabic-only in running text. */
const ARABIC_ONLY = new Set([0x0629, 0x0649])

const EN = /\b(the|and|of|to|in|is|that|for|with|was|on|said)\b/g
const FR = /\b(le|la|les|des|et|est|une|dans|pour|qui|sur|au)\b/g

/** Result of language detection: a BCP-47 tag and the share of Arabic-script letters. */
export interface LanguageGuess {
  readonly language: string
  readonly arabicShare: number
  readonly letters: number
}

/**
 * Detects the language of a text by script, reading at most the first 20,000 characters.
 * Arabic script with ة/ى is `ar`; Arabic script with Persian or Urdu letters and no ة/ى is `fa` or `ur`;
 * Latin script is told apart as `en` or `fr` by function words, else `und`. No letters → `und`.
 */
export function detectLanguage(text: string): LanguageGuess {
  const n = Math.min(text.length, 20_000)
  let arabic = 0
  let latin = 0
  let persian = 0
  let urdu = 0
  let arabicOnly = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x41) continue
    if (isArabicLetter(c)) {
      arabic++
      if (PERSIAN.has(c)) persian++
      else if (URDU.has(c)) urdu++
      else if (ARABIC_ONLY.has(c)) arabicOnly++
    } else if (isLatinLetter(c)) latin++
  }
  const letters = arabic + latin
  const arabicShare = letters ? arabic / letters : 0
  if (!letters) return { language: 'und', arabicShare, letters }
  if (arabicShare >= ARABIC_LETTER_SHARE) {
    // ک and ی appear in Arabic typed on Persian keyboards; without ة/ى beside them it is Persian or Urdu.
    const foreign = persian + urdu
    if (foreign > arabic * 0.02 && arabicOnly < foreign / 4) return { language: urdu > persian / 2 ? 'ur' : 'fa', arabicShare, letters }
    return { language: 'ar', arabicShare, letters }
  }
  const sample = text.slice(0, n).toLowerCase()
  const en = sample.match(EN)?.length ?? 0
  const fr = sample.match(FR)?.length ?? 0
  const language = en + fr < 3 ? 'und' : en >= fr ? 'en' : 'fr'
  return { language, arabicShare, letters }
}
