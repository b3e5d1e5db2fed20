import { randomBytes } from 'node:crypto'
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { PG_URL, pgFixture, pgSkip } from '../../../test/postgres.js'
import { archiveSuite } from '../archive.case.js'
import { MIGRATIONS } from '../migrations/index.js'
import { openPostgresArchive } from './archive.js'
import { toTsvectorLiteral } from './tsvector.js'

const SKIP = pgSkip('the PostgreSQL archive')

archiveSuite('postgres', pgFixture, SKIP)

test('opening the same new schema from several processes at once migrates it once', { skip: SKIP }, async () => {
  const schema = `marsad_test_${randomBytes(5).toString('hex')}`
  const archives = await Promise.all([1, 2, 3].map(() => openPostgresArchive(PG_URL!, { schema })))
  try {
    const rows = (await archives[0]!.pool.query('SELECT version FROM schema_migrations ORDER BY version')).rows
    assert.deepEqual(rows, MIGRATIONS.map((m) => ({ version: m.version })))
  } finally {
    await archives[0]!.dropSchema()
    await Promise.all(archives.map((a) => a.close()))
  }
})

test('an unreachable server gives ERR_CONFIG without the password', { skip: SKIP }, async () => {
  await assert.rejects(openPostgresArchive('postgres://u:secret@127.0.0.1:1/none'), (e: Error & { code?: string }) => {
    assert.equal(e.code, 'ERR_CONFIG')
    assert.ok(!e.message.includes('secret'))
    return true
  })
})

test('writes terms as a tsvector literal with title weight and positions', () => {
  const { literal, length } = toTsvectorLiteral('كرمل بوت', "كرمل o'brien")
  assert.equal(literal, "'كرمل':1A,4 'بوت':2A 'o''brien':5")
  assert.equal(length, 5)
})
