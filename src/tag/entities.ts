import type { Entity } from '../core/record.js'
import type { Span } from '../core/span.js'
import type { EntityType, KnownName, NameIndex } from './gazetteer.js'
import { nameKey } from './name-key.js'
import { normalizeForMatch } from '../normalize/normalize.js'

/** One mention found in the text, before grouping. */
export interface Mention {
  /** Clitic-free span in `text`. */
  readonly span: Span
  readonly type: EntityType
  /** A Latin name the finder already knows (a dateline agency's `AFP`), else null. */
  readonly latin?: string | null
  /**
   * The type is known from the context, over what the gazetteer says of the name (`فولفسبورغ` a
   * club in a football report, though the gazetteer knows the city).
   */
  readonly sure?: boolean
}

/**
 * Words that name the kind of a place rather than the place: `جمهورية الكونغو الديمقراطية` is
 * `الكونغو`, but `غرب أفريقيا` is not `أفريقيا`. Given as `nameKey` forms of the normalized words.
 */
const PLACE_DESIGNATORS = new Set(
  ['جمهوريه', 'مملكه', 'دوله', 'مدينه', 'ولايه', 'محافظه', 'اماره', 'امارات', 'سلطنه', 'الديمقراطيه', 'الشعبيه', 'العربيه', 'المتحده', 'الاسلاميه', 'الاتحاديه', 'الهاشميه', 'السعوديه']
    .map((w) => nameKey(w)),
)

/** Single words too generic to stand for a longer organisation name (`الاتحاد` alone is not `الاتحاد الأوروبي`). */
const GENERIC_ORG_WORDS = new Set(
  ['حزب', 'وكاله', 'منظمه', 'الاتحاد', 'اتحاد', 'المجلس', 'مجلس', 'الجبهه', 'جبهه', 'الجيش', 'جيش', 'الحكومه', 'الوزاره', 'وزاره', 'البرنامج', 'برنامج', 'جامعه', 'الجامعه', 'هيئه', 'الهيئه', 'مركز', 'المركز', 'شركه', 'الشركه', 'بنك', 'البنك', 'صندوق', 'الصندوق', 'نادي', 'النادي', 'لجنه', 'اللجنه', 'مؤسسه', 'المؤسسه', 'حركه', 'الحركه', 'المنظمه', 'الوكاله', 'الحزب']
    .map((w) => nameKey(w)),
)

interface Item {
  readonly mention: Mention
  readonly index: number
  readonly surface: string
  readonly words: readonly string[]
  readonly key: string
  readonly known: KnownName | null
  /** The gazetteer knows this one-word name, spelled so, as a place (`السعودية`, `دبي`). */
  readonly place: boolean
}

interface Group {
  items: Item[]
  keys: Set<string>
  /** The item with the most words (the fullest form). */
  longest: Item
  latin: string | null
}

/** True when `short` occurs in `long` as consecutive words starting at `at`. */
function occursAt(short: readonly string[], long: readonly string[], at: number): boolean {
  if (at < 0 || at + short.length > long.length) return false
  for (let k = 0; k < short.length; k++) if (short[k] !== long[at + k]) return false
  return true
}

/**
 * True when `short` can be a shorter way of naming `long`: `بوتين` of `فلاديمير بوتين`,
 * `كيم` and `تشوي` of `كيم جونغ أون` and `تشوي سون هوي` (family name first), `داود أوغلو` of
 * `أحمد داود أوغلو`, `عبد الرحمن النعيمي` of `عبد الرحمن بن عمير النعيمي` (first and last names); for places, only when the rest designates the kind of place; for organisations,
 * a leading or trailing part that is not a generic word (`الأناضول` of `وكالة الأناضول`).
 */
export function isShortFormOf(short: readonly string[], long: readonly string[], type: EntityType): boolean {
  if (short.length === 0 || short.length >= long.length) return false
  const atStart = occursAt(short, long, 0)
  const atEnd = occursAt(short, long, long.length - short.length)
  if (type === 'PER') return atStart || atEnd || firstAndLast(short, long)
  if (type === 'ORG') {
    if (short.length === 1 && GENERIC_ORG_WORDS.has(short[0]!)) return false
    // `البوليساريو` of `جبهة البوليساريو الانفصالية`: the one-word name after the kind of
    // organisation (but not an adjective there: `الوطني` of `البنك الوطني الكويتي`; and `الأمم
    // المتحدة` is not `برنامج الأمم المتحدة الإنمائي`).
    return atStart || atEnd || (short.length === 1 && GENERIC_ORG_WORDS.has(long[0]!) && occursAt(short, long, 1) && !/يه?$/.test(short[0]!))
  }
  for (let at = 0; at + short.length <= long.length; at++) {
    if (!occursAt(short, long, at)) continue
    const rest = [...long.slice(0, at), ...long.slice(at + short.length)]
    if (rest.every((w) => PLACE_DESIGNATORS.has(w))) return true
  }
  return false
}

