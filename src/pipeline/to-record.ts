import type { AnalyzedDoc } from '../core/doc.js'
import { EMPTY_LAYERS, SCHEMA, type ArticleRecord } from '../core/record.js'
import { VERSION } from '../core/version.js'

/** Builds the `marsad.article/1` record of an analysed document; layers no stage wrote are empty. */
export function toRecord(doc: AnalyzedDoc): ArticleRecord {
  const l = doc.layers
  return {
    schema: SCHEMA,
    id: doc.meta.id,
    text: doc.text,
    language: doc.meta.language,
    published: doc.meta.published,
    title: doc.meta.title,
    url: doc.meta.url,
    outlet: doc.meta.outlet,
    analyzer: { name: 'marsad', version: VERSION },
    warnings: doc.warnings.map((w) => (w.span ? { code: w.code, message: w.message, span: [w.span[0], w.span[1]] } : { code: w.code, message: w.message })),
    dateline: (l.dateline ?? EMPTY_LAYERS.dateline) as ArticleRecord['dateline'],
    credits: [...(l.credits ?? [])] as ArticleRecord['credits'],
    boilerplate: [...(l.boilerplate ?? [])] as ArticleRecord['boilerplate'],
    sentences: [...(l.sentences ?? [])] as ArticleRecord['sentences'],
    entities: [...(l.entities ?? [])] as ArticleRecord['entities'],
    quotes: [...(l.quotes ?? [])] as ArticleRecord['quotes'],
    sources: [...(l.sources ?? [])] as ArticleRecord['sources'],
    times: [...(l.times ?? [])] as ArticleRecord['times'],
    quantities: [...(l.quantities ?? [])] as ArticleRecord['quantities'],
  }
}
