import type pg from 'pg'
import { ConfigError } from '../../core/errors.js'
import { MIGRATIONS, SCHEMA_VERSION } from '../migrations/index.js'

/** Advisory lock key held while migrating, so processes starting together apply each migration once. */
const MIGRATION_LOCK = 0x6d617273 // "mars"

/** Quotes an SQL identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

/**
 * Brings a PostgreSQL archive schema up to date: creates the schema when missing, then applies
 * each pending migration in its own transaction, under a session advisory lock. Returns the
 * version reached. Throws ConfigError when the schema was written by a newer Marsad.
 */
export async function migratePostgres(client: pg.PoolClient, schema: string): Promise<number> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`)
    await client.query(`SET search_path TO ${quoteIdent(schema)}`)
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())')
    const current = async (): Promise<number> => Number((await client.query('SELECT coalesce(max(version), 0) AS v FROM schema_migrations')).rows[0].v)
    const at = await current()
    if (at > SCHEMA_VERSION) throw new ConfigError(`The archive has schema version ${at}, newer than this Marsad knows (${SCHEMA_VERSION}); upgrade Marsad`)
    for (const m of MIGRATIONS) {
      if (m.version <= at) continue
      await client.query('BEGIN')
      try {
        for (const sql of m.postgres) await client.query(sql)
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name])
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK')
        throw error
      }
    }
    return await current()
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK])
  }
}
