import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openSqliteArchive } from '../store/sqlite/archive.js'
import { httpSuite } from './http.case.js'

httpSuite('SQLite', () => {
  let dir: string | null = null
  return {
    open: async () => {
      dir = await mkdtemp(join(tmpdir(), 'marsad-http-'))
      return openSqliteArchive(join(dir, 'marsad.db'))
    },
    cleanup: async () => {
      if (dir) await rm(dir, { recursive: true, force: true })
    },
  }
})
