/**
 * Marsad's public API: `analyze(text, meta)` turns one Arabic news article into a
 * `marsad.article/1` record; the rest reads inputs, checks records and exposes the text layer.
 */
export { analyze, hashId, parsePublished, type AnalyzeOptions, type ArticleMeta } from './pipeline/analyze.js'
export { createPipeline, type Pipeline } from './pipeline/pipeline.js'
export { defaultPipeline } from './pipeline/default-pipeline.js'
export { toRecord } from './pipeline/to-record.js'
export type { Stage, RunContext } from './core/stage.js'
export { DocBuilder, type AnalyzedDoc, type Meta } from './core/doc.js'
export {
  articleRecordSchema,
  SCHEMA,
  LAYER_NAMES,
  type ArticleRecord,
  type Boilerplate,
  type Credit,
  type Dateline,
  type Entity,
  type LayerName,
  type Layers,
  type Quantity,
  type Quote,
  type Source,
  type TimeExpression,
} from './core/record.js'
export { checkRecord } from './core/check-record.js'
export type { Span } from './core/span.js'
export type { Warning, WarningCode } from './core/warning.js'
export { MarsadError, ConfigError, LimitError, ERROR_CODES, type ErrorCode } from './core/errors.js'
export { DEFAULT_LIMITS, type Limits } from './core/limits.js'
export { VERSION } from './core/version.js'
export { normalize, normalizeForMatch, type Normalized } from './normalize/normalize.js'
export { OffsetMap } from './core/offset-map.js'
export { tokenize } from './segment/tokenize.js'
export { TokenKind, TokenFlag, type TokenLayer } from './core/tokens.js'
export { procliticSplits, encliticSplits, type CliticSplit } from './segment/clitics.js'
export { detectLanguage, type LanguageGuess } from './language/detect-language.js'
export * from './ingest/index.js'
