import type { Story, StoryMember } from './archive.js'
import { estimateJaccard, signatureFromBytes } from './minhash.js'

/** A story member as both archives read it. */
export interface StoryRow {
  readonly id: string
  readonly title: string | null
  readonly outlet: string | null
  readonly published: string | null
  readonly url: string | null
  readonly textLength: number
  readonly signature: Uint8Array
}

/**
 * Builds a story from its members: the representative is the earliest published (the original
 * wire copy, usually), the longest when dates tie or are missing; members are listed earliest
 * first with their similarity to it.
 */
export function buildStory(id: number, rows: readonly StoryRow[]): Story {
  const sorted = [...rows].sort(
    (a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || b.textLength - a.textLength || a.id.localeCompare(b.id),
  )
  const rep = sorted[0]!
  const repSig = signatureFromBytes(rep.signature)
  const member = (r: StoryRow): StoryMember => ({
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    published: r.published,
    url: r.url,
    similarity: r === rep ? 1 : Math.round(estimateJaccard(repSig, signatureFromBytes(r.signature)) * 100) / 100,
  })
  const members = sorted.map(member)
  const days = sorted.map((r) => r.published).filter((d): d is string => d !== null)
  return {
    id,
    size: rows.length,
    representative: members[0]!,
    members,
    outlets: [...new Set(sorted.map((r) => r.outlet).filter((o): o is string => o !== null))],
    first: days[0] ?? null,
    last: days[days.length - 1] ?? null,
  }
}

/** A story as `export --what stories` writes it: ids of the representative and members, dates and outlets. */
export function storyExportRow(story: Story): Record<string, unknown> {
  return {
    id: story.id,
    size: story.size,
    representative: story.representative.id,
    title: story.representative.title,
    first: story.first,
    last: story.last,
    outlets: story.outlets,
    members: story.members.map((m) => m.id),
  }
}