/**
 * True when `short` is the start of `long` followed by its end, with a middle left out: the first
 * and family names of a longer chain (`عبد الرحمن النعيمي` of `عبد الرحمن بن عمير النعيمي`).
 */
function firstAndLast(short: readonly string[], long: readonly string[]): boolean {
  for (let k = 1; k < short.length; k++) {
    if (occursAt(short.slice(0, k), long, 0) && occursAt(short.slice(k), long, long.length - (short.length - k))) return true
  }
  return false
}

function typeVotes(items: readonly Item[]): EntityType {
  const votes = new Map<EntityType, number>()
  for (const it of items) votes.set(it.mention.type, (votes.get(it.mention.type) ?? 0) + 1 + 0.5 * (it.words.length - 1))
  let best: EntityType = items[0]!.mention.type
  let bestVotes = -1
  for (const [t, v] of votes) {
    if (v > bestVotes) {
      best = t
      bestVotes = v
    }
  }
  return best
}

/**
 * Groups mentions into the article's entities: the same name (by `nameKey`), a shorter form of a
 * longer name (`بوتين` → `فلاديمير بوتين`; a short form joins the nearest earlier entity it fits,
 * else the nearest later one, so `كيم` stays apart from a later `كيم تونغ هيونغ`), or the same
 * gazetteer name (`الإمارات` and `الإمارات العربية المتحدة`). Each entity gets its fullest Arabic
 * form as `name`, its type by vote, and the gazetteer's Latin name when one is known (else null).
 * Entities are ordered by first mention and numbered E1, E2…
 */
export function groupMentions(text: string, mentions: readonly Mention[], names: NameIndex | null): Entity[] {
  const items: Item[] = mentions.map((mention, index) => {
    const surface = nameForm(text, mention.span, names)
    const key = nameKey(surface)
    const candidates = names ? names.lookup(surface) : []
    const known = candidates.find((n) => n.type === mention.type) ?? null
    const words = key ? key.split(' ') : []
    // Spelled as the gazetteer spells it, not only folded alike (`بوتين` folds like `بوتان`, Bhutan).
    const place = words.length === 1 && candidates.some((n) => n.type === 'LOC' && normalizeForMatch(n.arabic) === normalizeForMatch(surface))
    return { mention, index, surface, key, words, known, place }
  })
  // Full names first, so shorter forms find the entity they abbreviate.
  const order = [...items].sort((a, b) => b.words.length - a.words.length || a.mention.span[0] - b.mention.span[0])
  const groups: Group[] = []
  for (const it of order) {
    let best: Group | null = null
    let bestDistance = Infinity
    for (const g of groups) {
      const fits =
        (it.key !== '' && g.keys.has(it.key)) ||
        (it.known !== null && g.latin !== null && it.known.latin === g.latin) ||
        // A known place is no short form of a person or an organisation: `السعودية` is not
        // `أرامكو السعودية`, and `فرنسا` is not `فرانسوا هولاند` though their letters fold alike.
        (!(it.place && g.longest.mention.type !== 'LOC') &&
          isShortFormOf(it.words, g.longest.words, g.longest.mention.type === 'PER' || it.mention.type === 'PER' ? 'PER' : g.longest.mention.type))
      if (!fits) continue
      if (g.items.some((i) => twoReferents(i, it) || twoReferents(it, i))) continue
      // A known entity (the gazetteer has its name) wins over one that is not, then the nearest:
      // `كيم` after `كيم جونغ أون` is not taken by a stray `كيم النووية`.
      const distance = nearest(g, it.mention.span[0]) + (g.latin === null ? 1e12 : 0)
      if (distance < bestDistance) {
        best = g
        bestDistance = distance
      }
    }
    if (best) {
      best.items.push(it)
      if (it.key) best.keys.add(it.key)
      best.latin ??= it.mention.latin ?? it.known?.latin ?? null
    } else {
      groups.push({ items: [it], keys: new Set(it.key ? [it.key] : []), longest: it, latin: it.mention.latin ?? it.known?.latin ?? null })
    }
  }

  const entities = groups.map((g) => {
    g.items.sort((a, b) => a.mention.span[0] - b.mention.span[0])
    const type = g.items.find((i) => i.mention.sure)?.mention.type ?? knownType(g, names) ?? typeVotes(g.items)
    let latin = g.items.find((i) => i.mention.latin)?.mention.latin ?? null
    let name = g.longest.surface
    // The gazetteer's entry of the entity's type for its fullest form that has one (a mention the
    // tagger typed otherwise counts too: `السعودية` tagged ORG in a group that is a place).
    const fullestFirst = [...g.items].sort((a, b) => b.words.length - a.words.length)
    const known = fullestFirst.find((i) => i.known && i.known.type === type)?.known ?? (names ? knownOfType(fullestFirst, names, type) : undefined)
    if (!latin && known) latin = known.latin
    // A club known by its city's name (`فولفسبورغ`): the city's Latin name is the club's short name.
    if (!latin && names && g.items.some((i) => i.mention.sure)) latin = names.lookup(g.longest.surface).find((n) => n.kind === 'city')?.latin ?? null
    if (!latin && names && type === 'PER' && g.items.every((i) => i.words.length === 1)) {
      // Only the surname was seen: resolve it when exactly one known person has it.
      const person = names.lastNameOf(g.longest.surface)
      if (person) {
        latin = person.latin
        name = person.arabic
      }
    }
    return { type, name, latin, mentions: g.items.map((i) => [i.mention.span[0], i.mention.span[1]] as [number, number]), first: g.items[0]!.mention.span[0] }
  })
  entities.sort((a, b) => a.first - b.first)
  return entities.map((e, i) => ({ id: `E${i + 1}`, type: e.type, name: e.name, latin: e.latin, mentions: e.mentions }))
}

