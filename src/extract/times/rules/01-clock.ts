/**
 * Clock times, anchored to the day the narrative is on.
 * `قبيل الساعة 04,00 (01,00 تغ)` after `أمس الجمعة` (2015-07-24) → `2015-07-24T04:00` and `2015-07-24T01:00`;
 * `الساعة الثامنة مساء` → `…T20:00`.
 */
import { formatDay } from '../civil-date.js'
import type { TimeContext, TimeMatch } from '../time-context.js'

/** Feminine ordinals that name hours: `الساعة الثامنة`. */
const HOUR_WORDS = new Map([
  ['الواحده', 1], ['الثانيه', 2], ['الثالثه', 3], ['الرابعه', 4], ['الخامسه', 5], ['السادسه', 6],
  ['السابعه', 7], ['الثامنه', 8], ['التاسعه', 9], ['العاشره', 10], ['الحاديه', 1],
])
const AFTERNOON = new Set(['مساء', 'ليلا', 'عصرا', 'ظهرا', 'مساءا'])
const MORNING = new Set(['صباحا', 'فجرا', 'صباح'])
/** Time-zone words after a clock time: `بتوقيت مكة`, `تغ` (ت.غ, GMT), `غرينتش`. */
const ZONE = new Set(['تغ', 'غرينتش', 'جرينتش', 'gmt', 'utc'])

/** Reads `HH:MM`, `HH,MM`, `HH.MM` or `HH` at token `i`; returns hour, minute and the token after. */
function readClock(ctx: TimeContext, i: number): { h: number; mi: number; end: number } | null {
  if (!ctx.isNumber(i)) return null
  const s = ctx.norms[i]!
  let m = /^(\d{1,2})[.,](\d{2})$/.exec(s)
  if (m) return valid(Number(m[1]), Number(m[2]), i + 1)
  if (!/^\d{1,2}$/.test(s)) return null
  // `14:30` is three tokens: 14 · : · 30, glued.
  if (ctx.norms[i + 1] === ':' && ctx.glued(i + 1) && ctx.glued(i + 2) && ctx.isNumber(i + 2)) {
    m = /^(\d{2})$/.exec(ctx.norms[i + 2]!)
    if (m) return valid(Number(s), Number(m[1]), i + 3)
    return null
  }
  return valid(Number(s), 0, i + 1)
}

function valid(h: number, mi: number, end: number): { h: number; mi: number; end: number } | null {
  return h <= 24 && mi < 60 ? { h, mi, end } : null
}

/** Matches `الساعة …` and bare `14:30` / `01,00 تغ`. */
export function matchClock(ctx: TimeContext, i: number): TimeMatch | null {
  let j = i
  let h: number
  let mi = 0
  let cue = false
  if (ctx.form(i) === 'الساعه') {
    cue = true
    j = i + 1
    const c = readClock(ctx, j)
    if (c) {
      ;({ h, mi } = c)
      j = c.end
    } else {
      const w = HOUR_WORDS.get(ctx.norms[j] ?? '')
      if (w === undefined) return null
      h = w
      j++
      // `الحادية عشرة` → 11, `الثانية عشرة` → 12.
      if ((h === 1 || h === 2) && (ctx.norms[j] === 'عشره' || ctx.norms[j] === 'عشر')) {
        h += 10
        j++
      } else if (ctx.norms[j - 1] === 'الحاديه') return null
      const nx = ctx.norms[j]
      if (nx === 'والنصف') { mi = 30; j++ } else if (nx === 'والربع') { mi = 15; j++ }
    }
  } else {
    const c = readClock(ctx, i)
    if (!c) return null
    ;({ h, mi } = c)
    j = c.end
    // A bare number is a clock time only with minutes or a zone/part-of-day word after it.
    const hasMinutes = c.end > i + 1 || /[.,]/.test(ctx.norms[i]!)
    const next = ctx.norms[j] ?? ''
    if (!(hasMinutes && (ctx.norms[i + 1] === ':' || ZONE.has(next) || AFTERNOON.has(next) || MORNING.has(next) || next === 'ت'))) return null
  }
  // Part of the day and zone.
  const part = ctx.norms[j] ?? ''
  if (AFTERNOON.has(part)) {
    if (h < 12 && !(part === 'ليلا' && h <= 4)) h += 12
    j++
  } else if (MORNING.has(part)) {
    j++
  } else if (part === 'بعد' && ctx.norms[j + 1] === 'الظهر') {
    if (h < 12) h += 12
    j += 2
  }
  const z = ctx.norms[j] ?? ''
  if (ZONE.has(z)) j++
  else if (z === 'ت' && ctx.norms[j + 1] === '.' && ctx.norms[j + 2] === 'غ') j += 3
  else if (z === 'ت' && ctx.norms[j + 1] === 'غ') j += 2
  else if (z === 'بتوقيت' && j + 1 < ctx.n) {
    j += 2
    if (ctx.norms[j - 1] === 'مكه' && ctx.norms[j] === 'المكرمه') j++
  }
  if (h === 24) h = 0
  if (!cue && h > 23) return null
  const day = ctx.anchorDay()
  const value = day ? `${formatDay(day)}T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}` : null
  return { tokenStart: i, cut: ctx.cuts[i]!, tokenEnd: j, value }
}
