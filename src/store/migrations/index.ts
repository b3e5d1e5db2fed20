import { initial } from './001-initial.js'
import type { Migration } from './migration.js'

export type { Migration } from './migration.js'

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = Object.freeze([initial])

/** The schema version a fully migrated archive has. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version
