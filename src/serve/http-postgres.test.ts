import { pgFixture, pgSkip } from '../../test/postgres.js'
import { httpSuite } from './http.case.js'

httpSuite('PostgreSQL', pgFixture, pgSkip('the API over PostgreSQL'))
