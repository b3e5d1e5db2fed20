/**
 * The archive: store analysed articles in SQLite (default) or PostgreSQL, search them with
 * Arabic-aware full-text search, group reprints into stories, follow entities across articles.
 */
export type {
  Archive,
  ArchiveStats,
  EntityOptions,
  EntityQuote,
  EntityReport,
  ExportKind,
  KnownContent,
  PreparedArticle,
  PreparedEntity,
  PreparedQuantity,
  PreparedQuote,
  PreparedTime,
  PutOutcome,
  PutResult,
  SearchHit,
  SearchOptions,
  SearchResults,
  Story,
  StoryList,
  StoryMember,
  StoryOptions,
} from './archive.js'
export { EXPORT_KINDS } from './archive.js'
export { openArchive, withArchive, resolveArchiveTarget, isPostgresTarget, describeTarget, DEFAULT_ARCHIVE, type OpenArchiveOptions } from './open-archive.js'
export { openSqliteArchive, SqliteArchive, type SqliteArchiveOptions } from './sqlite/archive.js'
export { CachedArchive, type CacheOptions } from './cached-archive.js'
export { ingestPaths, collectInputFiles, type IngestOptions, type IngestProgress, type IngestSummary } from './ingest/ingest-paths.js'
export type { IngestFailure, InputItem } from './ingest/input-item.js'
export { parseFeed, type FeedItem } from './ingest/read-feed.js'
export { prepareArticle, type PrepareOptions } from './prepare-article.js'
export { identifyArticle, hashContent, type ArticleIdentity } from './article-key.js'
export { defaultNameKey, latinKey, entityKeys, lookupKeys, type NameKeyFn } from './entity-key.js'
export { termsOf, stemArabic, type TermList } from './search-terms.js'
export { parseSearchQuery, toFts5Query, toTsQuery, type SearchQuery, type QueryClause } from './search-query.js'
export { findHighlights, makeSnippet, type Snippet } from './highlight.js'
export { encodeRecord, decodeRecord } from './record-codec.js'
export { csvHeader, csvLine, CSV_COLUMNS } from './export-rows.js'
export { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations/index.js'
