import { articleRecordSchema, type ArticleRecord } from './record.js'

/**
 * Checks a record against SPEC.md beyond its JSON shape: every span inside `text`, no span that
 * starts or ends on white space, sentences in order and not overlapping, entity ids unique and
 * quote speakers pointing at existing entities. Returns the problems found (empty when valid).
 */
export function checkRecord(record: unknown): string[] {
  const parsed = articleRecordSchema.safeParse(record)
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
  const r: ArticleRecord = parsed.data
  const problems: string[] = []
  const n = r.text.length
  const checkSpan = (where: string, s: readonly [number, number] | null | undefined): void => {
    if (!s) return
    const [a, b] = s
    if (a < 0 || b > n || b <= a) {
      problems.push(`${where}: span [${a}, ${b}) outside text of length ${n}`)
      return
    }
    if (/\s/u.test(r.text[a]!) || /\s/u.test(r.text[b - 1]!)) problems.push(`${where}: span [${a}, ${b}) has white space at an edge`)
  }
  r.warnings.forEach((w, i) => checkSpan(`warnings[${i}]`, w.span))
  if (r.dateline) {
    checkSpan('dateline', r.dateline.span)
    checkSpan('dateline.place', r.dateline.place?.span)
    r.dateline.agencies.forEach((a, i) => checkSpan(`dateline.agencies[${i}]`, a.span))
  }
  r.credits.forEach((c, i) => {
    checkSpan(`credits[${i}]`, c.span)
    c.names.forEach((m, j) => checkSpan(`credits[${i}].names[${j}]`, m.span))
  })
  r.boilerplate.forEach((b, i) => checkSpan(`boilerplate[${i}]`, b.span))
  let last = -1
  r.sentences.forEach((s, i) => {
    checkSpan(`sentences[${i}]`, s)
    if (s[0] < last) problems.push(`sentences[${i}]: starts before the previous sentence ends`)
    last = s[1]
  })
  const ids = new Set<string>()
  r.entities.forEach((e, i) => {
    if (ids.has(e.id)) problems.push(`entities[${i}]: duplicate id ${e.id}`)
    ids.add(e.id)
    e.mentions.forEach((m, j) => checkSpan(`entities[${i}].mentions[${j}]`, m))
  })
  r.quotes.forEach((q, i) => {
    checkSpan(`quotes[${i}]`, q.span)
    checkSpan(`quotes[${i}].cue`, q.cue?.span)
    checkSpan(`quotes[${i}].speaker`, q.speaker?.span)
    if (q.speaker?.entity && !ids.has(q.speaker.entity)) problems.push(`quotes[${i}]: speaker entity ${q.speaker.entity} does not exist`)
  })
  r.sources.forEach((s, i) => {
    checkSpan(`sources[${i}]`, s.span)
    checkSpan(`sources[${i}].cue`, s.cue?.span)
    if (s.entity && !ids.has(s.entity)) problems.push(`sources[${i}]: entity ${s.entity} does not exist`)
  })
  r.times.forEach((t, i) => checkSpan(`times[${i}]`, t.span))
  r.quantities.forEach((q, i) => checkSpan(`quantities[${i}]`, q.span))
  return problems
}
