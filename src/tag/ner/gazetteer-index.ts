import { normalizeForMatch } from '../../normalize/normalize.js'
import { GazBit, MAX_GAZ_TOKENS, type Gazetteer } from './features.js'
import { hashString } from './hash.js'
import { HashIndex } from './hash-index.js'

/**
 * Compiles names into the tagger's hashed phrase table: each normalized name gets its type bit
 * (PERS 0, LOC 1, ORG 2, MISC 3), each of its leading word sequences the `Prefix` bit, and its
 * first and last words the `First`/`Last` bits of its type. A `secondary` name (ORG or MISC only)
 * gets the `Secondary*` bit instead of its type bit; each of `nationalities` (masculine nationality
 * adjectives with the article) gets `Nationality`. Returns null for no names.
 */
export function buildGazetteerIndex(
  names: readonly { readonly arabic: string; readonly type: number; readonly secondary?: boolean }[],
  nationalities: readonly string[] = [],
): Gazetteer | null {
  const phrases = new Map<string, number>()
  const or = (p: string, b: number): void => {
    phrases.set(p, (phrases.get(p) ?? 0) | b)
  }
  for (const { arabic, type, secondary } of names) {
    const name = normalizeForMatch(arabic)
    const tokens = name.split(' ').filter(Boolean)
    if (tokens.length === 0 || tokens.length > MAX_GAZ_TOKENS || name.length < 2) continue
    or(tokens.join(' '), secondary ? (type === 2 ? GazBit.SecondaryOrg : GazBit.SecondaryMisc) : 1 << type)
    for (let k = 1; k < tokens.length; k++) or(tokens.slice(0, k).join(' '), GazBit.Prefix)
    if (tokens.length > 1) {
      or(tokens[0]!, 1 << (GazBit.FirstShift + type))
      or(tokens[tokens.length - 1]!, 1 << (GazBit.LastShift + type))
    }
  }
  for (const adjective of nationalities) {
    const form = normalizeForMatch(adjective)
    if (form && !form.includes(' ')) or(form, GazBit.Nationality)
  }
  if (phrases.size === 0) return null
  const index = HashIndex.withRoom(phrases.size)
  const bits = new Uint16Array(index.capacity)
  for (const [p, b] of [...phrases].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const slot = index.insert(hashString(p))
    bits[slot] = bits[slot]! | b
  }
  return { index, bits }
}
