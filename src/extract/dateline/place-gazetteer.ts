import { normalizeForMatch } from '../../normalize/normalize.js'
import { PLACES_TXT } from '../../language/generated/places.js'

const PLACES = new Set<string>()
for (const line of PLACES_TXT.split('\n')) {
  const key = normalizeForMatch(line)
  if (key) PLACES.add(key)
}

/**
 * True when `s` is a known city, region or country name (`أبهــا`, `سان فرانسيسكو`, `عسير`).
 * Matching is on the normalized form, so hamza, tatweel and diacritics do not matter.
 */
export function isKnownPlace(s: string): boolean {
  return PLACES.has(normalizeForMatch(s))
}
