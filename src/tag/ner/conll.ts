import { ENTITY_TYPES, chunksOf, tagId } from './tags.js'

/** One CoNLL sentence: tokens and, when the file had them, gold tags (else null). */
export interface ConllSentence {
  readonly tokens: string[]
  readonly tags: string[] | null
}

/**
 * Reads CoNLL lines: `token TAG` or a bare `token` per line, a blank line between sentences.
 * The tag is the last space-separated field; a line with one field has no tag.
 */
export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = []
  let tokens: string[] = []
  let tags: string[] = []
  let tagged = true
  const flush = (): void => {
    if (tokens.length) out.push({ tokens, tags: tagged ? tags : null })
    tokens = []
    tags = []
    tagged = true
  }
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line) {
      flush()
      continue
    }
    const cut = line.lastIndexOf(' ')
    if (cut < 0) {
      tokens.push(line)
      tagged = false
    } else {
      tokens.push(line.slice(0, cut).trim())
      tags.push(line.slice(cut + 1))
    }
  }
  flush()
  return out
}

/** Precision, recall and F1 (in percent) with their counts. */
export interface PrfScore {
  readonly precision: number
  readonly recall: number
  readonly f1: number
  readonly correct: number
  readonly predicted: number
  readonly gold: number
}

/** Entity-level scores per ANERcorp type and overall. */
export interface ConllScore {
  readonly overall: PrfScore
  readonly byType: Readonly<Record<string, PrfScore>>
  readonly tokens: number
  readonly tokenAccuracy: number
}

function prf(correct: number, predicted: number, gold: number): PrfScore {
  const precision = predicted ? (100 * correct) / predicted : 0
  const recall = gold ? (100 * correct) / gold : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1, correct, predicted, gold }
}

/**
 * Scores predicted tags against gold tags the way conlleval does: a chunk counts as correct
 * when its first token, last token and type all match a gold chunk. Tags are strings (`B-PERS`).
 */
export function scoreConll(sentences: readonly { gold: readonly string[]; pred: readonly string[] }[]): ConllScore {
  const T = ENTITY_TYPES.length
  const correct = new Array<number>(T).fill(0)
  const predicted = new Array<number>(T).fill(0)
  const gold = new Array<number>(T).fill(0)
  let tokens = 0
  let same = 0
  for (const s of sentences) {
    const g = chunksOf(s.gold.map(tagId))
    const p = chunksOf(s.pred.map(tagId))
    for (const c of g) gold[c.type]!++
    for (const c of p) predicted[c.type]!++
    const key = (c: { tokenStart: number; tokenEnd: number; type: number }): string => `${c.tokenStart}:${c.tokenEnd}:${c.type}`
    const gs = new Set(g.map(key))
    for (const c of p) if (gs.has(key(c))) correct[c.type]!++
    tokens += s.gold.length
    for (let i = 0; i < s.gold.length; i++) if (s.gold[i] === s.pred[i]) same++
  }
  const byType: Record<string, PrfScore> = {}
  for (let t = 0; t < T; t++) byType[ENTITY_TYPES[t]!] = prf(correct[t]!, predicted[t]!, gold[t]!)
  const sum = (a: number[]): number => a.reduce((x, y) => x + y, 0)
  return { overall: prf(sum(correct), sum(predicted), sum(gold)), byType, tokens, tokenAccuracy: tokens ? (100 * same) / tokens : 0 }
}

/** Formats a score as a small table, one line per type and one overall. */
export function formatConllScore(score: ConllScore): string {
  const line = (name: string, s: PrfScore): string =>
    `${name.padEnd(8)} P ${s.precision.toFixed(2).padStart(6)}  R ${s.recall.toFixed(2).padStart(6)}  F1 ${s.f1.toFixed(2).padStart(6)}  (gold ${s.gold}, predicted ${s.predicted}, correct ${s.correct})`
  const lines = Object.entries(score.byType).map(([k, v]) => line(k, v))
  lines.push(line('overall', score.overall))
  lines.push(`tokens ${score.tokens}, token accuracy ${score.tokenAccuracy.toFixed(2)}%`)
  return lines.join('\n')
}
