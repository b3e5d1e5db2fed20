import { randomBytes } from 'node:crypto'
import type { Archive } from '../src/store/archive.js'
import { openPostgresArchive } from '../src/store/postgres/archive.js'

/** Set by `.ci/postgres.sh start`; without it the PostgreSQL halves of the suites are skipped. */
export const PG_URL = process.env.MARSAD_TEST_PG

/** `false` when PostgreSQL is there, else why the tests of `what` are skipped. */
export function pgSkip(what: string): string | false {
  return PG_URL ? false : `MARSAD_TEST_PG is not set: run \`eval "$(.ci/postgres.sh start)"\` to test ${what}`
}

/** A fixture of the shared suites: an archive in a schema of its own, dropped at the end. */
export function pgFixture(): { open: () => Promise<Archive>; cleanup: () => Promise<void> } {
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
}
