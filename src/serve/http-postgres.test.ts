import { randomBytes } from 'node:crypto'
import { openPostgresArchive } from '../store/postgres/archive.js'
import { httpSuite } from './http.case.js'

/** Set by `.ci/postgres.sh start`; without it the PostgreSQL half is skipped. */
const PG_URL = process.env.MARSAD_TEST_PG
const SKIP = PG_URL ? false : 'MARSAD_TEST_PG is not set: run `eval "$(.ci/postgres.sh start)"` to test the API over PostgreSQL'

httpSuite(
  'PostgreSQL',
  () => {
    // Its own schema, dropped at the end.
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
