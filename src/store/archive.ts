/**
 * The archive: one interface, implemented on SQLite (`sqlite/`, one file, the default) and on
 * PostgreSQL (`postgres/`, several writers at once). `archive.case.ts` is the one test suite
 * both pass. Writes take `PreparedArticle`s (analysed and indexed by `prepareArticle`, usually in
 * a worker thread), so an implementation only stores rows.
 */
import type { ArticleRecord } from '../core/record.js'
import type { Span } from '../core/span.js'

/** What happened to one article handed to `put`. */
export type PutOutcome = 'added' | 'updated' | 'duplicate'

/** The result of `put` for one article, in the order given. */
export interface PutResult {
  readonly outcome: PutOutcome
  /** The record id stored (for a duplicate, the id of the copy already stored). */
  readonly id: string
}

/** An entity of one article, with the keys that link it to the archive's entities. */
export interface PreparedEntity {
  /** The record's own id (`E3`). */
  readonly localId: string
  readonly type: string
  readonly name: string
  readonly latin: string | null
  /** Primary key first (see `entityKeys`). */
  readonly keys: readonly string[]
  readonly mentions: readonly { start: number; end: number; surface: string }[]
}

/** A quote of one article; the speaker is the record's local entity id. */
export interface PreparedQuote {
  readonly start: number
  readonly end: number
  readonly direct: boolean
  readonly speakerLocalId: string | null
  readonly speakerStart: number | null
  readonly speakerEnd: number | null
  readonly cueStart: number | null
  readonly cueEnd: number | null
  readonly cue: string | null
  readonly text: string
}

/** A time expression of one article. */
export interface PreparedTime {
  readonly start: number
  readonly end: number
  readonly value: string | null
  readonly surface: string
}

/** A quantity of one article. */
export interface PreparedQuantity {
  readonly start: number
  readonly end: number
  readonly value: number
  readonly approx: boolean
  readonly unit: string | null
  readonly surface: string
}

/** An analysed article made ready for storage: rows, index terms and the story signature. */
export interface PreparedArticle {
  /** What identifies the article across runs: `id:…` (given id), `url:…`, `path:…` or `hash:…`. */
  readonly key: string
  /** Hash of the text and metadata: the same key with another hash is an update. */
  readonly contentHash: string
  /** When true, the same content under another key is a duplicate (files keyed by their path). */
  readonly dedupeByContent: boolean
  /** Where it came from (`file.jsonl:12`, a path), for people. */
  readonly source: string | null
  readonly id: string
  readonly published: string | null
  /** `YYYY-MM-DD` of `published`, for date filters and timelines. */
  readonly day: string | null
  readonly outlet: string | null
  readonly title: string | null
  readonly url: string | null
  /** The author the input named outside the text (a feed's `dc:creator`), else null. */
  readonly author: string | null
  readonly language: string
  readonly textLength: number
  /** The record, encoded by `encodeRecord`. */
  readonly record: Uint8Array
  /** Search terms of the title and of the text, space-separated, in order. */
  readonly titleTerms: string
  readonly bodyTerms: string
  /** MinHash signature bytes and LSH band keys (see `minhash.ts`). */
  readonly signature: Uint8Array
  readonly bands: readonly number[]
  readonly entities: readonly PreparedEntity[]
  readonly quotes: readonly PreparedQuote[]
  readonly times: readonly PreparedTime[]
  readonly quantities: readonly PreparedQuantity[]
}

/** Filters and paging of `search`. Dates are `YYYY-MM-DD`, inclusive. */
export interface SearchOptions {
  /** Only articles that mention this entity (any spelling, or its Latin name). */
  readonly entity?: string
  readonly from?: string
  readonly to?: string
  /** Outlet name, compared without regard to case. */
  readonly outlet?: string
  /** Results to return (default 10, at most 1000). */
  readonly limit?: number
  readonly offset?: number
}

/** One search result: the article, its BM25 score and a snippet with highlights. */
export interface SearchHit {
  readonly id: string
  readonly title: string | null
  readonly outlet: string | null
  readonly published: string | null
  readonly url: string | null
  /** BM25 (higher is better); 0 when the query had no words and only filters applied. */
  readonly score: number
  readonly snippet: string
  /** The snippet's span in the record's text. */
  readonly snippetSpan: Span
  /** Matches in the record's text (all of them, not only those in the snippet). */
  readonly highlights: readonly Span[]
  /** Matches in the title. */
  readonly titleHighlights: readonly Span[]
}

/** `total` counts every matching article, not only those returned. */
export interface SearchResults {
  readonly total: number
  readonly results: readonly SearchHit[]
}

/** An article as listed in a story. */
export interface StoryMember {
  readonly id: string
  readonly title: string | null
  readonly outlet: string | null
  readonly published: string | null
  readonly url: string | null
  /** Estimated Jaccard similarity to the representative's shingles (1 for the representative). */
  readonly similarity: number
}

/** Articles that tell the same story: reprints and rewrites of one wire copy. */
export interface Story {
  readonly id: number
  readonly size: number
  /** The earliest published member (the longest when dates tie or are missing). */
  readonly representative: StoryMember
  /** Every member, earliest first. */
  readonly members: readonly StoryMember[]
  readonly outlets: readonly string[]
  readonly first: string | null
  readonly last: string | null
}

