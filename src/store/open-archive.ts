import type { Archive } from './archive.js'
import type { NameKeyFn } from './entity-key.js'

/** The archive used when neither `--db` nor MARSAD_DB names one: a SQLite file in the current folder. */
export const DEFAULT_ARCHIVE = 'marsad.db'

/** Options of `openArchive`. */
export interface OpenArchiveOptions {
  /** Name-matching key for entities. */
  readonly nameKey?: NameKeyFn
  /** PostgreSQL schema to use (default `marsad`); created when missing. */
  readonly pgSchema?: string
  /** Open a SQLite file read-only (no migration). */
  readonly readonly?: boolean
}

/** The archive a command should open: `--db` when given, else $MARSAD_DB, else ./marsad.db. */
export function resolveArchiveTarget(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.MARSAD_DB || DEFAULT_ARCHIVE
}

/** True when a target names a PostgreSQL database rather than a SQLite file. */
export function isPostgresTarget(target: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(target)
}

/**
 * Opens an archive: `postgres://user@host/db` (or `postgresql://`) opens PostgreSQL, anything
 * else is a SQLite file path. Either is created and migrated on first use. The PostgreSQL
 * driver is loaded only when asked for.
 */
export async function openArchive(target: string, options: OpenArchiveOptions = {}): Promise<Archive> {
  if (isPostgresTarget(target)) {
    const { openPostgresArchive } = await import('./postgres/archive.js')
    return openPostgresArchive(target, { nameKey: options.nameKey, schema: options.pgSchema })
  }
  const { openSqliteArchive } = await import('./sqlite/archive.js')
  return openSqliteArchive(target, { nameKey: options.nameKey, readonly: options.readonly })
}

/** Opens the archive, runs `fn` with it and closes it, also when `fn` throws. */
export async function withArchive<T>(target: string, fn: (archive: Archive) => Promise<T>, options: OpenArchiveOptions = {}): Promise<T> {
  const archive = await openArchive(target, options)
  try {
    return await fn(archive)
  } finally {
    await archive.close()
  }
}

/** A target fit for messages: a PostgreSQL URL loses its password. */
export function describeTarget(target: string): string {
  if (!isPostgresTarget(target)) return target
  try {
    const u = new URL(target)
    if (u.password) u.password = '***'
    return u.toString()
  } catch {
    return 'postgres://…'
  }
}
