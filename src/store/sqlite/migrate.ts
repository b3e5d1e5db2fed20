import type Database from 'better-sqlite3'
import { MIGRATIONS, SCHEMA_VERSION } from '../migrations/index.js'
import { ConfigError } from '../../core/errors.js'

/**
 * Brings a SQLite archive up to the current schema, each migration in its own transaction
 * (`BEGIN IMMEDIATE`, so two processes opening a new file never both apply it). Returns the
 * version reached. Throws ConfigError when the file was written by a newer Marsad.
 */
export function migrateSqlite(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)')
  const current = (): number => (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0
  if (current() > SCHEMA_VERSION) {
    throw new ConfigError(`The archive has schema version ${current()}, newer than this Marsad knows (${SCHEMA_VERSION}); upgrade Marsad`)
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current()) continue
    const apply = db.transaction(() => {
      if (m.version <= current()) return // another process applied it while we waited for the lock
      for (const sql of m.sqlite) db.exec(sql)
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString())
    })
    apply.immediate()
  }
  return current()
}
