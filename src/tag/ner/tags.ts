/**
 * The tag set of the tagger: IOB2 over ANERcorp's four types.
 * Tag ids are positions in `TAGS`; `O` is 0, then B-/I- pairs per type.
 */
export const TAGS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const
export type Tag = (typeof TAGS)[number]

/** Number of tags. */
export const TAG_COUNT = TAGS.length

/** ANERcorp's entity types, in tag order: type id t has B-tag 2t+1 and I-tag 2t+2. */
export const ENTITY_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const
export type EntityTypeName = (typeof ENTITY_TYPES)[number]

/** Type ids by name, in `ENTITY_TYPES` order. */
export const TypeId = { PERS: 0, LOC: 1, ORG: 2, MISC: 3 } as const satisfies Record<EntityTypeName, number>

const TAG_ID = new Map<string, number>(TAGS.map((t, i) => [t, i]))

/** The id of a tag string; unknown tags (and ANERcorp's stray spellings) give `O`'s id, 0. */
export function tagId(tag: string): number {
  return TAG_ID.get(tag) ?? 0
}

/** Type id of a tag (0 PERS … 3 MISC), or -1 for `O`. */
export function tagType(tag: number): number {
  return tag === 0 ? -1 : (tag - 1) >> 1
}

/** True for a B- tag. */
export function isBegin(tag: number): boolean {
  return tag !== 0 && (tag & 1) === 1
}

/** True when tag `next` may follow tag `prev` in IOB2: an I-X only after B-X or I-X. `prev` -1 is the sentence start. */
export function allowedAfter(prev: number, next: number): boolean {
  if (next === 0 || (next & 1) === 1) return true
  return prev > 0 && tagType(prev) === tagType(next)
}

/** A chunk `[tokenStart, tokenEnd)` of one entity type, as conlleval reads IOB tags. */
export interface Chunk {
  readonly tokenStart: number
  readonly tokenEnd: number
  readonly type: number
}

/**
 * Reads entity chunks from tag ids the way conlleval does: a chunk starts at B-X, or at I-X
 * after a tag of another type or O, and ends before the next B-, O, or type change.
 */
export function chunksOf(tags: ArrayLike<number>): Chunk[] {
  const out: Chunk[] = []
  let start = -1
  let type = -1
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i]! : 0
    const ty = tagType(t)
    const continues = t !== 0 && !isBegin(t) && ty === type
    if (start >= 0 && !continues) {
      out.push({ tokenStart: start, tokenEnd: i, type })
      start = -1
      type = -1
    }
    if (t !== 0 && start < 0) {
      start = i
      type = ty
    }
  }
  return out
}
