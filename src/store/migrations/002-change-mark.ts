import type { Migration } from './migration.js'

/**
 * A change counter for PostgreSQL, bumped by every batch that stores something, so readers can
 * tell cheaply whether the archive changed since they cached an answer (`Archive.changeMark`).
 * SQLite needs no table: `PRAGMA data_version` tells a connection that another one committed.
 */
export const changeMark: Migration = {
  version: 2,
  name: 'change-mark',
  sqlite: [],
  postgres: [
    `CREATE TABLE archive_generation (
      id smallint PRIMARY KEY CHECK (id = 1),
      value bigint NOT NULL
    )`,
    'INSERT INTO archive_generation (id, value) VALUES (1, 0)',
  ],
}
