/**
 * Durations and points counted back from the publication date.
 * `لمدة ثلاثة أشهر` → `ثلاثة أشهر` P3M; `حوالى شهر` → P1M; `يبلغ من العمر 20 عامًا` → `20 عامًا` P20Y;
 * `العشرين من عمره` → P20Y; `خلال ساعات` → `ساعات` PTXH; `عدة أعوام مقبلة` → PXY;
 * `منذ أسبوعين` → the week two weeks back (`2018-W23` from 2018-06-20); `قبل أيام` → PAST_REF.
 */
import { agoValue, durationValue } from '../resolve-time.js'
import type { TimeContext, TimeMatch } from '../time-context.js'
import type { TimeUnit } from '../time-lexicon.js'

/** Adjectives a duration takes: `ثلاثة أعوام أخرى`, `أيام قليلة`, `ساعات طويلة`. */
const DURATION_TAIL = new Set([
  'اخري', 'اخر', 'اضافيه', 'متتاليه', 'متواصله', 'كامله', 'كاملا', 'كاملين', 'مقبله', 'قادمه', 'قليله', 'عديده', 'طويله', 'معدوده',
  'ماضيه', 'فقط', 'متتاليين', 'متواصلين',
])
/** Words after a bare plural unit that keep it a duration (`بعد ساعات على إعلان`). */
const AFTER_BARE = new Set(['علي', 'من', 'عن', 'في', 'فقط', 'قبل', 'بعد', 'مضت', 'حتي', 'الي'])
/** `من العمر`, `من عمره`: an age. */
const AGE = new Set(['العمر', 'عمره', 'عمرها', 'عمرهم', 'عمري', 'عمرهما'])

/** Hedges a duration may carry: `حوالى شهر`, `نحو عامين`, `أكثر من ثلاث سنوات`. Returns the token after the hedge. */
function skipHedge(ctx: TimeContext, i: number): number {
  const w = ctx.word(i)
  if (w && w.type === 'hedge') {
    if (!w.then) return i + 1
    return ctx.norms[i + 1] === w.then ? i + 2 : i
  }
  const f = ctx.norms[i]
  if (f === 'ما' && (ctx.norms[i + 1] === 'يقارب' || ctx.norms[i + 1] === 'يزيد')) {
    return ctx.norms[i + 2] === 'عن' || ctx.norms[i + 2] === 'علي' ? i + 3 : i + 2
  }
  return i
}

interface Core {
  readonly end: number
  readonly unit: TimeUnit
  /** Null for a vague count (`ساعات`, `عدة أيام`). */
  readonly count: number | null
  /** Proclitic letters before the count (`وثلاثة` → 1). */
  readonly cut: number
}

