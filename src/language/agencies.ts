import { normalizeForMatch } from '../normalize/normalize.js'
import { AGENCIES_TSV } from './generated/agencies.js'

/** What a name in wire copy stands for: a wire agency, a network that datelines like one (CNN), or an outlet. */
export type AgencyKind = 'agency' | 'network' | 'outlet'

/** One row of `data/wire/agencies.tsv`. */
export interface AgencyEntry {
  readonly id: string
  /** The usual Latin short name (`AFP`, `SPA`, `Sabq`). */
  readonly latin: string
  readonly kind: AgencyKind
}

/** Bare aliases, keyed by `agencyKey`. */
const BARE = new Map<string, AgencyEntry>()
/** Bare aliases plus those that count only in quote marks (`«الرياض»` is the paper, `الرياض` the city). */
const QUOTED = new Map<string, AgencyEntry>()

for (const line of AGENCIES_TSV.split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue
  const [id, latin, kind, aliases] = line.split('\t')
  if (!id || !latin || !aliases || (kind !== 'agency' && kind !== 'network' && kind !== 'outlet')) {
    throw new Error(`data/wire/agencies.tsv: bad row '${line}'`)
  }
  const entry: AgencyEntry = Object.freeze({ id, latin, kind })
  for (const alias of aliases.split('|')) {
    const quoted = alias.startsWith('«')
    const key = agencyKey(quoted ? alias.slice(1, -1) : alias)
    if (!key) continue
    QUOTED.set(key, entry)
    if (!quoted) BARE.set(key, entry)
  }
}

/**
 * The matching key of a name: normalized (`أ.ف.ب` → `ا ف ب`), dots as spaces, quote marks,
 * brackets and bullets dropped, white space collapsed.
 */
export function agencyKey(s: string): string {
  return normalizeForMatch(s.replace(/[.]/g, ' ').replace(/["«»“”„()*•]/g, ' '))
}

/** True when `s` is wrapped in quote marks (`«الشرق الأوسط»`, `"الرياض"`). */
function isQuoted(s: string): boolean {
  return /^\s*[«"“„].*[»"”]\s*$/.test(s)
}

/**
 * The agency or outlet that a whole dateline part names, or null: `أ ف ب` → AFP, `(CNN)` → CNN,
 * `«الرياض»` → Al Riyadh; bare `الرياض` is a city, so null.
 */
export function lookupAgency(part: string): AgencyEntry | null {
  const inner = part.replace(/^\s*\(\s*|\s*\)\s*$/g, '')
  const key = agencyKey(inner)
  if (!key) return null
  return (isQuoted(inner) ? QUOTED : BARE).get(key) ?? null
}

/** The Latin name of the agency or outlet that `s` names as a whole, bare forms only (`أ.ف.ب` → AFP), or null. */
export function agencyOf(s: string): string | null {
  return BARE.get(agencyKey(s))?.latin ?? null
}

const OUTLETS = new Set([...BARE.values()].filter((e) => e.kind === 'outlet').map((e) => e.latin))

/** True when `latin` is an outlet's name rather than an agency's (`Sabq`, `Ain Alyoum`). */
export function isOutlet(latin: string): boolean {
  return OUTLETS.has(latin)
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** Any alias as a whole word, longest first, on normalized text (`وكالة اسوشيتد برس`, `بي بي سي`). */
const aliasPattern = (keys: string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u')
const ANY_ALIAS = aliasPattern([...BARE.keys()])
/** Agencies and networks only: an outlet's name in running text is often an ordinary word (`الرياضي`). */
const AGENCY_ALIAS = aliasPattern([...BARE.keys()].filter((k) => BARE.get(k)!.kind !== 'outlet'))

/**
 * The Latin name of the first agency mentioned anywhere in `s` (`... في وكالة أسوشيتد برس` → AP);
 * outlets count only with `withOutlets`, for short dateline text (`سبق- المجمعة:` → Sabq).
 */
export function agencyMentioned(s: string, withOutlets = false): string | null {
  const m = (withOutlets ? ANY_ALIAS : AGENCY_ALIAS).exec(agencyKey(s))
  return m ? (BARE.get(m[0])?.latin ?? null) : null
}
