import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { normalizeForMatch } from '../normalize/normalize.js'
import { nameKey } from './name-key.js'

/** Entity types of the record. */
export type EntityType = 'PER' | 'LOC' | 'ORG'

/** A gazetteer name: its Arabic spelling, Latin name and type. */
export interface KnownName {
  readonly arabic: string
  readonly latin: string
  readonly type: EntityType
  /** The gazetteer's kind column (`country`, `city`, `person`, `agency`…). */
  readonly kind: string
}

/**
 * Names from `data/gazetteers/{per,loc,org}.tsv`, looked up by `nameKey`, so `كيم جونج أون`
 * finds the row of `كيم جونغ أون`. Where two rows share a key, the first row of the file wins
 * (the gazetteer build orders curated rows first).
 */
export class NameIndex {
  private readonly byKey = new Map<string, KnownName[]>()
  private readonly normOf = new Map<KnownName, string>()
  /** Last-name key → people with that last name, for `أردوغان` alone. */
  private readonly byLastName = new Map<string, KnownName[]>()

  constructor(names: readonly KnownName[]) {
    for (const n of names) {
      const key = nameKey(n.arabic)
      if (!key) continue
      push(this.byKey, key, n)
      this.normOf.set(n, normalizeForMatch(n.arabic))
      if (n.type === 'PER') {
        const words = key.split(' ')
        if (words.length > 1) push(this.byLastName, words[words.length - 1]!, n)
      }
    }
  }

  /**
   * Known names spelled like `surface`, of `type` when given: the same normalized spelling first;
   * otherwise the same `nameKey` with at most one letter more or less (`ترمب` finds `ترامب`, but
   * the common word `الدائنة` does not find the city `الديوانية`).
   */
  lookup(surface: string, type?: EntityType): KnownName[] {
    const norm = normalizeForMatch(surface)
    let found = this.byKey.get(nameKey(surface)) ?? []
    const exact = found.filter((n) => this.normOf.get(n) === norm)
    found = exact.length ? exact : found.filter((n) => Math.abs(this.normOf.get(n)!.length - norm.length) <= 1)
    return type ? found.filter((n) => n.type === type) : found
  }

  /**
   * The one person whose last name `surface` is (`أردوغان` → Recep Tayyip Erdogan), or null when
   * none or several are known: a bare surname is only resolved when it is unambiguous.
   */
  lastNameOf(surface: string): KnownName | null {
    const key = nameKey(surface)
    if (key.includes(' ') || key.length < 3) return null
    // Spelled as the known name's last word is, not only folded alike: `سوزان` (a first name) is not
    // `سيزان` (Cézanne), `الحوثيين` (the movement) not `الحوثي`.
    const form = normalizeForMatch(surface)
    const found = this.byLastName.get(key)?.filter((n) => normalizeForMatch(n.arabic).split(' ').pop() === form)
    if (!found?.length) return null
    const latins = new Set(found.map((n) => n.latin))
    return latins.size === 1 ? found[0]! : null
  }

  /** Number of names. */
  get size(): number {
    let n = 0
    for (const v of this.byKey.values()) n += v.length
    return n
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

const FILES: [string, EntityType][] = [['per.tsv', 'PER'], ['loc.tsv', 'LOC'], ['org.tsv', 'ORG']]

/** Where the compiled gazetteers live: `data/gazetteers` at the package root (the same from `src/` and `dist/`). */
export const DEFAULT_GAZETTEER_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'gazetteers')

/** Parses gazetteer TSV text (`arabic, latin, kind, source` with a header line) into names of one type. */
export function parseGazetteer(tsv: string, type: EntityType): KnownName[] {
  const out: KnownName[] = []
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#') || line.startsWith('arabic\t')) continue
    const [arabic, latin, kind] = line.split('\t')
    if (!arabic || !latin) continue
    out.push({ arabic: arabic.trim(), latin: latin.trim(), type, kind: (kind ?? '').trim() })
  }
  return out
}

let cached: { dir: string; index: NameIndex } | undefined

/** Loads the gazetteers once (an empty index when the folder is missing). */
export function loadNameIndex(dir: string = DEFAULT_GAZETTEER_DIR): NameIndex {
  if (cached?.dir === dir) return cached.index
  const names: KnownName[] = []
  for (const [file, type] of FILES) {
    const path = join(dir, file)
    if (existsSync(path)) names.push(...parseGazetteer(readFileSync(path, 'utf8'), type))
  }
  const index = new NameIndex(names)
  cached = { dir, index }
  return index
}
