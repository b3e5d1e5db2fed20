import { initial } from './001-initial.js'
import { changeMark } from './002-change-mark.js'
import type { Migration } from './migration.js'

export type { Migration } from './migration.js'

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = Object.freeze([initial, changeMark])

/** The schema version a fully migrated archive has. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version