/** The count and unit at token `j`: `ثلاثة أشهر`, `4 أيام`, `عامين`, `ساعات`, `عدة أعوام`, `نصف ساعة`. */
function readCore(ctx: TimeContext, j: number, cued: boolean, ago = false): Core | null {
  const w = ctx.word(j)
  if (w && w.type === 'unit' && !w.definite && ctx.cuts[j] === 0) {
    if (w.number === 'dual') return { end: j + 1, unit: w.unit, count: 2, cut: 0 }
    if (w.number === 'plural') {
      if (w.unit === 'DE' || w.unit === 'CE') return null // `عقود` are also contracts
      const next = ctx.norms[j + 1]
      const nextKind = ctx.doc.tokens.kind[j + 1]
      if (next === undefined || nextKind !== 1 || AFTER_BARE.has(next) || DURATION_TAIL.has(next)) return { end: j + 1, unit: w.unit, count: null, cut: 0 }
      // `قبل أيام بلقب`: after `قبل`/`منذ` only a definite noun (`قبل أيام العيد`) makes it no duration.
      if (ago && !next.startsWith('ال')) return { end: j + 1, unit: w.unit, count: null, cut: 0 }
      return null
    }
    // `شهر` alone only after a hedge or a preposition: `حوالى شهر`, `بعد أسبوع`, `منذ عام` — not `منذ عام 2013`.
    if (ctx.isNumber(j + 1)) return null
    if (cued && w.unit !== 'DE' && w.unit !== 'CE' && ctx.norms[j + 1] !== '' && ctx.word(j + 1)?.type !== 'weekday') {
      const f = ctx.norms[j]!
      if (f === 'يوم' && (ctx.isNumber(j + 1) || ctx.word(j + 1)?.type === 'month')) return null
      return { end: j + 1, unit: w.unit, count: 1, cut: 0 }
    }
    return null
  }
  const f = ctx.norms[j] ?? ''
  if (w && w.type === 'vague-count') {
    const u = ctx.word(j + 1)
    if (u && u.type === 'unit' && u.number === 'plural' && !u.definite) return { end: j + 2, unit: u.unit, count: null, cut: ctx.cuts[j]! }
    return null
  }
  if (f === 'نصف' || f === 'ربع') {
    const u = ctx.word(j + 1)
    if (!u || u.type !== 'unit' || u.number !== 'one' || u.definite) return null
    const frac = f === 'نصف' ? 0.5 : 0.25
    if (u.unit === 'H') return { end: j + 2, unit: 'MI', count: 60 * frac, cut: 0 }
    if (u.unit === 'CE') return { end: j + 2, unit: 'Y', count: 100 * frac, cut: 0 }
    if (u.unit === 'Y') return { end: j + 2, unit: 'M', count: 12 * frac, cut: 0 }
    if (u.unit === 'D') return { end: j + 2, unit: 'H', count: 24 * frac, cut: 0 }
    return null
  }
  let cut = 0
  let num = ctx.number(j)
  if (!num && ctx.doc.tokens.kind[j] === 1 && 'وفبلك'.includes(f[0] ?? ' ')) {
    // `وثلاثة أعوام`, `لأربع سنوات`.
    cut = 1
    num = ctx.number(j, 1)
  }
  if (!num || num.approx || num.value <= 0 || !Number.isFinite(num.value)) return null
  if (num.digits !== null && !/^\d+(\.\d+)?$/.test(num.digits)) return null
  // Age: `العشرين من عمره`, `الـ17 من العمر`.
  if (ctx.norms[num.tokenEnd] === 'من' && AGE.has(ctx.norms[num.tokenEnd + 1] ?? '')) {
    return { end: num.tokenEnd + 2, unit: 'Y', count: num.value, cut }
  }
  if (num.definite) return null
  const u = ctx.word(num.tokenEnd)
  if (!u || u.type !== 'unit' || u.definite || u.number === 'dual' || ctx.cuts[num.tokenEnd] !== 0) return null
  let end = num.tokenEnd + 1
  let count = num.value
  let unit = u.unit
  // `عام ونصف`, `ثلاث ساعات ونصف`.
  if (ctx.norms[end] === 'ونصف') {
    if (unit === 'Y') { count = count * 12 + 6; unit = 'M'; end++ } else if (unit === 'H') { count = count * 60 + 30; unit = 'MI'; end++ } else if (unit === 'D') { count = count * 24 + 12; unit = 'H'; end++ }
  }
  return { end, unit, count, cut }
}

/** Matches a duration, or a point counted back (`قبل ثلاثة أيام`), starting at token `i`. */
export function matchDuration(ctx: TimeContext, i: number): TimeMatch | null {
  const w = ctx.word(i)
  const cut = ctx.cuts[i]!
  if (w && w.type === 'prep' && w.ago) {
    // `منذ أسبوعين`, `قبل ثلاثة أيام`: a point in the past — unless counted from an event (`قبل يومين من الانتخابات`).
    const h = skipHedge(ctx, i + 1)
    const core = readCore(ctx, h, true, true)
    if (core) {
      let end = core.end
      while (DURATION_TAIL.has(ctx.norms[end] ?? '') && ctx.norms[end] !== 'مقبله' && ctx.norms[end] !== 'قادمه') end++
      const after = ctx.norms[end]
      if (after === 'من' || after === 'علي' || after === 'عن') return null
      const ref = ctx.ref
      // A hedge (`قبل نحو أربع سنوات`) blurs the count, not the precision: the year stays 2014.
      const value = core.count === null ? 'PAST_REF' : ref ? agoValue(ref, core.unit, core.count) : null
      return { tokenStart: i, cut, tokenEnd: end, value }
    }
    const f = ctx.norms[i + 1]
    if (f === 'قليل' || f === 'فتره' || f === 'زمن' || (f === 'وقت' && ctx.norms[i + 2] === 'طويل')) {
      return { tokenStart: i, cut, tokenEnd: f === 'وقت' ? i + 3 : i + 2, value: 'PAST_REF' }
    }
    return null
  }
  const h = skipHedge(ctx, i)
  const prev = ctx.word(i - 1)
  const cued = h > i || (prev !== null && prev.type === 'prep')
  const core = readCore(ctx, h, cued)
  if (!core) return null
  let end = core.end
  while (DURATION_TAIL.has(ctx.norms[end] ?? '')) end++
  return { tokenStart: i, cut: h > i ? cut : core.cut || ctx.cuts[h]!, tokenEnd: end, value: durationValue(core.unit, core.count) }
}
