import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Test helpers for reading shared/ (gold sets and the news corpus) beside the clone. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const SHARED = process.env.MARSAD_SHARED ?? join(ROOT, '..', 'shared')
export const HAS_SHARED = existsSync(join(SHARED, 'SPEC.md'))
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
