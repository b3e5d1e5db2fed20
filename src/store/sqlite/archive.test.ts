import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import assert from 'node:assert/strict'
import Database from 'better-sqlite3'
import { archiveSuite } from '../archive.case.js'
import { MIGRATIONS } from '../migrations/index.js'
import { openSqliteArchive } from './archive.js'

archiveSuite('sqlite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-sqlite-'))
  return {
    open: async () => openSqliteArchive(join(dir, 'archive.db')),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  }
})

test('creates the file in WAL mode with the schema version recorded, and opens it again without migrating twice', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-sqlite-'))
  try {
    const path = join(dir, 'sub', 'new.db')
    await (openSqliteArchive(path)).close()
    await (openSqliteArchive(path)).close()
    const db = new Database(path, { readonly: true })
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal')
    assert.deepEqual(db.prepare('SELECT version FROM schema_migrations ORDER BY version').all(), MIGRATIONS.map((m) => ({ version: m.version })))
    db.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('refuses a file that is not a database, with the path in the message', () => {
  assert.throws(() => openSqliteArchive(join(import.meta.dirname ?? '.', 'archive.test.ts')), /ERR_FILE_UNREADABLE|Cannot open the archive/)
})
