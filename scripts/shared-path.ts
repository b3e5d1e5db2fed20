import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** Where shared/ should be: $MARSAD_SHARED, else `../shared` beside the clone (not checked). */
export function sharedPath(): string {
  return process.env.MARSAD_SHARED ?? join(ROOT, '..', 'shared')
}

/**
 * Where `shared/` (gold sets, corpora, scorer) lives: $MARSAD_SHARED, else `../shared` beside the clone.
 * Only evaluation, benchmark, training scripts and tests read it; the package never does.
 */
export function sharedDir(): string {
  const dir = sharedPath()
  if (!existsSync(join(dir, 'SPEC.md'))) {
    throw new Error(`shared/ not found at ${dir}; set MARSAD_SHARED to the folder holding SPEC.md, gold/ and data/`)
  }
  return dir
}

/** True when shared/ is present (tests that need it skip cleanly otherwise). */
export function hasShared(): boolean {
  try {
    sharedDir()
    return true
  } catch {
    return false
  }
}
