import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { MarsadError } from '../../core/errors.js'
import type { ArticleRecord } from '../../core/record.js'
import type {
  Archive,
  ArchiveStats,
  EntityOptions,
  EntityReport,
  ExportKind,
  KnownContent,
  PreparedArticle,
  PutResult,
  SearchOptions,
  SearchResults,
  StoryList,
  StoryOptions,
} from '../archive.js'
import { lookupKeys, type NameKeyFn } from '../entity-key.js'
import { decodeRecord } from '../record-codec.js'
import { migrateSqlite } from './migrate.js'
import { exportSqlite, readEntities, readStats, readStories, resolveEntityKeys } from './read.js'
import { searchSqlite } from './search.js'
import { SqliteWriter } from './write.js'

/** Bytes of the archive file reads may map into memory (address space, not RAM). */
const MMAP_BYTES = 1 << 30

/** Options of `openSqliteArchive`. */
export interface SqliteArchiveOptions {
  /** Open without writing: no migration, no WAL switch. */
  readonly readonly?: boolean
  /** How long to wait for another writer's lock, in ms (default 30 s). */
  readonly busyTimeoutMs?: number
  readonly nameKey?: NameKeyFn
}

/**
 * Opens (creating if needed) a SQLite archive file in WAL mode and migrates it. Several
 * processes may write to it: each batch takes the write lock for the time of its transaction.
 * Throws MarsadError ERR_FILE_UNREADABLE when the file cannot be opened as a database.
 */
export function openSqliteArchive(path: string, options: SqliteArchiveOptions = {}): SqliteArchive {
  const file = resolve(path)
  let db: Database.Database
  try {
    if (!options.readonly) mkdirSync(dirname(file), { recursive: true })
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false })
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 30_000))}`)
    if (!options.readonly) {
      db.pragma('journal_mode = WAL')
      // In WAL mode NORMAL loses no committed data on a process crash (kill -9), only on power loss.
      db.pragma('synchronous = NORMAL')
    }
    db.pragma('foreign_keys = OFF')
    db.pragma('cache_size = -65536')
    // Reads map the file instead of copying pages: about 7% off a search at 200,000 articles.
    db.pragma(`mmap_size = ${MMAP_BYTES}`)
    if (!options.readonly) migrateSqlite(db)
  } catch (error) {
    throw new MarsadError('ERR_FILE_UNREADABLE', `Cannot open the archive ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
  return new SqliteArchive(db, file, options.nameKey)
}

/** The SQLite archive (see `Archive`). Calls are synchronous underneath; the promises resolve at once. */
export class SqliteArchive implements Archive {
  readonly dialect = 'sqlite' as const
  readonly location: string
  readonly db: Database.Database
  readonly #nameKey: NameKeyFn | undefined
  #writer: SqliteWriter | undefined
  /** Batches this connection stored: `PRAGMA data_version` only counts other connections' commits. */
  #ownWrites = 0

  constructor(db: Database.Database, location: string, nameKey?: NameKeyFn) {
    this.db = db
    this.location = location
    this.#nameKey = nameKey
  }

  async known(keys: readonly string[], hashes: readonly string[]): Promise<KnownContent> {
    const byKey = new Map<string, string>()
    const found = new Set<string>()
    if (keys.length) {
      const rows = this.db.prepare('SELECT key, content_hash AS hash FROM articles WHERE key IN (SELECT value FROM json_each(?))').all(JSON.stringify(keys)) as {
        key: string
        hash: string
      }[]
      for (const r of rows) byKey.set(r.key, r.hash)
    }
    if (hashes.length) {
      const rows = this.db.prepare('SELECT DISTINCT content_hash AS hash FROM articles WHERE content_hash IN (SELECT value FROM json_each(?))').all(JSON.stringify(hashes)) as {
        hash: string
      }[]
      for (const r of rows) found.add(r.hash)
    }
    return { byKey, hashes: found }
  }

  async put(batch: readonly PreparedArticle[]): Promise<PutResult[]> {
    this.#writer ??= new SqliteWriter(this.db)
    try {
      return this.#writer.put(batch)
    } finally {
      this.#ownWrites++
    }
  }

  async changeMark(): Promise<string> {
    return `${this.db.pragma('data_version', { simple: true }) as number}.${this.#ownWrites}`
  }

  async get(id: string): Promise<ArticleRecord | null> {
    const row = this.db.prepare('SELECT record FROM articles WHERE id = ?').get(id) as { record: Buffer } | undefined
    return row ? decodeRecord(row.record) : null
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    const entityIds = options.entity ? resolveEntityKeys(this.db, lookupKeys(options.entity, this.#nameKey)) : null
    return searchSqlite(this.db, query, options, entityIds)
  }

  async stories(options: StoryOptions = {}): Promise<StoryList> {
    return readStories(this.db, options)
  }

  async entity(name: string, options: EntityOptions = {}): Promise<EntityReport[]> {
    const ids = resolveEntityKeys(this.db, lookupKeys(name, this.#nameKey))
    return readEntities(this.db, ids, options)
  }

  async entityById(id: number, options: EntityOptions = {}): Promise<EntityReport | null> {
    return readEntities(this.db, [id], options)[0] ?? null
  }

  async stats(): Promise<ArchiveStats> {
    return readStats(this.db, this.location)
  }

  async optimize(): Promise<void> {
    this.db.pragma('optimize')
  }

  exportRows(kind: ExportKind): AsyncIterable<Record<string, unknown>> {
    return exportSqlite(this.db, kind)
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close()
  }
}
