import { createHash } from 'node:crypto'

/** What is known of an input article before analysis. */
export interface KeyInput {
  readonly id?: string | null
  readonly text: string
  readonly title?: string | null
  readonly url?: string | null
  readonly outlet?: string | null
  readonly published?: string | null
}

/** How an input article is identified, and whether identical content under another key counts as a duplicate. */
export interface ArticleIdentity {
  readonly key: string
  readonly contentHash: string
  readonly dedupeByContent: boolean
}

/**
 * Identifies an input article: by the id it carries (`id:…`), else its URL (`url:…`), else the
 * place it was read from (`path:/abs/file.txt`, `path:/abs/feed.xml#3`), else its content
 * (`hash:…`). Re-reading the same input gives the same key; changed text under the same key is
 * an update. Articles keyed by place or content are also deduplicated by content, so one text
 * copied into two files is stored once.
 */
export function identifyArticle(input: KeyInput, place: string | null): ArticleIdentity {
  const contentHash = hashContent(input)
  if (input.id) return { key: `id:${input.id}`, contentHash, dedupeByContent: false }
  if (input.url) return { key: `url:${input.url}`, contentHash, dedupeByContent: false }
  if (place) return { key: `path:${place}`, contentHash, dedupeByContent: true }
  return { key: `hash:${contentHash}`, contentHash, dedupeByContent: true }
}

/** SHA-256 (hex, 32 digits) of the text and the metadata stored with it; any change gives another hash. */
export function hashContent(input: KeyInput): string {
  const h = createHash('sha256')
  h.update(input.text)
  for (const v of [input.title, input.url, input.outlet, input.published]) h.update('\u0000' + (v ?? ''))
  return h.digest('hex').slice(0, 32)
}
