import { DocBuilder } from '../../core/doc.js'
import type { Stage } from '../../core/stage.js'
import { normalize } from '../../normalize/normalize.js'
import { tokenize } from '../../segment/tokenize.js'
import { parseCivilDate } from './civil-date.js'
import { scanTimes } from './scan-times.js'

/**
 * Finds temporal expressions and resolves them against the publication date (`ctx.reference`) to
 * TimeML values: `يوم الاثنين` → `2025-10-27`, `الشهر الماضي` → `2025-09`, `لمدة ثلاثة أشهر` → `P3M`,
 * `12 شوال 1436هـ` → `2015-07-28`. Without a reference, relative expressions get `value: null`.
 * Boilerplate (related stories, ads) is not the article's narrative: its times are left out.
 */
export const timesStage: Stage = {
  name: 'times',
  requires: ['boilerplate'],
  provides: ['times'],
  run(doc, ctx) {
    doc.set('times', scanTimes(doc, ctx.reference, doc.get('boilerplate').map((b) => b.span)))
  },
}

/**
 * Finds and resolves the time expressions in a short text, as the `marsad times` command shows them.
 * `published` is `YYYY-MM-DD` or an ISO date-time (its date is used); null or an invalid date leaves
 * relative values null. Spans index `expr`.
 *
 * @example
 * resolveTimeExpression('الشهر الماضي', '2025-10-28') // [{ span: [0, 12], value: '2025-09' }]
 */
export function resolveTimeExpression(expr: string, published: string | null): { span: [number, number]; value: string | null }[] {
  if (typeof expr !== 'string') throw new TypeError(`resolveTimeExpression() expects a string, got ${typeof expr}`)
  const reference = published && parseCivilDate(published.trim()) ? published.trim().slice(0, 10) : null
  const { normalized, map } = normalize(expr)
  const doc = new DocBuilder({
    text: expr,
    normalized,
    map,
    tokens: tokenize(normalized, map),
    meta: { id: 'expr', language: 'ar', published: reference, title: null, url: null, outlet: null },
  })
  return scanTimes(doc, reference).map((t) => ({ span: [t.span[0], t.span[1]] as [number, number], value: t.value }))
}
