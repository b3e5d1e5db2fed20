/**
 * A versioned schema change, written once for each database. Versions only grow; a released
 * migration is never edited, a new one is added. Both archives record what they applied in
 * `schema_migrations (version, name, applied_at)`.
 */
export interface Migration {
  readonly version: number
  readonly name: string
  /** Statements run in order, in one transaction. */
  readonly sqlite: readonly string[]
  readonly postgres: readonly string[]
}
