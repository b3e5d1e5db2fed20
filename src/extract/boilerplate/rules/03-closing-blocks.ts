/**
 * Rule 3: blocks that run from a cue to the end of the text.
 * Okaz and Al-Madina columns end with `للتواصل مع الكاتب ارسل رسالة SMS ... Zain` over several lines,
 * Al-Jazirah columns with `مقالات أخرى للكاتب` and the titles run together (related).
 */
import type { BoilerplateMatch } from '../boilerplate-match.js'

const TAIL = 600
const BLOCKS: readonly [BoilerplateMatch['kind'], RegExp][] = [
  ['ad', /للتواصل\s+(?:مع\s+الكاتب\s+)?(?:ارسل|أرسل|إرسال)\s+(?:رسالة\s+)?(?:نصية\s+)?(?:sms|SMS)[\s\S]*$/],
  ['related', /مقالات\s+أخرى\s+للكاتب[\s\S]*$/],
]

/** Finds the closing blocks of `text`, each to the end of the text. */
export function matchClosingBlocks(text: string): BoilerplateMatch[] {
  const from = Math.max(0, text.length - TAIL)
  const tail = text.slice(from)
  const out: BoilerplateMatch[] = []
  for (const [kind, re] of BLOCKS) {
    const m = re.exec(tail)
    if (m) out.push({ span: [from + m.index, text.length], kind })
  }
  return out
}
