import type { Boilerplate, Credit, Dateline } from '../../core/record.js'
import { overlap, trimSpaces, type Span } from '../../core/span.js'
import type { BoilerplateMatch } from './boilerplate-match.js'
import { matchWholeLines } from './rules/01-whole-lines.js'
import { matchInlinePhrases } from './rules/02-inline-phrases.js'
import { matchClosingBlocks } from './rules/03-closing-blocks.js'
import { matchRelatedParagraphs } from './rules/04-related-paragraphs.js'

/** What the stage knows besides the text. */
export interface BoilerplateContext {
  readonly dateline: Dateline | null
  readonly credits: readonly Credit[]
  readonly title: string | null
  readonly outlet: string | null
}

/**
 * Finds the text that is not the story: share prompts, related links and CNN's related paragraphs,
 * ads, copyright, and outlet debris. Spans never overlap each other, the dateline or a credit; they
 * are trimmed of edge spaces and keep their punctuation (`شاركها.`). In text order.
 */
export function findBoilerplate(text: string, ctx: BoilerplateContext): Boilerplate[] {
  const found: BoilerplateMatch[] = [...matchWholeLines(text), ...matchInlinePhrases(text), ...matchClosingBlocks(text)]
  // Only CNN wire stories: an opinion piece (`هذا المقال بقلم ...`) ends in essay paragraphs, not appended ledes.
  if (ctx.dateline?.agencies.some((a) => a.name === 'CNN')) found.push(...matchRelatedParagraphs(text, ctx.title))
  const taken: Span[] = ctx.credits.map((c) => c.span)
  if (ctx.dateline) taken.push(ctx.dateline.span)
  const out: Boilerplate[] = []
  // Longer matches first, so a block to the end of the text wins over the lines inside it.
  found.sort((a, b) => b.span[1] - b.span[0] - (a.span[1] - a.span[0]))
  for (const m of found) {
    const span = trimSpaces(text, m.span)
    if (!span) continue
    if (taken.some((t) => overlap(t, span) > 0)) continue
    taken.push(span)
    out.push({ span: [span[0], span[1]], kind: m.kind })
  }
  return out.sort((a, b) => a.span[0] - b.span[0])
}
