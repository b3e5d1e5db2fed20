/**
 * Rule 2: boilerplate that shares a line with the story, at the start or the end of the text.
 * Okaz opens with `شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك` and the story follows on the same
 * line (share); Ain Alyoum opens with `Next Previous` and ends with a `سمات` tag list run on after the
 * last sentence (`... الطائفية. سمات السعودية تصريحات نوري المالكي`, other, to the end); Al-Weeam ends
 * with `رابط الخبر بصحيفة الوئام: عنوان` (other, to the end of its line); crawled pages leave empty CSS comments
 * and `[email protected]` debris and image file names (other).
 */
import type { BoilerplateMatch } from '../boilerplate-match.js'

const H = '[\\t \\u00A0\\u200B-\\u200F\\u202A-\\u202E]'
/** How far from either end these phrases are looked for, in code units. */
const HEAD = 300
const TAIL = 1500

const HEAD_PATTERNS: readonly [BoilerplateMatch['kind'], RegExp][] = [
  ['share', new RegExp(`شارك${H}+من${H}+خلال${H}+تويتر(?:${H}+(?:فيسبوك|فيس بوك|جوجل بلس|جوجل|واتساب|لينكد إن))*(?:${H}+اكتب${H}+رأيك)?`, 'g')],
  ['other', /Next\s+Previous/g],
  ['other', /\S*[/%]\S*\.(?:jpe?g|png|gif)(?:\?\S*)?/gi],
]
const ANYWHERE: readonly [BoilerplateMatch['kind'], RegExp][] = [
  ['other', /\/\*[^\n]{0,200}?\*\//g],
  ['other', /\[email[\s\u00A0]*protected\]/g],
]
const WEEAM = new RegExp(`رابط${H}+الخبر${H}+بصحيفة${H}+الوئام[^\\n]*`, 'g')
/** The tag list: `سمات` after a finished sentence, then words without punctuation to the end of the text. */
const TAGS = new RegExp(`(?:^|[.!؟?”"»:)\\n]${H}*)(سمات(?:${H}+[^\\s.،,:!؟?]+){1,20})${H}*$`)

/** Finds the inline boilerplate phrases near the ends of `text`. */
export function matchInlinePhrases(text: string): BoilerplateMatch[] {
  const out: BoilerplateMatch[] = []
  const head = text.slice(0, HEAD)
  for (const [kind, re] of HEAD_PATTERNS) {
    for (const m of head.matchAll(re)) out.push({ span: [m.index, m.index + m[0].length], kind })
  }
  const tailFrom = Math.max(0, text.length - TAIL)
  const tail = text.slice(tailFrom)
  for (const [kind, re] of ANYWHERE) {
    for (const m of text.matchAll(re)) out.push({ span: [m.index, m.index + m[0].length], kind })
  }
  for (const m of tail.matchAll(WEEAM)) out.push({ span: [tailFrom + m.index, tailFrom + m.index + m[0].length], kind: 'other' })
  const tags = TAGS.exec(tail.slice(-400))
  if (tags) {
    const end = text.length
    out.push({ span: [end - tags[0].length + tags[0].indexOf(tags[1]!), end], kind: 'other' })
  }
  return out
}