/** Which stories to list: biggest first, then most recent. */
export interface StoryOptions {
  /** Smallest story listed (default 2: a single article is not a story). */
  readonly minSize?: number
  readonly limit?: number
  readonly offset?: number
  /** Only the story with this id. */
  readonly id?: number
  /** Only the story holding the article with this record id. */
  readonly articleId?: string
}

/** One page of stories; `total` counts every story that passes the options' filter. */
export interface StoryList {
  readonly total: number
  readonly stories: readonly Story[]
}

/** What the archive knows about one entity. */
export interface EntityReport {
  readonly id: number
  readonly type: string
  readonly name: string
  readonly latin: string | null
  /** Every spelling seen, most frequent first. */
  readonly variants: readonly { text: string; count: number }[]
  readonly articles: number
  readonly mentions: number
  /** Mentions and articles per publication day, oldest first (articles without a date are left out). */
  readonly timeline: readonly { day: string; mentions: number; articles: number }[]
  /** Entities named in the same articles, most shared articles first. */
  readonly cooccurring: readonly { id: number; type: string; name: string; latin: string | null; articles: number }[]
  /** Quotes it is the speaker of, newest first. */
  readonly quotes: readonly EntityQuote[]
}

/** A quote an entity is the speaker of, with the article it is in. */
export interface EntityQuote {
  readonly articleId: string
  readonly published: string | null
  readonly title: string | null
  readonly text: string
  readonly direct: boolean
  readonly cue: string | null
  /** The quote's span in the article's text. */
  readonly span: Span
}

/** Options of `entity`. */
export interface EntityOptions {
  /** Rows of co-occurring entities and of quotes (default 10 each). */
  readonly limit?: number
}

/** Counts over the whole archive. */
export interface ArchiveStats {
  readonly articles: number
  readonly entities: number
  readonly mentions: number
  readonly quotes: number
  readonly times: number
  readonly quantities: number
  /** Stories of two or more articles. */
  readonly stories: number
  readonly outlets: number
  readonly firstPublished: string | null
  readonly lastPublished: string | null
  /** Bytes on disk: the SQLite file with its WAL, or the PostgreSQL tables with their indexes. */
  readonly sizeBytes: number
  readonly schemaVersion: number
  readonly dialect: 'sqlite' | 'postgres'
}

/** What `exportRows` can stream. */
export type ExportKind = 'articles' | 'entities' | 'mentions' | 'quotes' | 'stories'
/** Every export kind, in the order `marsad export --help` lists them. */
export const EXPORT_KINDS: readonly ExportKind[] = ['articles', 'entities', 'mentions', 'quotes', 'stories']

/** Keys and content hashes already stored, for skipping unchanged input before analysis. */
export interface KnownContent {
  /** Stored content hash by key, for the keys asked about that exist. */
  readonly byKey: ReadonlyMap<string, string>
  /** The asked-about content hashes that exist under any key. */
  readonly hashes: ReadonlySet<string>
}

/** An archive of analysed articles. Every method may be called concurrently with other processes writing. */
export interface Archive {
  readonly dialect: 'sqlite' | 'postgres'
  /** Where it lives, for messages: a path, or a PostgreSQL URL without its password. */
  readonly location: string
  /** Which of these keys and content hashes are already stored. */
  known(keys: readonly string[], hashes: readonly string[]): Promise<KnownContent>
  /**
   * Stores a batch in one transaction: new keys are added, a known key with a new content hash
   * is updated (its rows replaced), an unchanged one is a duplicate. Stories are assigned as
   * articles arrive. A crash leaves either the whole batch or none of it.
   */
  put(batch: readonly PreparedArticle[]): Promise<PutResult[]>
  /** The stored record with this id, or null. */
  get(id: string): Promise<ArticleRecord | null>
  /** Ranked full-text search (BM25); an empty query lists the filtered articles newest first. */
  search(query: string, options?: SearchOptions): Promise<SearchResults>
  stories(options?: StoryOptions): Promise<StoryList>
  /** Entities this name denotes (any spelling, or the Latin name), most mentioned first; [] when none. */
  entity(name: string, options?: EntityOptions): Promise<EntityReport[]>
  /** The report of the entity with this archive id (`EntityReport.id`), or null when there is none. */
  entityById(id: number, options?: EntityOptions): Promise<EntityReport | null>
  stats(): Promise<ArchiveStats>
  /**
   * A token that changes whenever stored content changes, by this process or any other: equal
   * tokens mean a read gives the same answer (see `CachedArchive`). Cheap: one pragma on SQLite,
   * one row on PostgreSQL.
   */
  changeMark(): Promise<string>
  /** Refreshes the planner's statistics after a large write (ingest calls it at the end of a run). */
  optimize(): Promise<void>
  /** Streams rows of one kind (see `export-rows.ts` for their shapes), in storage order. */
  exportRows(kind: ExportKind): AsyncIterable<Record<string, unknown>>
  close(): Promise<void>
}