/**
 * The form a mention is named and matched by: its text with spaces made single and hashtag marks
 * made spaces, and the article
 * given back to a name SPEC cut after the preposition `ل`: `للرياض` is the mention `لرياض` (the
 * second lam is the article's), named `الرياض`. `للبنان` is ل + `لبنان`, so the article is given
 * back only when the form with it is a known name or is written elsewhere in the article, and
 * the cut form is not a known name.
 */
function nameForm(text: string, span: Span, names: NameIndex | null): string {
  // `الاتحاد_الأوروبي`, `دونالد #ترمب`: a name written as a hashtag is named without its marks.
  const surface = text.slice(span[0], span[1]).replace(/(?<=\S)_(?=\S)/g, ' ').replace(/(^|\s)#(?=\S)/g, '$1').replace(/\s+/g, ' ')
  if (span[0] === 0 || text[span[0] - 1] !== 'ل' || surface[0] !== 'ل' || surface.length < 3) return surface
  const restored = 'ال' + surface.slice(1)
  const known = (form: string): boolean => names !== null && names.lookup(form).length > 0
  if (known(surface)) return surface
  return known(restored) || text.includes(restored) ? restored : surface
}

/**
 * The type the gazetteer gives the entity's fullest name when it gives only one
 * (`الكرملين` is a place), else null and the mentions vote.
 */
function knownType(g: Group, names: NameIndex | null): EntityType | null {
  if (!names) return null
  const types = new Set(names.lookup(g.longest.surface).map((n) => n.type))
  return types.size === 1 ? [...types][0]! : null
}

/**
 * `صحيفة "الرياض"` (`a`, sure: the newspaper) and `الرياض` (`b`, the city, as the gazetteer knows
 * it): one name, two entities. A mention the tagger merely mistyped (`داعش` as a person) still joins.
 */
function twoReferents(a: Item, b: Item): boolean {
  return a.key === b.key && a.mention.sure === true && !b.mention.sure && a.mention.type !== b.mention.type && b.known !== null
}

function knownOfType(items: readonly Item[], names: NameIndex, type: EntityType): KnownName | undefined {
  for (const i of items) {
    const k = names.lookup(i.surface).find((n) => n.type === type)
    if (k) return k
  }
  return undefined
}

/** Distance from `start` to the group's nearest mention: earlier mentions by their distance, later ones after all earlier. */
function nearest(g: Group, start: number): number {
  let before = Infinity
  let after = Infinity
  for (const it of g.items) {
    const s = it.mention.span[0]
    if (s <= start) before = Math.min(before, start - s)
    else after = Math.min(after, s - start)
  }
  return before < Infinity ? before : 1e9 + after
}
