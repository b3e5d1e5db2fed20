import { randomBytes } from 'node:crypto'
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { archiveSuite } from '../archive.case.js'
import { openPostgresArchive } from './archive.js'
import { toTsvectorLiteral } from './tsvector.js'

/** Set by `.ci/postgres.sh start`; without it the PostgreSQL half is skipped. */
const PG_URL = process.env.MARSAD_TEST_PG
const SKIP = PG_URL ? false : 'MARSAD_TEST_PG is not set: run `eval "$(.ci/postgres.sh start)"` to test the PostgreSQL archive'

archiveSuite(
  'postgres',
  () => {
    // Each fixture gets its own schema, dropped at the end.
    const schema = `marsad_test_${randomBytes(5).toString('hex')}`
    return {
      open: async () => openPostgresArchive(PG_URL!, { schema }),
      cleanup: async () => {
        if (!PG_URL) return
        const a = await openPostgresArchive(PG_URL, { schema })
        await a.dropSchema()
        await a.close()
      },
    }
  },
  SKIP,
)

test('opening the same new schema from several processes at once migrates it once', { skip: SKIP }, async () => {
  const schema = `marsad_test_${randomBytes(5).toString('hex')}`
  const archives = await Promise.all([1, 2, 3].map(() => openPostgresArchive(PG_URL!, { schema })))
  try {
    const rows = (await archives[0]!.pool.query('SELECT version FROM schema_migrations')).rows
    assert.deepEqual(rows, [{ version: 1 }])
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
