/**
 * Keys that link one real-world entity across articles. An entity with a Latin name is keyed by
 * it (`PER|latin:vladimir putin`); every Arabic spelling seen is also a key
 * (`PER|name:فلاديميربوتين`), so an article that only writes `فلاديمير بوتين` finds the entity
 * another article named in Latin.
 */
import { nameKey } from '../tag/index.js'

/** Turns a name into its matching key; two spellings of one name should give the same key. */
export type NameKeyFn = (name: string) => string

/**
 * The default name key: the tagger's `nameKey`, under which the usual Arabic spellings of one
 * foreign name meet (`كيم جونغ أون` = `كيم جونج أون`, `بوتين` = `بوتن`, `عبد الله` = `عبدالله`).
 * Latin names are lower-cased.
 */
export const defaultNameKey: NameKeyFn = nameKey

/** The key of a Latin name: lower-case words without accents, single spaces. */
export function latinKey(latin: string): string {
  return latin
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')
}

/**
 * The keys of one entity of an article: its primary key first (Latin when known, else its name),
 * then the keys of every other spelling (the name, each mention as written). Empty keys are dropped.
 */
export function entityKeys(
  entity: { type: string; name: string; latin: string | null },
  surfaces: readonly string[],
  nameKey: NameKeyFn = defaultNameKey,
): string[] {
  const keys: string[] = []
  const add = (k: string): void => {
    if (!keys.includes(k)) keys.push(k)
  }
  const latin = entity.latin ? latinKey(entity.latin) : ''
  if (latin) add(`${entity.type}|latin:${latin}`)
  for (const s of [entity.name, ...surfaces]) {
    const k = nameKey(s)
    if (k) add(`${entity.type}|name:${k}`)
  }
  return keys
}

/** Keys a user's `NAME` may match, for every entity type: its Latin key and its name key. */
export function lookupKeys(name: string, nameKey: NameKeyFn = defaultNameKey): string[] {
  const out: string[] = []
  const latin = latinKey(name)
  const key = nameKey(name)
  for (const type of ['PER', 'LOC', 'ORG']) {
    if (latin) out.push(`${type}|latin:${latin}`)
    if (key) out.push(`${type}|name:${key}`)
  }
  return out
}
