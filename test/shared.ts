import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { hasShared, ROOT, sharedPath } from '../scripts/shared-path.js'

/** Test helpers for reading shared/ (gold sets and the news corpus) beside the clone. */
export { ROOT }
export const SHARED = sharedPath()
export const HAS_SHARED = hasShared()
/** Pass as test options to skip, with a reason, when shared/ is absent. */
export const NEEDS_SHARED = HAS_SHARED ? {} : { skip: 'shared/ is not beside the clone' }

export interface CorpusArticle { id: string; outlet: string; date: string; title: string; url: string; text: string }

/** The first `n` articles of each corpus file (a stable slice across outlets). */
export function corpusSlice(n: number): CorpusArticle[] {
  const out: CorpusArticle[] = []
  for (const f of ['articles-01.jsonl', 'articles-02.jsonl', 'articles-03.jsonl']) {
    const lines = readFileSync(join(SHARED, 'data', 'news-corpus', f), 'utf8').split('\n', n)
    for (const l of lines) if (l.trim()) out.push(JSON.parse(l) as CorpusArticle)
  }
  return out
}

/** The seed example: its text and gold record. */
export function seed(): { text: string; gold: Record<string, unknown> & { text: string } } {
  const text = readFileSync(join(ROOT, 'examples', 'seed-article.txt'), 'utf8')
  const gold = HAS_SHARED ? JSON.parse(readFileSync(join(SHARED, 'examples', 'seed-article.gold.json'), 'utf8')) : { text }
  return { text, gold }
}

/** A gold record of the dev set or the seed example: its name and the record (`text`, `id`, `published`, layers). */
export interface GoldFile { readonly name: string; readonly gold: Record<string, unknown> & { text: string; id: string; published?: string } }

/** The seed example's gold record first, then the dev gold records in file order. */
export function goldFiles(): GoldFile[] {
  const read = (path: string): GoldFile['gold'] => JSON.parse(readFileSync(path, 'utf8'))
  const dev = join(SHARED, 'gold', 'dev')
  return [
    { name: 'seed-article', gold: read(join(SHARED, 'examples', 'seed-article.gold.json')) },
    ...readdirSync(dev).filter((n) => n.endsWith('.gold.json')).sort().map((n) => ({ name: n, gold: read(join(dev, n)) })),
  ]
}
