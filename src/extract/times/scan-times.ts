import type { DocBuilder } from '../../core/doc.js'
import type { TimeExpression } from '../../core/record.js'
import { trimSpan, type Span } from '../../core/span.js'
import { TokenKind } from '../../core/tokens.js'
import { mayBeNumberWord } from '../../language/numbers.js'
import { parseCivilDate } from './civil-date.js'
import { TimeContext, type TimeMatch, type TimeRule } from './time-context.js'
import { matchClock } from './rules/01-clock.js'
import { matchCalendarDate } from './rules/02-calendar-date.js'
import { matchDay } from './rules/03-day.js'
import { matchBareEdge, matchPeriod } from './rules/04-period.js'
import { matchDuration } from './rules/05-duration.js'

const NUMBER = TokenKind.Number
const ARABIC = TokenKind.Arabic

/** The rules, in priority order: at one token the longest match wins, and the earlier rule on a tie. */
const RULES: readonly TimeRule[] = [matchClock, matchCalendarDate, matchDay, matchPeriod, matchDuration, matchBareEdge]

/** Words that may open a time expression though the lexicon does not list them (hedges, vague counts). */
const OPENERS = new Set([
  'ما', 'ال', 'نصف', 'ربع', 'الموافق', 'اول',
  // Ordinal days: `الثالث من يونيو`, `الحادي والعشرين من الشهر`.
  'الاول', 'الحادي', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر',
])

/** The longest match of any rule at token `i`, with `مطلع`/`أواخر`/`منتصف` before it folded in. */
function matchAt(ctx: TimeContext, i: number): TimeMatch | null {
  let best: TimeMatch | null = null
  for (const rule of RULES) {
    const m = rule(ctx, i)
    if (m && m.tokenEnd > i && (!best || m.tokenEnd > best.tokenEnd)) best = m
  }
  const w = ctx.word(i)
  if (w && w.type === 'edge') {
    // `مطلع أبريل`, `أواخر العام الماضي`, `نهاية شهر يونيو`, `منتصف الأسبوع المقبل`.
    const j = ctx.norms[i + 1] === 'من' ? i + 2 : i + 1
    const inner = matchAt(ctx, j)
    // `بداية من الساعة الثامنة` is `starting at`, not the start of a period.
    const startingAt = j === i + 2 && inner !== null && inner.value !== null && inner.value.includes('T')
    if (inner && !startingAt && inner.value !== 'PAST_REF' && inner.value !== 'FUTURE_REF' && !inner.value?.startsWith('P') && (!best || inner.tokenEnd > best.tokenEnd)) {
      best = { ...inner, tokenStart: i, cut: ctx.cuts[i]! }
    }
  }
  return best
}

/** True when token `i` could open a time expression: a lexicon word, a number, a number word or an opener. */
function canOpen(ctx: TimeContext, i: number): boolean {
  if (ctx.words[i]) return true
  const kind = ctx.doc.tokens.kind[i]
  if (kind === NUMBER) return true
  if (kind !== ARABIC) return false
  const s = ctx.norms[i]!
  // Hedges and vague counts, and number words behind proclitics: `وثلاثة`, `بعشرة`.
  return OPENERS.has(s) || mayBeNumberWord(s)
}

/**
 * Finds the time expressions of a document and resolves them against `reference` (`YYYY-MM-DD` or null).
 * Without a reference, values that depend on it are null; absolute dates keep theirs.
 */
export function scanTimes(doc: DocBuilder, reference: string | null, skip: readonly Span[] = []): TimeExpression[] {
  const ctx = new TimeContext(doc, parseCivilDate(reference))
  const out: TimeExpression[] = []
  const { tokens, map, text } = doc
  const skipped = doc.tokensIn(skip)
  for (let i = 0; i < ctx.n; i++) {
    if (skipped[i] || !canOpen(ctx, i)) continue
    const m = matchAt(ctx, i)
    if (!m) continue
    // Inside a hashtag (`#فعاليات_اليوم_الوطني`) a word is part of a name.
    if ((ctx.glued(m.tokenStart) && ctx.norms[m.tokenStart - 1] === '_') || (ctx.glued(m.tokenEnd) && ctx.norms[m.tokenEnd] === '_')) {
      i = m.tokenEnd - 1
      continue
    }
    const start = tokens.nstart[m.tokenStart]! + m.cut
    const end = tokens.nend[m.tokenEnd - 1]!
    const span = trimSpan(text, map.spanToText([start, end]))
    if (span) out.push({ span: [span[0], span[1]], value: m.value })
    if (m.day) {
      ctx.anchor = m.day
      ctx.rememberDay(m.day)
    }
    i = m.tokenEnd - 1
  }
  return out
}
