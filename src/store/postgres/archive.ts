import pg from 'pg'
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
import { migratePostgres, quoteIdent } from './migrate.js'
import { exportPostgres, readEntities, readStats, readStories, resolveEntityKeys } from './read.js'
import { searchPostgres } from './search.js'
import { putPostgres } from './write.js'

/** Options of `openPostgresArchive`. */
export interface PostgresArchiveOptions {
  /** Schema holding the archive's tables (default `marsad`); created when missing. */
  readonly schema?: string
  /** Connections in the pool (default 4). */
  readonly poolSize?: number
  readonly nameKey?: NameKeyFn
}

/** The schema used when none is given. */
export const DEFAULT_PG_SCHEMA = 'marsad'

/** bigint and numeric come back as JS numbers: archive ids and counts stay far below 2^53. */
const TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === 20 || oid === 1700) return (v: string) => Number(v)
    return pg.types.getTypeParser(oid, format as 'text')
  }) as typeof pg.types.getTypeParser,
}

/**
 * Opens a PostgreSQL archive at a `postgres://` URL and migrates its schema (`?schema=name` in
 * the URL, or `options.schema`, picks the schema; default `marsad`). Many processes on
 * many machines may write to one archive at once. Throws MarsadError ERR_CONFIG when the server
 * cannot be reached or refuses the login, with the URL (password hidden) in the message.
 */
export async function openPostgresArchive(target: string, options: PostgresArchiveOptions = {}): Promise<PostgresArchive> {
  const { url, schema: fromUrl } = splitSchema(target)
  const schema = options.schema ?? fromUrl ?? DEFAULT_PG_SCHEMA
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new MarsadError('ERR_INVALID_ARGUMENT', `'${schema}' is not a usable schema name (letters, digits, _)`)
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4, types: TYPES, options: `-c search_path=${schema}` })
  pool.on('error', () => undefined) // an idle connection dropped by the server is replaced on next use
  let client: pg.PoolClient | undefined
  try {
    client = await pool.connect()
    await migratePostgres(client, schema)
  } catch (error) {
    client?.release()
    client = undefined
    await pool.end()
    const safe = url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')
    throw new MarsadError('ERR_CONFIG', `Cannot open the PostgreSQL archive ${safe}: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  } finally {
    client?.release()
  }
  return new PostgresArchive(pool, url, schema, options.nameKey)
}

/** Takes a `schema` parameter off a URL (`postgres://h/db?schema=news`): it names the archive's schema, not a connection setting. */
export function splitSchema(target: string): { url: string; schema: string | undefined } {
  try {
    const u = new URL(target)
    const schema = u.searchParams.get('schema') ?? undefined
    if (schema === undefined) return { url: target, schema }
    u.searchParams.delete('schema')
    return { url: u.toString(), schema }
  } catch {
    return { url: target, schema: undefined }
  }
}

/** The PostgreSQL archive (see `Archive`). */
export class PostgresArchive implements Archive {
  readonly dialect = 'postgres' as const
  readonly location: string
  readonly pool: pg.Pool
  readonly schema: string
  readonly #nameKey: NameKeyFn | undefined

  constructor(pool: pg.Pool, url: string, schema: string, nameKey?: NameKeyFn) {
    this.pool = pool
    this.location = url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')
    this.schema = schema
    this.#nameKey = nameKey
  }

  async known(keys: readonly string[], hashes: readonly string[]): Promise<KnownContent> {
    const byKey = new Map<string, string>()
    const found = new Set<string>()
    if (keys.length) {
      for (const r of (await this.pool.query('SELECT key, content_hash AS hash FROM articles WHERE key = ANY($1::text[])', [keys])).rows as { key: string; hash: string }[]) {
        byKey.set(r.key, r.hash)
      }
    }
    if (hashes.length) {
      for (const r of (await this.pool.query('SELECT DISTINCT content_hash AS hash FROM articles WHERE content_hash = ANY($1::text[])', [hashes])).rows as { hash: string }[]) {
        found.add(r.hash)
      }
    }
    return { byKey, hashes: found }
  }

  put(batch: readonly PreparedArticle[]): Promise<PutResult[]> {
    return putPostgres(this.pool, batch)
  }

  async get(id: string): Promise<ArticleRecord | null> {
    const row = (await this.pool.query('SELECT record FROM articles WHERE id = $1', [id])).rows[0] as { record: Buffer } | undefined
    return row ? decodeRecord(row.record) : null
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    const entityIds = options.entity ? await resolveEntityKeys(this.pool, lookupKeys(options.entity, this.#nameKey)) : null
    return searchPostgres(this.pool, query, options, entityIds)
  }

  stories(options: StoryOptions = {}): Promise<StoryList> {
    return readStories(this.pool, options)
  }

  async entity(name: string, options: EntityOptions = {}): Promise<EntityReport[]> {
    return readEntities(this.pool, await resolveEntityKeys(this.pool, lookupKeys(name, this.#nameKey)), options)
  }

  async entityById(id: number, options: EntityOptions = {}): Promise<EntityReport | null> {
    return (await readEntities(this.pool, [id], options))[0] ?? null
  }

  stats(): Promise<ArchiveStats> {
    return readStats(this.pool)
  }

  async changeMark(): Promise<string> {
    const row = (await this.pool.query('SELECT value FROM archive_generation WHERE id = 1')).rows[0] as { value: string } | undefined
    return row?.value ?? '0'
  }

  async optimize(): Promise<void> {
    await this.pool.query("SELECT gin_clean_pending_list('articles_tsv'::regclass)")
    await this.pool.query('ANALYZE articles, article_story, lsh, entities, entity_keys, article_entities, mentions, quotes')
  }

  exportRows(kind: ExportKind): AsyncIterable<Record<string, unknown>> {
    return exportPostgres(this.pool, kind)
  }

  /** Drops the archive's schema and everything in it (tests and benches use throwaway schemas). */
  async dropSchema(): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS ${quoteIdent(this.schema)} CASCADE`)
  }

  async close(): Promise<void> {
    await this.pool.end()
  }
}
